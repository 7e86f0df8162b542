-- Removes roster members whose node stopped refreshing them (the node died) and returns their ids, so
-- exactly one node announces each departure. Time comes from Redis.
-- KEYS: 1 entries hash, 2 last-seen zset; ARGV: 1 max age ms
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local stale = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[1]))
if #stale > 0 then
  redis.call('ZREM', KEYS[2], unpack(stale))
  redis.call('HDEL', KEYS[1], unpack(stale))
end
return stale
