-- Library of the fixed-window counter (prepended to rateLimit.lua, and to scripts that count an attempt
-- inside their own atomic step). Returns allowed (true/false), the count, and ms until the window resets.
local function rate_hit(key, limit, window_ms, cost)
  local count = redis.call('INCRBY', key, cost)
  if count == cost then redis.call('PEXPIRE', key, window_ms) end
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then redis.call('PEXPIRE', key, window_ms); ttl = window_ms end
  return count <= limit, count, ttl
end
