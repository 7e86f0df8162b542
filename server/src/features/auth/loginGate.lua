-- Lets one sign-in attempt for (account, address) through, or says how long it must wait. Every
-- attempt let through is charged as a failure up front (a success deletes the key), so parallel
-- guesses cannot all slip in before the first one is counted. After ARGV[1] attempts, the next one
-- waits 2^(n - ARGV[1]) seconds, capped; time comes from Redis.
-- KEYS: 1 failures hash { n, until } for this account and address
-- ARGV: 1 attempts before delays start, 2 delay cap ms, 3 ms the record outlives its last delay
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local waitUntil = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
if waitUntil > now then return { 0, waitUntil - now } end
local n = redis.call('HINCRBY', KEYS[1], 'n', 1)
local free = tonumber(ARGV[1])
local delay = 0
if n >= free then
  delay = math.min(1000 * 2 ^ (n - free), tonumber(ARGV[2]))
end
redis.call('HSET', KEYS[1], 'until', now + delay)
redis.call('PEXPIRE', KEYS[1], delay + tonumber(ARGV[3]))
return { 1, 0 }
