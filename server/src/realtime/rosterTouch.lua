-- Marks roster members as alive (Redis clock) and optionally stores their latest values.
-- KEYS: 1 entries hash, 2 last-seen zset; ARGV: ids..., then '--', then id/value pairs to store
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local i = 1
while i <= #ARGV and ARGV[i] ~= '--' do
  redis.call('ZADD', KEYS[2], now, ARGV[i])
  i = i + 1
end
i = i + 1
while i < #ARGV do
  if redis.call('ZSCORE', KEYS[2], ARGV[i]) then redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
  i = i + 2
end
return now
