-- Saves an exhibit or a booth in a user's briefcase, within the cap; saving it again keeps the first time.
-- KEYS: 1 the user's saved ids (exhibits or booths), 2 the saved thing's hash
-- ARGV: 1 id, 2 now, 3 cap, 4 what ('exhibit' | 'booth')
local saved = redis.call('ZSCORE', KEYS[1], ARGV[1])
if saved then return { 'existing', saved } end
if redis.call('EXISTS', KEYS[2]) == 0 then
  if ARGV[4] == 'booth' then return redis.error_reply('NOT_FOUND:booth booth not found') end
  return redis.error_reply('NOT_FOUND:exhibit exhibit not found')
end
local cap = tonumber(ARGV[3])
if redis.call('ZCARD', KEYS[1]) >= cap then
  return redis.error_reply('CONFLICT:tooManyFavourites your briefcase holds ' .. cap .. ' of these already {"limit":' .. cap .. '}')
end
redis.call('ZADD', KEYS[1], tonumber(ARGV[2]), ARGV[1])
return { 'new', ARGV[2] }
