-- KEYS: 1 hall hash, 2 free-slot zset, 3 hall id index (zset by display order)
-- ARGV: 1 id, 2 name, 3 category, 4 width, 5 depth, 6 slot count, 7 display order
redis.call('ZADD', KEYS[3], tonumber(ARGV[7]), ARGV[1])
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'name', ARGV[2], 'category', ARGV[3], 'width', ARGV[4],
  'depth', ARGV[5], 'capacity', ARGV[6])
local n = tonumber(ARGV[6])
local batch = {}
for slot = 0, n - 1 do
  batch[#batch + 1] = slot
  batch[#batch + 1] = slot
  if #batch >= 1000 then
    redis.call('ZADD', KEYS[2], unpack(batch))
    batch = {}
  end
end
if #batch > 0 then redis.call('ZADD', KEYS[2], unpack(batch)) end
return 1
