-- Moves a booked meeting to another free slot of the same booth, atomically: the new slot is booked and the
-- old one freed in one step, or nothing changes. Either party may do it before the meeting starts.
-- KEYS: 1 meeting hash, 2 old slot hash, 3 new slot hash, 4 visitor meeting times, 5 old staff meeting times,
--       6 new staff meeting times, 7 to-remind zset, 8 to-settle zset, 9 visitor meetings zset,
--       10 old staff meetings zset, 11 new staff meetings zset, 12 booth meetings zset
-- ARGV: 1 caller id, 2 new slot id, 3 expected new staffId
local now = now_ms()
local m = redis.call('HMGET', KEYS[1], 'id', 'visitorId', 'staffId', 'status', 'startsAt', 'boothId', 'slotId')
if not m[1] then return redis.error_reply('NOT_FOUND:meeting meeting not found') end
local id = m[1]
if ARGV[1] ~= m[2] and ARGV[1] ~= m[3] then return redis.error_reply('FORBIDDEN:notParty only its two parties may reschedule a meeting') end
if m[4] ~= 'booked' or tonumber(m[5]) <= now then
  return redis.error_reply('CONFLICT:meetingClosed only a booked meeting that has not started can be moved {"status":"' .. m[4] .. '"}')
end
local slot = redis.call('HMGET', KEYS[3], 'id', 'boothId', 'staffId', 'startsAt', 'endsAt', 'status')
if not slot[1] then return redis.error_reply('NOT_FOUND:slot slot not found') end
if slot[2] ~= m[6] then return invalid('notInBooth', 'body.slotId', "is not a slot of the meeting's booth") end
if slot[1] == m[7] then return invalid('nothingToChange', 'body.slotId', 'is the slot the meeting already has') end
if slot[3] ~= ARGV[3] then return redis.error_reply('CONFLICT:slotTaken the slot changed; try again') end
if slot[6] ~= 'free' then return redis.error_reply('CONFLICT:slotTaken the slot is already booked') end
local startsAt, endsAt = tonumber(slot[4]), tonumber(slot[5])
if startsAt <= now then return redis.error_reply('CONFLICT:meetingClosed the slot has already started {"status":"started"}') end
local clash = overlapping_meeting(KEYS[4], startsAt, endsAt, id)
if clash then
  return redis.error_reply('CONFLICT:meetingOverlap the visitor already has a meeting at that time {"meetingId":"' .. clash .. '"}')
end
if overlapping_meeting(KEYS[6], startsAt, endsAt, id) then
  return redis.error_reply('CONFLICT:slotTaken the staff member is busy at that time')
end
-- the old slot is free again; the new one is this meeting's
redis.call('HSET', KEYS[2], 'status', 'free')
redis.call('HDEL', KEYS[2], 'meetingId')
redis.call('HSET', KEYS[3], 'status', 'booked', 'meetingId', id)
redis.call('HSET', KEYS[1], 'slotId', slot[1], 'staffId', slot[3], 'startsAt', startsAt, 'endsAt', endsAt)
redis.call('HDEL', KEYS[1], 'visitorJoinedAt', 'staffJoinedAt')
bump(KEYS[1])
local span = startsAt .. ':' .. endsAt
redis.call('HSET', KEYS[4], id, span)
redis.call('HDEL', KEYS[5], id)
redis.call('HSET', KEYS[6], id, span)
redis.call('ZADD', KEYS[7], startsAt, id)
redis.call('ZADD', KEYS[8], endsAt, id)
redis.call('ZADD', KEYS[9], startsAt, id)
redis.call('ZREM', KEYS[10], id)
redis.call('ZADD', KEYS[11], startsAt, id)
redis.call('ZADD', KEYS[12], startsAt, id)
return 1
