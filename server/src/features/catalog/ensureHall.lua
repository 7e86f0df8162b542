-- Creates a hall with every slot free, or re-ranks the free slots of an existing hall (taken slots stay taken).
-- A free slot's score is its place in the entrance-inward order, so ZPOPMIN hands out the slot nearest the entrance.
-- KEYS: 1 hall hash, 2 free-slot zset, 3 hall id index (zset by display order)
-- ARGV: 1 id, 2 name, 3 category, 4 width, 5 depth, 6 slot count, 7 display order, 8.. rank of slot 0, 1, …
redis.call('ZADD', KEYS[3], tonumber(ARGV[7]), ARGV[1])
local n = tonumber(ARGV[6])
local created = redis.call('EXISTS', KEYS[1]) == 0
if created then
  redis.call('HSET', KEYS[1], 'id', ARGV[1], 'name', ARGV[2], 'category', ARGV[3], 'width', ARGV[4],
    'depth', ARGV[5], 'capacity', ARGV[6])
end
local batch = {}
local function flush()
  if #batch == 0 then return end
  if created then redis.call('ZADD', KEYS[2], unpack(batch))
  else redis.call('ZADD', KEYS[2], 'XX', unpack(batch)) end
  batch = {}
end
for slot = 0, n - 1 do
  batch[#batch + 1] = tonumber(ARGV[8 + slot])
  batch[#batch + 1] = slot
  if #batch >= 1000 then flush() end
end
flush()
if created then return 1 end
return 0
