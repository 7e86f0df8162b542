-- Adds an immutable offer (a counter-offer supersedes the previous one). Idempotent per clientOfferId.
-- KEYS: 1 negotiation, 2 offers list, 3 audit, 4 client offer keys, 5 exhibit, 6 buyer inbox, 7 org inbox
-- ARGV: 1 audit entry JSON, 2 offer JSON, 3 offerId, 4 clientOfferId, 5 licenseType
local known = redis.call('HGET', KEYS[4], ARGV[4])
if known then return { 'existing', known } end
local n = redis.call('HMGET', KEYS[1], 'id', 'status')
if not n[1] then return redis.error_reply('NOT_FOUND negotiation not found') end
if n[2] ~= 'open' then return redis.error_reply('CONFLICT this negotiation is ' .. n[2]) end
local x = redis.call('HMGET', KEYS[5], 'status', 'tradeModes')
if x[1] == 'sold' then return redis.error_reply('CONFLICT this exhibit is sold') end
local modes = cjson.decode(x[2] or '[]')
local allowed = false
for _, m in ipairs(modes) do if m == ARGV[5] then allowed = true end end
if not allowed then
  return redis.error_reply('INVALID_INPUT terms.licenseType: this exhibit is not offered as ' .. ARGV[5])
end
local a = cjson.decode(ARGV[1])
if not head_is(KEYS[1], a.prevHash) then return { 'retry', '' } end
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('HSET', KEYS[4], ARGV[4], ARGV[3])
append_audit(KEYS[1], KEYS[3], a)
touch(KEYS[1], KEYS[6], KEYS[7], n[1], a.at)
return { 'new', ARGV[3] }
