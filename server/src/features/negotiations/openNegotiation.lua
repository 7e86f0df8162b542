-- Opens a negotiation on an exhibit, or returns the buyer's open one (never a duplicate).
-- KEYS: 1 exhibit, 2 open index (buyer+exhibit), 3 negotiation, 4 audit, 5 buyer inbox, 6 org inbox,
--       7 offers list, 8 seller organization, 9 the exhibit's exclusive licences
-- ARGV: 1 negotiationId, 2 buyerId, 3 buyer orgId ('' if none), 4 audit entry JSON without its time, 5 buyer name
-- The negotiation's creation time is the script's (Redis TIME).
-- Returns { 'new', id, update JSON } (announced) or { 'existing', id }.
local e = redis.call('HMGET', KEYS[1], 'id', 'orgId', 'status', 'tradeModes')
if not e[1] then return redis.error_reply('NOT_FOUND:exhibit exhibit not found') end
if ARGV[3] ~= '' and e[2] == ARGV[3] then
  return redis.error_reply('SELF_DEALING:ownExhibit you cannot negotiate on your own organization\'s exhibit')
end
-- The index holds the buyer's open negotiation on this exhibit; closing steps delete it.
local existing = redis.call('GET', KEYS[2])
if existing then return { 'existing', existing } end
if e[3] == 'sold' then return redis.error_reply('CONFLICT:sold this exhibit is sold') end
local now = now_ms()
local dead = dead_right(KEYS[1], now)
if dead then return dead_right_error(dead) end
if exclusively_licensed_everywhere(KEYS[9], e[4], now) then
  return redis.error_reply('CONFLICT:exclusiveLicenceInForce an exclusive licence covering the world is in force; this exhibit is offered only for assignment or exclusive licence')
end
local a = stamp_audit(cjson.decode(ARGV[4]), now)
redis.call('HSET', KEYS[3], 'id', ARGV[1], 'exhibitId', e[1], 'buyerId', ARGV[2], 'buyerName', ARGV[5],
  'sellerOrgId', e[2], 'status', 'open', 'seq', 0, 'createdAt', a.at, 'updatedAt', a.at, 'auditHead', a.prevHash)
append_audit(KEYS[3], KEYS[4], a)
touch(KEYS[3], KEYS[5], KEYS[6], ARGV[1], a.at)
redis.call('SET', KEYS[2], ARGV[1])
redis.call('HINCRBY', KEYS[1], 'openNegotiations', 1)
if e[3] == 'available' then redis.call('HSET', KEYS[1], 'status', 'negotiating') end
local u = update_of(KEYS[3], KEYS[7], KEYS[1], KEYS[8])
announce('negotiation', u)
return { 'new', ARGV[1], cjson.encode(u) }
