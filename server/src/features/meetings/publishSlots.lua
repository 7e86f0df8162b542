-- Publishes a booth's slots atomically: all or none. Each slot starts in the future (Redis time), lasts
-- within the bounds (checked by the schema), is assigned to staff of the booth, and overlaps no other slot of
-- the same staff member (already published, or in this request). The booth holds a bounded number of
-- upcoming slots.
-- KEYS: 1 booth hash, 2 booth slots zset, then per slot i (base 2 + 3(i-1)): slot hash, staff slot times hash, staff user hash
-- ARGV: 1 caller orgId, 2 boothId, 3 slot count, 4 max upcoming slots per booth, 5 (unused), 6 furthest ahead ms,
--       then per slot i (base 6 + 4(i-1)): id, startsAt, endsAt, staffId
local now = now_ms()
local boothOrg = redis.call('HGET', KEYS[1], 'orgId')
if not boothOrg then return redis.error_reply('NOT_FOUND:booth booth not found') end
if boothOrg ~= ARGV[1] then return redis.error_reply("FORBIDDEN:notStaff only staff of this booth's organization may publish its slots") end
local n = tonumber(ARGV[3])
local upcoming = redis.call('ZCOUNT', KEYS[2], now, '+inf')
if upcoming + n > tonumber(ARGV[4]) then
  return redis.error_reply('CONFLICT:tooManySlots the booth may hold ' .. ARGV[4] .. ' upcoming slots {"upcoming":' .. upcoming .. '}')
end
local slots = {}
for i = 1, n do
  local a = 6 + 4 * (i - 1)
  local k = 2 + 3 * (i - 1)
  local s = { id = ARGV[a + 1], startsAt = tonumber(ARGV[a + 2]), endsAt = tonumber(ARGV[a + 3]), staffId = ARGV[a + 4],
    key = KEYS[k + 1], staffKey = KEYS[k + 2], userKey = KEYS[k + 3] }
  local at = 'body.slots.' .. (i - 1)
  if s.startsAt < now then return invalid('past', at .. '.startsAt', 'is in the past') end
  if s.startsAt > now + tonumber(ARGV[6]) then return invalid('tooFarAhead', at .. '.startsAt', 'is more than a year ahead') end
  if redis.call('HGET', s.userKey, 'orgId') ~= boothOrg then
    return invalid('notStaffOfBooth', at .. '.staffId', 'is not staff of this booth')
  end
  -- published slots of the same staff member (ended ones are dropped as we go: the hash only holds live availability)
  local times = redis.call('HGETALL', s.staffKey)
  for t = 1, #times, 2 do
    local os, oe = string.match(times[t + 1], '^(%d+):(%d+)$')
    os, oe = tonumber(os), tonumber(oe)
    if oe <= now then
      redis.call('HDEL', s.staffKey, times[t])
    elseif os < s.endsAt and oe > s.startsAt then
      return redis.error_reply('INVALID_INPUT:staffOverlap ' .. at .. '.startsAt: overlaps another slot of the same staff member {"fields":["' .. at .. '.startsAt"],"slotId":"' .. times[t] .. '"}')
    end
  end
  for j, earlier in ipairs(slots) do
    if earlier.staffId == s.staffId and earlier.startsAt < s.endsAt and earlier.endsAt > s.startsAt then
      return invalid('staffOverlap', at .. '.startsAt', 'overlaps slot ' .. (j - 1) .. ' of this request for the same staff member')
    end
  end
  slots[i] = s
end
for _, s in ipairs(slots) do
  redis.call('HSET', s.key, 'id', s.id, 'boothId', ARGV[2], 'orgId', boothOrg, 'staffId', s.staffId,
    'startsAt', s.startsAt, 'endsAt', s.endsAt, 'status', 'free')
  redis.call('ZADD', KEYS[2], s.startsAt, s.id)
  redis.call('HSET', s.staffKey, s.id, s.startsAt .. ':' .. s.endsAt)
end
return n
