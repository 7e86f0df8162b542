-- Adds an exhibit to a booth; only the booth's organization may. Its stated legal status (version 1)
-- joins the organizer's queue of statuses to check against the register.
-- KEYS: 1 booth, 2 exhibit, 3 booth exhibits, 4 all exhibits, 5 unverified legal statuses
-- ARGV: 1 exhibitId, 2 caller orgId, 3 now, then field/value pairs of the exhibit (the first pair is type)
local booth = redis.call('HMGET', KEYS[1], 'id', 'orgId', 'hallId', 'orgName', 'region')
if not booth[1] then return redis.error_reply('NOT_FOUND:booth booth not found') end
if booth[2] ~= ARGV[2] then return redis.error_reply('FORBIDDEN:notStaff only staff of this booth\'s organization may add exhibits') end
local fields = { 'id', ARGV[1], 'boothId', booth[1], 'orgId', booth[2], 'hallId', booth[3], 'orgName', booth[4],
  'region', booth[5], 'status', 'available', 'createdAt', ARGV[3], 'legalVersion', 1 }
for i = 4, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[2], unpack(fields))
redis.call('ZADD', KEYS[3], tonumber(ARGV[3]), ARGV[1])
redis.call('SADD', KEYS[4], ARGV[1])
redis.call('ZADD', KEYS[5], tonumber(ARGV[3]), ARGV[1])
redis.call('HINCRBY', KEYS[1], 'exhibitCount', 1)
redis.call('HINCRBY', KEYS[1], 'n:' .. ARGV[5], 1)
return 'OK'
