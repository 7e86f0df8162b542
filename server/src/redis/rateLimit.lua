-- Fixed-window counter. KEYS[1] counter; ARGV[1] limit, ARGV[2] window ms, ARGV[3] cost.
-- Returns { allowed (1/0), count, ms until the window resets }.
local allowed, count, ttl = rate_hit(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]))
return { allowed and 1 or 0, count, ttl }
