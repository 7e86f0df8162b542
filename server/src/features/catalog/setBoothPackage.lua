-- Changes a booth's package in one step: finds a place for the new package inside the booth's block (one covering
-- its present slots first, then the free place nearest the entrance), takes those slots and gives back the ones
-- it no longer covers. Refused, with nothing changed, when the block has no room. (boothSlots.lua comes first.)
-- KEYS: 1 booth, 2 the booth hall's free slots
-- ARGV: 1 hallId, 2 package, 3 cols, 4 rows, 5 blockCols, 6 blockRows, 7.. entrance rank of slot 0, 1, …
local b = redis.call('HMGET', KEYS[1], 'id', 'hallId', 'slot', 'slots', 'package')
if not b[1] then return redis.error_reply('NOT_FOUND:booth booth not found') end
if b[2] ~= ARGV[1] then return redis.error_reply('CONFLICT:boothMoved the booth moved to another hall; try again') end
read_grid(ARGV[3], ARGV[4], ARGV[5], ARGV[6])
local pkg = ARGV[2]
local anchor0 = tonumber(b[3])
if (b[5] or 'standard') == pkg then return anchor0 end
local own, ownList = {}, {}
for s in string.gmatch(b[4] or tostring(anchor0), '%d+') do
  local n = tonumber(s)
  own[n] = true
  ownList[#ownList + 1] = n
end
local block = block_of(anchor0)
local candidates = {}
for _, s in ipairs(ownList) do candidates[#candidates + 1] = s end
for _, s in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
  local n = tonumber(s)
  if block_of(n) == block then candidates[#candidates + 1] = n end
end
local function is_free(s)
  if block_of(s) ~= block then return false end
  return own[s] == true or redis.call('ZSCORE', KEYS[2], s) ~= false
end
local anchor, slots = find_placement(candidates, pkg, is_free)
if not anchor then
  return redis.error_reply('CONFLICT:noRoomForPackage the booth\'s block has no free place for a ' .. pkg .. ' booth')
end
local released = {}
for _, s in ipairs(ownList) do
  released[#released + 1] = tonumber(ARGV[7 + s])
  released[#released + 1] = s
end
redis.call('ZADD', KEYS[2], unpack(released))
redis.call('ZREM', KEYS[2], unpack(slots))
redis.call('HSET', KEYS[1], 'slot', anchor, 'slots', table.concat(slots, ','), 'package', pkg)
return anchor
