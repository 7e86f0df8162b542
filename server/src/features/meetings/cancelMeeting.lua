-- Cancels a booked meeting (either party, before it ends). A slot that has not started is free again.
-- KEYS: 1 meeting hash, 2 slot hash, 3 visitor meeting times, 4 staff meeting times, 5 to-remind zset, 6 to-settle zset
-- ARGV: 1 caller id, 2 the staffId KEYS[4] was chosen for (a reschedule in between: 'retry')
local now = now_ms()
local m = redis.call('HMGET', KEYS[1], 'id', 'visitorId', 'staffId', 'status', 'startsAt', 'endsAt')
if not m[1] then return redis.error_reply('NOT_FOUND:meeting meeting not found') end
if ARGV[1] ~= m[2] and ARGV[1] ~= m[3] then return redis.error_reply('FORBIDDEN:notParty only its two parties may cancel a meeting') end
if m[3] ~= ARGV[2] then return 'retry' end
if m[4] ~= 'booked' or tonumber(m[6]) <= now then
  return redis.error_reply('CONFLICT:meetingClosed the meeting is ' .. m[4] .. ' {"status":"' .. m[4] .. '"}')
end
redis.call('HSET', KEYS[1], 'status', 'cancelled', 'cancelledBy', ARGV[1], 'cancelledAt', now)
bump(KEYS[1])
if tonumber(m[5]) > now and redis.call('HGET', KEYS[2], 'meetingId') == m[1] then
  redis.call('HSET', KEYS[2], 'status', 'free')
  redis.call('HDEL', KEYS[2], 'meetingId')
end
redis.call('HDEL', KEYS[3], m[1])
redis.call('HDEL', KEYS[4], m[1])
redis.call('ZREM', KEYS[5], m[1])
redis.call('ZREM', KEYS[6], m[1])
return 1
