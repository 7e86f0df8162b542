-- Records a document on an exhibit: only staff of the exhibit's organization, within the per-exhibit cap.
-- The bytes are already staged in the file store; they are committed only after this succeeds.
-- KEYS: 1 exhibit, 2 exhibit's documents (zset), 3 document
-- ARGV: 1 caller's orgId, 2 document id, 3 exhibit id, 4 title, 5 size, 6 sha256, 7 contentType, 8 nda ('1'|'0'),
--       9 uploaded by (user id), 10 cap
local orgId = redis.call('HGET', KEYS[1], 'orgId')
if not orgId then return redis.error_reply('NOT_FOUND:exhibit exhibit not found') end
if ARGV[1] == '' or orgId ~= ARGV[1] then
  return redis.error_reply("FORBIDDEN:notStaff only staff of this exhibit's organization may add documents")
end
local cap = tonumber(ARGV[10])
if redis.call('ZCARD', KEYS[2]) >= cap then
  return redis.error_reply('CONFLICT:tooManyDocuments this exhibit holds ' .. cap .. ' documents already {"limit":' .. cap .. '}')
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HSET', KEYS[3], 'id', ARGV[2], 'exhibitId', ARGV[3], 'orgId', orgId, 'title', ARGV[4], 'size', ARGV[5],
  'sha256', ARGV[6], 'contentType', ARGV[7], 'nda', ARGV[8], 'uploadedBy', ARGV[9], 'uploadedAt', now)
redis.call('ZADD', KEYS[2], now, ARGV[2])
return now
