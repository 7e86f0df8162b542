-- A visitor accepts a host's invitation and joins the host's group.
-- KEYS: 1 invite, 2 the host's followers, 3 the visitor's host key, 4 the host's own host key, 5 the visitor's followers
-- ARGV: 1 host id, 2 visitor id, 3 followers limit, 4 ttl of the group keys (ms; a node that dies leaves nothing forever)
local current = redis.call('GET', KEYS[3])
if current == ARGV[1] then
  return 0 -- already following this host: the same answer again
end
if redis.call('EXISTS', KEYS[1]) == 0 then
  return redis.error_reply('FORBIDDEN:notInvited no current invitation from that host')
end
if current or redis.call('SCARD', KEYS[5]) > 0 then
  return redis.error_reply('CONFLICT:inGroup stop following or leading first')
end
if redis.call('EXISTS', KEYS[4]) == 1 then
  return redis.error_reply('CONFLICT:inGroup the host follows someone else now')
end
local limit = tonumber(ARGV[3])
if redis.call('SCARD', KEYS[2]) >= limit then
  return redis.error_reply('CONFLICT:tooManyFollowers the group is full {"limit":' .. limit .. '}')
end
redis.call('DEL', KEYS[1])
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[4])
return 1
