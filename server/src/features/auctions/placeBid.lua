-- One bid, atomically: idempotent per bidId; open-status and deadline checked against Redis's clock;
-- start price / increment / self-dealing enforced; proxy maxima resolved; the reserve jump; the
-- soft-close extension capped at hardEndsAt; accepted bids appended to the bid log (prices strictly
-- increase) and the deadline index updated. An accepted bid is announced to every node (the snapshot it
-- produced, and who lost the lead) and returned, so watchers and the bidder see the same seq.
-- An accepted outcome is kept for good (a retried bidId answers the same); a refusal only for a while
-- (a client retrying after a timeout gets the same answer) so refusals cannot fill Redis. Every new
-- attempt, accepted or not, counts against the bidder's limit on this auction.
-- KEYS: 1 auction, 2 bid log stream, 3 accepted outcomes by bidId, 4 deadlines zset, 5 this bidId's refusal,
--       6 the bidder's attempt counter on this auction
-- ARGV: 1 bidId, 2 bidderId, 3 bidder orgId ('' none), 4 amount, 5 maxAmount ('' none), 6 refusal TTL ms,
--       7 attempts allowed per window (0 = no limit), 8 window ms
-- Returns { 'new' | 'dup', outcome JSON, public snapshot JSON (accepted only) }.
local prior = redis.call('HGET', KEYS[3], ARGV[1])
if prior then return { 'dup', prior, cjson.encode(public_auction(KEYS[1], now_ms())) } end
local refused = redis.call('GET', KEYS[5])
if refused then return { 'dup', refused } end
local a = load_auction(KEYS[1])
if not a then return redis.error_reply('NOT_FOUND:auction auction not found') end

if tonumber(ARGV[7]) > 0 then
  local allowed, _, retry_ms = rate_hit(KEYS[6], tonumber(ARGV[7]), tonumber(ARGV[8]), 1)
  if not allowed then
    return { 'new', cjson.encode({ ok = false, code = 'RATE_LIMITED', message = 'too many bids', retryAfterMs = fmt(retry_ms) }) }
  end
end

-- A refusal names its code and its reason (shared/src/errors.ts AuctionReason).
local function refuse(code, reason, message, minimum)
  local json = cjson.encode({ ok = false, code = code, reason = reason, message = message, minimum = minimum })
  redis.call('SET', KEYS[5], json, 'PX', tonumber(ARGV[6]))
  return { 'new', json }
end

local bidder = ARGV[2]
if ARGV[3] ~= '' and ARGV[3] == a.sellerOrgId then
  return refuse('SELF_DEALING', 'ownExhibit', 'members of the selling organization cannot bid')
end
local now = now_ms()
if a.status == 'closed' or now >= tonumber(a.endsAt) then return refuse('AUCTION_NOT_OPEN', 'closed', 'the auction has ended') end
if now < tonumber(a.startsAt) then return refuse('AUCTION_NOT_OPEN', 'notStarted', 'the auction has not started') end

local amount = tonumber(ARGV[4])
local max = amount
if ARGV[5] ~= '' and tonumber(ARGV[5]) > amount then max = tonumber(ARGV[5]) end
local price = tonumber(a.currentPrice)
local leader = a.leaderId
local leaderMax = tonumber(a.leaderMax)
local reserve = tonumber(a.reservePrice)
local logged = 0
local function log(who, at_price, proxy, id)
  redis.call('XADD', KEYS[2], '*', 'bidId', id, 'bidderId', who, 'amount', fmt(at_price), 'at', fmt(now), 'proxy', proxy and 1 or 0)
  logged = logged + 1
end

local previousLeader = leader
if leader ~= '' and bidder == leader then
  -- The leader never outbids themself: a bid from them only raises their secret maximum.
  if max <= leaderMax then
    return refuse('BID_TOO_LOW', 'alreadyLeading', 'you are already leading; a new bid must raise your maximum above ' .. fmt(leaderMax),
      fmt(leaderMax + step_at(a, leaderMax)))
  end
  leaderMax = max
else
  local minimum = price + step_at(a, price)
  if leader == '' then minimum = tonumber(a.startPrice) end
  if amount < minimum then
    return refuse('BID_TOO_LOW', 'belowMinimum', 'the bid must be at least ' .. fmt(minimum), fmt(minimum))
  end
  if leader == '' then
    leader, leaderMax, price = bidder, max, amount
    log(bidder, price, false, ARGV[1])
  elseif max > leaderMax then
    -- The challenger's maximum beats the leader's: the old leader's proxy goes to its maximum,
    -- the new leader pays one step above it (or their own maximum, if lower).
    if leaderMax > price then log(leader, leaderMax, true, ARGV[1] .. ':proxy-prev') end
    price = math.max(amount, math.min(max, leaderMax + step_at(a, leaderMax)))
    log(bidder, price, price ~= amount, ARGV[1])
    leader, leaderMax = bidder, max
  else
    -- The leader's proxy answers: one step above the challenger's maximum, capped at its own.
    -- Equal maxima: the earlier one (the leader's) wins.
    log(bidder, max, max ~= amount, ARGV[1])
    local answer = math.min(leaderMax, max + step_at(a, max))
    if answer > max then log(leader, answer, true, ARGV[1] .. ':proxy') end
    price = math.max(max, answer)
  end
end
-- A maximum that meets the secret reserve lifts the price to it.
if reserve > 0 and price < reserve and leaderMax >= reserve then
  price = reserve
  log(leader, price, true, ARGV[1] .. ':reserve')
end

local endsAt = tonumber(a.endsAt)
local soft = tonumber(a.softCloseMs)
local extended = false
if logged > 0 and endsAt - now < soft then
  local newEnd = math.min(now + soft, tonumber(a.hardEndsAt))
  if newEnd > endsAt then
    endsAt = newEnd
    extended = true
    redis.call('ZADD', KEYS[4], endsAt, a.id)
  end
end
redis.call('HSET', KEYS[1], 'currentPrice', fmt(price), 'leaderId', leader, 'leaderMax', fmt(leaderMax), 'endsAt', fmt(endsAt))
redis.call('HINCRBY', KEYS[1], 'bidCount', logged)
redis.call('HINCRBY', KEYS[1], 'seq', 1)
local outbid = ''
if previousLeader ~= '' and previousLeader ~= leader then outbid = previousLeader end
local outcome = cjson.encode({ ok = true, accepted = true, leading = (leader == bidder), placed = (previousLeader ~= bidder),
  outbid = outbid, extended = extended })
redis.call('HSET', KEYS[3], ARGV[1], outcome)
local snapshot = public_auction(KEYS[1], now)
announce('auction:bid', { auction = snapshot, outbid = outbid })
return { 'new', outcome, cjson.encode(snapshot) }
