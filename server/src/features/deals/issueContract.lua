-- Issues a deal's contract once: the first text stored is the contract (a later read never re-renders it, so
-- a renamed organization or exhibit cannot change what was signed).
-- KEYS: 1 contract, 2 deal
-- ARGV: 1 sha256, 2 English text, 3 Chinese text, 4 milestones JSON, 5 trade mode, 6 territory JSON
-- Returns 'new' or 'existing'.
if redis.call('EXISTS', KEYS[1]) == 1 then return 'existing' end
if redis.call('EXISTS', KEYS[2]) == 0 then return redis.error_reply('NOT_FOUND:deal deal not found') end
local t = redis.call('TIME')
local now = string.format('%.0f', tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000))
redis.call('HSET', KEYS[1], 'sha256', ARGV[1], 'en', ARGV[2], 'zh', ARGV[3], 'milestones', ARGV[4], 'mode', ARGV[5],
  'territory', ARGV[6], 'signatures', '[]', 'issuedAt', now)
return 'new'
