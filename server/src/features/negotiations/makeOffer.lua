-- Adds an immutable offer (a counter-offer supersedes the previous one). Idempotent per clientOfferId.
-- KEYS: 1 negotiation, 2 offers list, 3 audit, 4 client offer keys, 5 exhibit, 6 buyer inbox, 7 org inbox,
--       8 seller organization, 9 exclusive licences of the exhibit, 10 the negotiation's offer counter,
--       11 the offering user's offer counter
-- ARGV: 1 audit entry JSON without its time, 2 offer JSON without its time (`at`, added here as its last key),
--       3 offerId, 4 clientOfferId, 5 licenseType,
--       6 offers per negotiation per window (0 = no limit), 7 that window (ms),
--       8 offers per user per window (0 = no limit), 9 that window (ms), 10 how long a clientOfferId is remembered (s)
-- The offer's time, its audit entry's and the negotiation's activity time are the script's (Redis TIME).
-- Returns { 'new', offerId, update JSON } (announced) or { 'existing', offerId, update JSON } (a resend).
local now = now_ms()
local terms = cjson.decode(ARGV[2]).terms
if terms.expiresAt and tonumber(terms.expiresAt) <= now then
  return redis.error_reply('INVALID_INPUT:past terms.expiresAt: must be in the future {"fields":["terms.expiresAt"]}')
end
local known = redis.call('HGET', KEYS[4], ARGV[4])
if known then
  -- Answer the resend with the offer it made (offers are stored as JSON that starts with their id).
  local prefix, stored = '{"id":' .. cjson.encode(known), nil
  local all = redis.call('LRANGE', KEYS[2], 0, -1)
  for i = #all, 1, -1 do
    if string.sub(all[i], 1, #prefix) == prefix then stored = all[i]; break end
  end
  return { 'existing', known, cjson.encode(update_of(KEYS[1], KEYS[2], KEYS[5], KEYS[8], stored)) }
end
local n = redis.call('HMGET', KEYS[1], 'id', 'status')
if not n[1] then return redis.error_reply('NOT_FOUND:negotiation negotiation not found') end
if n[2] ~= 'open' then return redis.error_reply('CONFLICT:notOpen this negotiation is ' .. n[2] .. ' ' .. cjson.encode({ status = n[2] })) end
local x = redis.call('HMGET', KEYS[5], 'status', 'tradeModes')
if x[1] == 'sold' then return redis.error_reply('CONFLICT:sold this exhibit is sold') end
local modes = cjson.decode(x[2] or '[]')
local allowed = false
for _, m in ipairs(modes) do if m == ARGV[5] then allowed = true end end
if not allowed then
  return redis.error_reply('INVALID_INPUT:notOffered terms.licenseType: this exhibit is not offered as ' .. ARGV[5] ..
    ' {"fields":["terms.licenseType"]}')
end
local held = exclusive_territories_in_force(KEYS[9], now)
if ARGV[5] == 'assignment' and #held > 0 then
  return redis.error_reply('CONFLICT:exclusiveLicenceInForce an exclusive licence on this exhibit is in force; it cannot be assigned until it ends')
end
if ARGV[5] == 'exclusive' then
  -- Refused when offered, not only when accepted: no one negotiates for a territory that is not free.
  local country = territory_overlap(held, terms.territory)
  if country then
    return redis.error_reply('CONFLICT:territoryTaken an exclusive licence already covers ' .. country .. ' ' ..
      cjson.encode({ country = country }))
  end
end
local perNegotiation, perUser = tonumber(ARGV[6]), tonumber(ARGV[8])
local wait = window_full(KEYS[10], perNegotiation) or window_full(KEYS[11], perUser)
if wait then
  return redis.error_reply(string.format('RATE_LIMITED:tooFast too many offers; retry in %d s {"retryAfterMs":%d}',
    math.ceil(wait / 1000), wait))
end
local a = cjson.decode(ARGV[1])
if not head_is(KEYS[1], a.prevHash) then return { 'retry', '' } end
stamp_audit(a, now)
-- Spliced, not re-encoded: cjson would round long numbers.
local offer = string.sub(ARGV[2], 1, -2) .. ',"at":' .. a.at .. '}'
redis.call('RPUSH', KEYS[2], offer)
redis.call('HSET', KEYS[4], ARGV[4], ARGV[3])
-- Resends come within seconds or minutes; the keys need not outlive the window they serve.
redis.call('EXPIRE', KEYS[4], tonumber(ARGV[10]))
window_count(KEYS[10], perNegotiation, tonumber(ARGV[7]))
window_count(KEYS[11], perUser, tonumber(ARGV[9]))
append_audit(KEYS[1], KEYS[3], a)
touch(KEYS[1], KEYS[6], KEYS[7], n[1], a.at)
local u = update_of(KEYS[1], KEYS[2], KEYS[5], KEYS[8], offer)
announce('negotiation', u)
return { 'new', ARGV[3], cjson.encode(u) }
