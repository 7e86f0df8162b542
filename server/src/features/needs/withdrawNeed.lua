-- Withdraws (deletes) a need; only its owner may.
-- KEYS: 1 need, 2 owner's needs, 3 public needs, 4 the need's answers
-- ARGV: 1 caller id, 2 needId
local owner = redis.call('HGET', KEYS[1], 'ownerId')
if not owner or owner ~= ARGV[1] then return redis.error_reply('NOT_FOUND:need need not found') end
redis.call('DEL', KEYS[1], KEYS[4])
redis.call('ZREM', KEYS[2], ARGV[2])
redis.call('ZREM', KEYS[3], ARGV[2])
return 'OK'
