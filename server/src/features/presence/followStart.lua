-- A host invites a visitor to follow them (one invitation per host and visitor, expiring).
-- KEYS: 1 invite, 2 the host's own host key, 3 the host's followers, 4 the invitee's host key, 5 the invitee's followers
-- ARGV: 1 invitation ttl (ms), 2 followers limit, 3 host id
-- Returns the invitation's expiry (epoch ms, Redis clock).
if redis.call('EXISTS', KEYS[2]) == 1 then
  return redis.error_reply('CONFLICT:inGroup you follow someone: stop following before leading a group')
end
local limit = tonumber(ARGV[2])
if redis.call('SCARD', KEYS[3]) >= limit then
  return redis.error_reply('CONFLICT:tooManyFollowers your group is full {"limit":' .. limit .. '}')
end
local theirHost = redis.call('GET', KEYS[4])
if theirHost == ARGV[3] then
  return redis.error_reply('CONFLICT:inGroup they follow you already')
end
if theirHost or redis.call('SCARD', KEYS[5]) > 0 then
  return redis.error_reply('CONFLICT:inGroup they are in another group')
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
redis.call('SET', KEYS[1], '1', 'PX', ttl)
return now + ttl
