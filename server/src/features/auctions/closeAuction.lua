-- Closes a due auction exactly once: any node may call it any number of times. Above the reserve it
-- writes exactly one deal through the ledger and sells the exhibit; otherwise the exhibit is free again.
-- The close is announced to every node (after the auction's last bid, in order) and its snapshot returned.
-- KEYS: 1 auction, 2 deadlines zset, 3 exhibit, 4.. the ledger's keys (deal_keys(3))
-- ARGV: 1 deal JSON (its id), 2 the leader the caller read (the buyer's deal index was keyed by it)
local a = load_auction(KEYS[1])
if not a then
  return { 'gone', '' }
end
if a.status == 'closed' then
  redis.call('ZREM', KEYS[2], a.id)
  return { 'already', a.dealId or '' }
end
local now = now_ms()
if now < tonumber(a.endsAt) then
  redis.call('ZADD', KEYS[2], tonumber(a.endsAt), a.id)
  return { 'not-due', a.endsAt }
end
if a.leaderId ~= ARGV[2] then return { 'retry', '' } end
redis.call('ZREM', KEYS[2], a.id)
redis.call('HSET', KEYS[1], 'status', 'closed', 'closedAt', fmt(now))
redis.call('HINCRBY', KEYS[1], 'seq', 1)
local price = tonumber(a.currentPrice)
local reserve = tonumber(a.reservePrice)
if a.leaderId ~= '' and price >= reserve then
  local d = cjson.decode(ARGV[1])
  d.buyerId = a.leaderId
  d.amount = fmt(price)
  d.at = fmt(now)
  d.exhibitId = a.exhibitId
  d.ipType = a.ipType
  d.sellerOrgId = a.sellerOrgId
  d.sellerRegion = a.sellerRegion
  d.hallId = a.hallId
  d.source = 'auction'
  d.sourceId = a.id
  local ex = redis.call('HMGET', KEYS[3], 'registrationNumber', 'jurisdiction', 'orgName')
  d.registrationNumber = ex[1] or ''
  d.jurisdiction = ex[2] or ''
  d.sellerOrgName = ex[3] or ''
  d.tradeMode = 'assignment'
  local dealId = record_deal(deal_keys(3), d)
  redis.call('HSET', KEYS[1], 'dealId', dealId)
  redis.call('HSET', KEYS[3], 'status', 'sold')
  local snapshot = public_auction(KEYS[1], now)
  announce('auction:closed', { auction = snapshot, deal = { id = dealId, exhibitId = d.exhibitId, ipType = d.ipType,
    amount = d.amount, buyerId = d.buyerId, sellerOrgId = d.sellerOrgId, source = d.source, sourceId = d.sourceId, at = d.at } })
  return { 'sold', dealId, cjson.encode(snapshot) }
end
local open = tonumber(redis.call('HGET', KEYS[3], 'openNegotiations') or '0')
redis.call('HSET', KEYS[3], 'status', open > 0 and 'negotiating' or 'available')
local snapshot = public_auction(KEYS[1], now)
announce('auction:closed', { auction = snapshot })
return { 'unsold', '', cjson.encode(snapshot) }
