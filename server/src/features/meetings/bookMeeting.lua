-- Books a free slot for a visitor, atomically: the slot is free and has not started (Redis time), the visitor
-- is not staff of the booth, the exhibit (if any) is one of the booth's, and neither party holds another
-- meeting at that time. Two visitors booking the same slot at once: one gets it, the other CONFLICT slotTaken.
-- KEYS: 1 slot hash, 2 meeting hash, 3 visitor meetings zset, 4 staff meetings zset, 5 booth meetings zset,
--       6 visitor meeting times, 7 staff meeting times, 8 to-remind zset, 9 to-settle zset, 10 exhibit hash (or a
--       placeholder when none), 11 visitor user hash
-- ARGV: 1 meetingId, 2 visitorId, 3 exhibitId ('' = none), 4 note, 5 expected staffId, 6 max time-holding meetings
local now = now_ms()
local slot = redis.call('HMGET', KEYS[1], 'id', 'boothId', 'orgId', 'staffId', 'startsAt', 'endsAt', 'status')
if not slot[1] then return redis.error_reply('NOT_FOUND:slot slot not found') end
local startsAt, endsAt = tonumber(slot[5]), tonumber(slot[6])
if slot[4] ~= ARGV[5] then return redis.error_reply('CONFLICT:slotTaken the slot changed; try again') end
if redis.call('HGET', KEYS[11], 'orgId') == slot[3] then
  return invalid('self', 'body.slotId', "is a slot of your own organization's booth")
end
if slot[7] ~= 'free' then return redis.error_reply('CONFLICT:slotTaken the slot is already booked') end
if startsAt <= now then return redis.error_reply('CONFLICT:meetingClosed the slot has already started {"status":"started"}') end
if ARGV[3] ~= '' and redis.call('HGET', KEYS[10], 'boothId') ~= slot[2] then
  return invalid('notInBooth', 'body.exhibitId', 'is not an exhibit of this booth')
end
local clash = overlapping_meeting(KEYS[6], startsAt, endsAt, '')
if clash then
  return redis.error_reply('CONFLICT:meetingOverlap you already have a meeting at that time {"meetingId":"' .. clash .. '"}')
end
if redis.call('HLEN', KEYS[6]) >= tonumber(ARGV[6]) then
  return redis.error_reply('CONFLICT:tooManyMeetings you hold as many upcoming meetings as allowed')
end
if overlapping_meeting(KEYS[7], startsAt, endsAt, '') then
  return redis.error_reply('CONFLICT:slotTaken the staff member is busy at that time')
end
local id = ARGV[1]
redis.call('HSET', KEYS[2], 'id', id, 'boothId', slot[2], 'orgId', slot[3], 'slotId', slot[1], 'startsAt', startsAt,
  'endsAt', endsAt, 'visitorId', ARGV[2], 'staffId', slot[4], 'status', 'booked', 'createdAt', now, 'seq', 1)
if ARGV[3] ~= '' then redis.call('HSET', KEYS[2], 'exhibitId', ARGV[3]) end
if ARGV[4] ~= '' then redis.call('HSET', KEYS[2], 'note', ARGV[4]) end
redis.call('HSET', KEYS[1], 'status', 'booked', 'meetingId', id)
redis.call('ZADD', KEYS[3], startsAt, id)
redis.call('ZADD', KEYS[4], startsAt, id)
redis.call('ZADD', KEYS[5], startsAt, id)
local span = startsAt .. ':' .. endsAt
redis.call('HSET', KEYS[6], id, span)
redis.call('HSET', KEYS[7], id, span)
redis.call('ZADD', KEYS[8], startsAt, id)
redis.call('ZADD', KEYS[9], endsAt, id)
return 1
