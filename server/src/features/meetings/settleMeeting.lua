-- Settles a meeting once it has ended (Redis time): booked → no-show (naming who never came), held stays held;
-- either way it stops holding its parties' time. Runs on whichever node's sweep gets there first; exactly once.
-- Returns the settled status, or '' when there was nothing to do.
-- KEYS: 1 meeting hash, 2 to-settle zset, 3 visitor meeting times, 4 staff meeting times, 5 to-remind zset
-- ARGV: 1 the staffId KEYS[4] was chosen for (a reschedule in between: 'retry'), 2 meetingId
local now = now_ms()
local m = redis.call('HMGET', KEYS[1], 'id', 'status', 'endsAt', 'visitorJoinedAt', 'staffJoinedAt', 'staffId')
if not m[1] then
  redis.call('ZREM', KEYS[2], ARGV[2])
  return ''
end
if m[6] ~= ARGV[1] then return 'retry' end
if tonumber(m[3]) > now then return '' end
if redis.call('ZREM', KEYS[2], m[1]) == 0 then return '' end
redis.call('HDEL', KEYS[3], m[1])
redis.call('HDEL', KEYS[4], m[1])
redis.call('ZREM', KEYS[5], m[1])
if m[2] ~= 'booked' then return '' end
local absent = 'both'
if m[4] then absent = 'staff' elseif m[5] then absent = 'visitor' end
redis.call('HSET', KEYS[1], 'status', 'no-show', 'absent', absent)
bump(KEYS[1])
return 'no-show'
