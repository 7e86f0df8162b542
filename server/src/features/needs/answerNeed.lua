-- Records an organization's answer to a public need (one per organization; a later one replaces it).
-- KEYS: 1 need, 2 the need's answers
-- ARGV: 1 orgId, 2 answer JSON
local n = redis.call('HMGET', KEYS[1], 'id', 'visibility')
if not n[1] or n[2] ~= 'public' then return redis.error_reply('NOT_FOUND:need need not found') end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 'OK'
