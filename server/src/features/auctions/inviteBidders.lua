-- The seller of an auction that closed below its reserve invites bidders to negotiate from their last
-- visible bid: all named bidders or none, each at most once per auction.
-- KEYS: 1 auction, 2 invited bidders (bidderId → invitationId), then per invitee: invitation hash, bidder's inbox
-- ARGV: 1 caller orgId, then per invitee: invitationId, bidderId, rank, amount
local a = redis.call('HMGET', KEYS[1], 'id', 'sellerOrgId', 'status', 'dealId', 'exhibitId', 'exhibitTitle')
if not a[1] then return redis.error_reply('NOT_FOUND:auction auction not found') end
if a[2] ~= ARGV[1] then return redis.error_reply('FORBIDDEN:notStaff only the seller may invite bidders') end
if a[3] ~= 'closed' then return redis.error_reply('CONFLICT:notClosed the auction has not closed') end
if a[4] and a[4] ~= '' then return redis.error_reply('CONFLICT:sold the auction sold the exhibit') end
local n = (#ARGV - 1) / 4
for i = 0, n - 1 do
  if redis.call('HEXISTS', KEYS[2], ARGV[3 + i * 4]) == 1 then
    return redis.error_reply('CONFLICT:alreadyInvited that bidder was already invited ' ..
      cjson.encode({ rank = tonumber(ARGV[4 + i * 4]) }))
  end
end
local t = redis.call('TIME')
local now = string.format('%.0f', tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000))
for i = 0, n - 1 do
  local id, bidder, rank, amount = ARGV[2 + i * 4], ARGV[3 + i * 4], ARGV[4 + i * 4], ARGV[5 + i * 4]
  redis.call('HSET', KEYS[3 + i * 2], 'id', id, 'auctionId', a[1], 'exhibitId', a[5], 'exhibitTitle', a[6] or '',
    'sellerOrgId', a[2], 'bidderId', bidder, 'rank', rank, 'amount', amount, 'status', 'pending', 'createdAt', now)
  redis.call('ZADD', KEYS[4 + i * 2], tonumber(now), id)
  redis.call('HSET', KEYS[2], bidder, id)
end
return now
