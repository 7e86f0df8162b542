-- Puts an exhibit up for auction; only its organization may, and not twice at once.
-- KEYS: 1 exhibit, 2 auction, 3 deadlines zset, 4 auctions by start zset, 5 the organization's auctions zset,
--       6 the exhibit's exclusive licences (exclusiveLicences.lua)
-- ARGV: 1 auctionId, 2 caller orgId, 3 startPrice, 4 minIncrement, 5 tiers JSON ('' none), 6 reserve (0 none),
--       7 startsAt ('' = now), 8 endsAt, 9 hardEndsAt ('' = endsAt + 1 h), 10 softCloseMs, 11 createdAt
local e = redis.call('HMGET', KEYS[1], 'id', 'orgId', 'status', 'title', 'type', 'boothId', 'hallId', 'region')
if not e[1] then return redis.error_reply('NOT_FOUND:exhibit exhibit not found') end
if e[2] ~= ARGV[2] then return redis.error_reply('FORBIDDEN:notStaff only staff of this exhibit\'s organization may auction it') end
if e[3] == 'sold' then return redis.error_reply('CONFLICT:sold this exhibit is sold') end
if e[3] == 'in-auction' then return redis.error_reply('CONFLICT:inAuction this exhibit is already in an auction') end
local now = now_ms()
local dead = dead_right(KEYS[1], now)
if dead then return dead_right_error(dead) end
-- An auction ends in an assignment, which an exclusive licence in force forbids.
if #exclusive_territories_in_force(KEYS[6], now) > 0 then
  return redis.error_reply('CONFLICT:exclusiveLicenceInForce an exclusive licence on this exhibit is in force; it cannot be auctioned until it ends')
end
local startsAt = ARGV[7] ~= '' and tonumber(ARGV[7]) or now
local endsAt = tonumber(ARGV[8])
if endsAt <= now then return redis.error_reply('INVALID_INPUT:past endsAt: must be in the future {"fields":["endsAt"]}') end
if endsAt <= startsAt then return redis.error_reply('INVALID_INPUT:beforeStart endsAt: must be after startsAt {"fields":["endsAt"]}') end
local hardEndsAt = ARGV[9] ~= '' and tonumber(ARGV[9]) or (endsAt + 3600000)
redis.call('HSET', KEYS[2], 'id', ARGV[1], 'exhibitId', e[1], 'sellerOrgId', e[2], 'status', 'open',
  'startPrice', ARGV[3], 'minIncrement', ARGV[4], 'tiers', ARGV[5], 'reservePrice', ARGV[6],
  'startsAt', fmt(startsAt), 'endsAt', fmt(endsAt), 'hardEndsAt', fmt(hardEndsAt), 'softCloseMs', ARGV[10],
  'currentPrice', 0, 'leaderId', '', 'leaderMax', 0, 'bidCount', 0, 'seq', 1, 'createdAt', ARGV[11],
  'exhibitTitle', e[4], 'ipType', e[5], 'boothId', e[6], 'hallId', e[7], 'sellerRegion', e[8] or '',
  'priorStatus', e[3] or 'available')
redis.call('HSET', KEYS[1], 'status', 'in-auction', 'auctionId', ARGV[1])
redis.call('ZADD', KEYS[3], endsAt, ARGV[1])
redis.call('ZADD', KEYS[4], startsAt, ARGV[1])
redis.call('ZADD', KEYS[5], startsAt, ARGV[1])
return ARGV[1]
