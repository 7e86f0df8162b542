-- Withdraws a free slot (a booked one stays until its meeting is cancelled).
-- KEYS: 1 slot hash, 2 booth slots zset, 3 staff slot times hash
-- ARGV: 1 caller orgId, 2 boothId
local h = redis.call('HMGET', KEYS[1], 'id', 'boothId', 'orgId', 'status')
if not h[1] or h[2] ~= ARGV[2] then return redis.error_reply('NOT_FOUND:slot slot not found in this booth') end
if h[3] ~= ARGV[1] then return redis.error_reply("FORBIDDEN:notStaff only staff of this booth's organization may withdraw its slots") end
if h[4] ~= 'free' then return redis.error_reply('CONFLICT:slotBooked the slot is booked: cancel the meeting instead') end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], h[1])
redis.call('HDEL', KEYS[3], h[1])
return 1
