-- A party enters the meeting room. Entering from shortly before the start until the end counts as attending;
-- once both parties have, the meeting is held. Returns {status, changed}.
-- KEYS: 1 meeting hash
-- ARGV: 1 caller id, 2 how early the room opens (ms)
local now = now_ms()
local m = redis.call('HMGET', KEYS[1], 'id', 'visitorId', 'staffId', 'status', 'startsAt', 'endsAt', 'visitorJoinedAt', 'staffJoinedAt')
if not m[1] then return redis.error_reply('NOT_FOUND:meeting meeting not found') end
local side
if ARGV[1] == m[2] then side = 'visitor' elseif ARGV[1] == m[3] then side = 'staff' end
if not side then return redis.error_reply('FORBIDDEN:notParty only its two parties may enter a meeting room') end
if m[4] == 'cancelled' then return redis.error_reply('CONFLICT:meetingClosed the meeting was cancelled {"status":"cancelled"}') end
local changed = 0
if m[4] == 'booked' and now >= tonumber(m[5]) - tonumber(ARGV[2]) and now < tonumber(m[6]) then
  local field = side .. 'JoinedAt'
  if redis.call('HSETNX', KEYS[1], field, now) == 1 then
    local other = side == 'visitor' and m[8] or m[7]
    if other then
      redis.call('HSET', KEYS[1], 'status', 'held', 'heldAt', now)
      bump(KEYS[1])
      changed = 1
    end
  end
end
return { redis.call('HGET', KEYS[1], 'status'), changed }
