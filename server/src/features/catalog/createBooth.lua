-- Puts an organization's booth on the free place of its package nearest the entrance. One booth per organization.
-- (boothSlots.lua comes first.)
-- KEYS: 1 hall, 2 hall free slots, 3 hall booths, 4 booth, 5 org, 6 exhibitors, 7 overseas exhibitors
-- ARGV: 1 boothId, 2 orgId, 3 hallId, 4 name, 5 tagline, 6 now, 7 package, 8 cols, 9 rows, 10 blockCols, 11 blockRows
if redis.call('EXISTS', KEYS[1]) == 0 then return redis.error_reply('NOT_FOUND:hall hall not found') end
local org = redis.call('HMGET', KEYS[5], 'id', 'boothId', 'region', 'name', 'kind', 'country')
if not org[1] then return redis.error_reply('FORBIDDEN:noOrganization your account has no organization') end
if org[2] then return redis.error_reply('CONFLICT:boothExists your organization already has a booth {"boothId":"' .. org[2] .. '"}') end
read_grid(ARGV[8], ARGV[9], ARGV[10], ARGV[11])
local pkg = ARGV[7]
local freeList = redis.call('ZRANGE', KEYS[2], 0, -1)
if #freeList == 0 then return redis.error_reply('CONFLICT:hallFull this hall has no free booth slot') end
local candidates, free = {}, {}
for i, s in ipairs(freeList) do
  local n = tonumber(s)
  candidates[i] = n
  free[n] = true
end
local anchor, slots = find_placement(candidates, pkg, function(s) return free[s] == true end)
if not anchor then return redis.error_reply('CONFLICT:noRoomForPackage this hall has no free place for a ' .. pkg .. ' booth') end
redis.call('ZREM', KEYS[2], unpack(slots))
redis.call('HSET', KEYS[4], 'id', ARGV[1], 'hallId', ARGV[3], 'orgId', ARGV[2], 'name', ARGV[4],
  'tagline', ARGV[5], 'slot', anchor, 'slots', table.concat(slots, ','), 'package', pkg, 'exhibitCount', 0, 'live', 0,
  'createdAt', ARGV[6], 'orgName', org[4], 'region', org[3], 'orgKind', org[5], 'country', org[6])
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('HSET', KEYS[5], 'boothId', ARGV[1])
redis.call('SADD', KEYS[6], ARGV[2])
if org[3] == 'OVERSEAS' then redis.call('SADD', KEYS[7], ARGV[2]) end
return anchor
