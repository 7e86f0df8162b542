-- Fixed-window counter. KEYS[1] counter; ARGV[1] limit, ARGV[2] window ms, ARGV[3] cost.
-- Returns { allowed (1/0), count, ms until the window resets }.
local count = redis.call('INCRBY', KEYS[1], tonumber(ARGV[3]))
if count == tonumber(ARGV[3]) then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2])) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2])); ttl = tonumber(ARGV[2]) end
if count > tonumber(ARGV[1]) then return { 0, count, ttl } end
return { 1, count, ttl }
