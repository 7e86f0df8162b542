-- Files a new need for its owner, within the per-owner cap.
-- KEYS: 1 owner's needs, 2 need, 3 public needs
-- ARGV: 1 needId, 2 ownerId, 3 need JSON (the criteria and title), 4 visibility, 5 now, 6 cap
local cap = tonumber(ARGV[6])
if redis.call('ZCARD', KEYS[1]) >= cap then
  return redis.error_reply('CONFLICT:tooManyNeeds you already hold ' .. cap .. ' needs {"limit":' .. cap .. '}')
end
redis.call('HSET', KEYS[2], 'id', ARGV[1], 'ownerId', ARGV[2], 'data', ARGV[3], 'visibility', ARGV[4],
  'createdAt', ARGV[5], 'updatedAt', ARGV[5])
redis.call('ZADD', KEYS[1], tonumber(ARGV[5]), ARGV[1])
if ARGV[4] == 'public' then redis.call('ZADD', KEYS[3], tonumber(ARGV[5]), ARGV[1]) end
return 'OK'
