-- Library (prepended to the scripts of features that create deals; not run on its own).
-- record_deal writes one deal to the ledger with its counters, exactly once per (source, sourceId):
-- the deal hash, the append-only ledger stream, the totals (overall, per IP type, per seller region),
-- and the per-buyer / per-organization / by-time indexes. Returns the deal id (the existing one when
-- this source already made a deal).
-- k: { deal, bySource, ledger, totals, buyerDeals, orgDeals, byTime, copyrights, series, byHall, byOrg, topOrgs }
-- d: { id, exhibitId, ipType, amount, buyerId, sellerOrgId, sellerRegion, hallId, source, sourceId, at,
--      registrationNumber, jurisdiction, sellerOrgName, tradeMode } — the last four are frozen at agreement
--      for the canonical deal record of the public Merkle ledger (merkleLedger.ts)
local function record_deal(k, d)
  local existing = redis.call('GET', k.bySource)
  if existing then return existing end
  redis.call('SET', k.bySource, d.id)
  redis.call('HSET', k.deal, 'id', d.id, 'exhibitId', d.exhibitId, 'ipType', d.ipType, 'amount', d.amount,
    'currency', 'CNY', 'buyerId', d.buyerId, 'sellerOrgId', d.sellerOrgId, 'sellerRegion', d.sellerRegion,
    'hallId', d.hallId, 'source', d.source, 'sourceId', d.sourceId, 'at', d.at,
    'registrationNumber', d.registrationNumber or '', 'jurisdiction', d.jurisdiction or '',
    'sellerOrgName', d.sellerOrgName or '', 'tradeMode', d.tradeMode or '')
  redis.call('XADD', k.ledger, '*', 'kind', 'deal', 'dealId', d.id, 'exhibitId', d.exhibitId, 'ipType', d.ipType,
    'amount', d.amount, 'buyerId', d.buyerId, 'sellerOrgId', d.sellerOrgId, 'sellerRegion', d.sellerRegion,
    'hallId', d.hallId, 'source', d.source, 'sourceId', d.sourceId, 'at', d.at)
  local amount = tonumber(d.amount)
  redis.call('HINCRBY', k.totals, 'count', 1)
  redis.call('HINCRBY', k.totals, 'amount', amount)
  redis.call('HINCRBY', k.totals, d.ipType .. ':count', 1)
  redis.call('HINCRBY', k.totals, d.ipType .. ':amount', amount)
  redis.call('HINCRBY', k.totals, 'region:' .. d.sellerRegion .. ':count', 1)
  redis.call('HINCRBY', k.totals, 'region:' .. d.sellerRegion .. ':amount', amount)
  if d.ipType == 'copyright' then redis.call('SADD', k.copyrights, d.exhibitId) end
  redis.call('ZADD', k.buyerDeals, tonumber(d.at), d.id)
  redis.call('ZADD', k.orgDeals, tonumber(d.at), d.id)
  redis.call('ZADD', k.byTime, tonumber(d.at), d.id)
  -- per-minute value by type and by region (the statistics page's charts)
  local minute = tostring(math.floor(tonumber(d.at) / 60000))
  redis.call('HINCRBY', k.series, minute .. ':t:' .. d.ipType, amount)
  redis.call('HINCRBY', k.series, minute .. ':r:' .. d.sellerRegion, amount)
  -- leader boards: halls and selling organizations
  redis.call('HINCRBY', k.byHall, d.hallId .. ':count', 1)
  redis.call('HINCRBY', k.byHall, d.hallId .. ':amount', amount)
  redis.call('HINCRBY', k.byOrg, d.sellerOrgId, 1)
  redis.call('ZINCRBY', k.topOrgs, amount, d.sellerOrgId)
  return d.id
end

-- The twelve ledger keys as passed by dealKeys() (ledger.ts), starting after KEYS[offset].
local function deal_keys(offset)
  return { deal = KEYS[offset + 1], bySource = KEYS[offset + 2], ledger = KEYS[offset + 3], totals = KEYS[offset + 4],
    buyerDeals = KEYS[offset + 5], orgDeals = KEYS[offset + 6], byTime = KEYS[offset + 7], copyrights = KEYS[offset + 8],
    series = KEYS[offset + 9], byHall = KEYS[offset + 10], byOrg = KEYS[offset + 11], topOrgs = KEYS[offset + 12] }
end
