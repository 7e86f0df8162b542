-- Library shared by the auction scripts (prepended to each).

local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

local function fmt(n) return string.format('%.0f', n) end

-- The auction hash as a table.
local function load_auction(key)
  local raw = redis.call('HGETALL', key)
  if #raw == 0 then return nil end
  local a = {}
  for i = 1, #raw, 2 do a[raw[i]] = raw[i + 1] end
  return a
end

-- The minimum increment at a price: the fixed step, or the step of the highest tier whose `from` ≤ price.
local function step_at(a, price)
  local s = tonumber(a.minIncrement)
  if a.tiers and a.tiers ~= '' then
    for _, t in ipairs(cjson.decode(a.tiers)) do
      if price >= tonumber(t.from) then s = tonumber(t.step) end
    end
  end
  return s
end

-- What anyone may see of an auction, as the scripts announce and return it: an allow-list, so the
-- reserve and every maximum never leave Redis (only whether the reserve is met). Every value is a
-- string (cjson would print long numbers in exponent form); `now` (Redis's clock) tells scheduled from open.
local PUBLIC_AUCTION_FIELDS = { 'id', 'exhibitId', 'status', 'startPrice', 'minIncrement', 'currentPrice', 'leaderId',
  'bidCount', 'startsAt', 'endsAt', 'hardEndsAt', 'softCloseMs', 'seq', 'tiers', 'dealId', 'exhibitTitle', 'ipType',
  'sellerOrgId', 'boothId', 'hallId' }
local function public_auction(key, now)
  local a = load_auction(key)
  local out = {}
  for _, f in ipairs(PUBLIC_AUCTION_FIELDS) do
    if a[f] then out[f] = a[f] end
  end
  local reserve = tonumber(a.reservePrice or '0')
  local met = reserve == 0 or ((a.leaderId or '') ~= '' and tonumber(a.currentPrice) >= reserve)
  out.reserveMet = met and '1' or '0'
  out.now = fmt(now)
  return out
end
