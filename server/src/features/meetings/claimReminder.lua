-- Claims a meeting's start reminder once it is due (Redis time): exactly one node sends it. 1 = send it.
-- KEYS: 1 to-remind zset, 2 meeting hash
-- ARGV: 1 meetingId
local now = now_ms()
local at = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not at or tonumber(at) > now then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
local status = redis.call('HGET', KEYS[2], 'status')
if status ~= 'booked' and status ~= 'held' then return 0 end
return 1
