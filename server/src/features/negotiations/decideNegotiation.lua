-- Accepts or rejects the latest offer (only the other side may), or withdraws. Acceptance marks the
-- exhibit and writes exactly one deal through the ledger, all in this one script, at Redis's time.
-- KEYS: 1 negotiation, 2 offers list, 3 audit, 4 exhibit, 5 exclusive licences of the exhibit,
--       6 buyer inbox, 7 org inbox, 8 open index (buyer+exhibit), 9 seller organization,
--       10.. the ledger's keys (deal_keys(9))
-- ARGV: 1 audit entry JSON without its time, 2 action (accept|reject|withdraw), 3 offerId ('' for withdraw),
--       4 acting side (buyer|seller), 5 deal JSON (accept only; its `at` is set here)
-- The step's one time (the deal's, the audit entry's, the negotiation's activity) is the script's (Redis TIME).
-- Returns { outcome, dealId, update JSON }: outcome agreed|rejected|withdrawn (announced) or done (a repeated accept).
local n = redis.call('HMGET', KEYS[1], 'id', 'status', 'dealId', 'agreedOfferId')
if not n[1] then return redis.error_reply('NOT_FOUND:negotiation negotiation not found') end
local action = ARGV[2]
if n[2] == 'agreed' and action == 'accept' and n[3] and n[4] == ARGV[3] then
  -- A retried or simultaneous accept of the agreed offer reports the one deal — to the side that
  -- accepted it only: the side that made the offer never accepts it.
  local agreed = cjson.decode(redis.call('LINDEX', KEYS[2], -1))
  if agreed.id == ARGV[3] and agreed.side ~= ARGV[4] then
    return { 'done', n[3], cjson.encode(update_of(KEYS[1], KEYS[2], KEYS[4], KEYS[9])) }
  end
  return redis.error_reply('CONFLICT:ownOffer this negotiation is agreed; only the other side accepted this offer')
end
if n[2] ~= 'open' then return redis.error_reply('CONFLICT:notOpen this negotiation is ' .. n[2] .. ' ' .. cjson.encode({ status = n[2] })) end
local a = cjson.decode(ARGV[1])
local now = now_ms()
local outcome, dealId = '', ''
if action ~= 'withdraw' then
  local latestJson = redis.call('LINDEX', KEYS[2], -1)
  if not latestJson then return redis.error_reply('CONFLICT:noOffer there is no offer to ' .. action) end
  local latest = cjson.decode(latestJson)
  if latest.id ~= ARGV[3] then return redis.error_reply('CONFLICT:notLatestOffer only the latest offer can be ' .. action .. 'ed') end
  if latest.side == ARGV[4] then return redis.error_reply('CONFLICT:ownOffer only the other side can ' .. action .. ' this offer') end
  if action == 'accept' then
    if latest.terms.expiresAt and now > tonumber(latest.terms.expiresAt) then
      return redis.error_reply('CONFLICT:offerExpired this offer has expired')
    end
    local ex = redis.call('HMGET', KEYS[4], 'status', 'type', 'hallId', 'region', 'registrationNumber', 'jurisdiction', 'orgName')
    if ex[1] == 'sold' then return redis.error_reply('CONFLICT:sold this exhibit is sold') end
    if ex[1] == 'in-auction' then return redis.error_reply('CONFLICT:inAuction this exhibit is in an auction until it closes') end
    local dead = dead_right(KEYS[4], now)
    if dead then return dead_right_error(dead) end
    local lt = latest.terms.licenseType
    local territory = latest.terms.territory
    local held = exclusive_territories_in_force(KEYS[5], now)
    if lt == 'assignment' and #held > 0 then
      return redis.error_reply('CONFLICT:exclusiveLicenceInForce an exclusive licence on this exhibit is in force; it cannot be assigned until it ends')
    end
    if lt == 'exclusive' then
      -- An exclusive licence may not overlap the territory of another one in force.
      for _, t in ipairs(held) do
        if t == 'WORLDWIDE' or territory == 'WORLDWIDE' then
          return redis.error_reply('CONFLICT:territoryTaken an exclusive licence already covers this territory')
        end
        for _, c1 in ipairs(t) do
          for _, c2 in ipairs(territory) do
            if c1 == c2 then
              return redis.error_reply('CONFLICT:territoryTaken an exclusive licence already covers ' .. c1 .. ' ' ..
                cjson.encode({ country = c1 }))
            end
          end
        end
      end
    end
    if not head_is(KEYS[1], a.prevHash) then return { 'retry', '', '' } end
    local d = cjson.decode(ARGV[5])
    d.amount = string.format('%.0f', latest.terms.price.amount)
    d.ipType = ex[2]
    d.hallId = ex[3] or ''
    d.sellerRegion = ex[4] or ''
    d.registrationNumber = ex[5] or ''
    d.jurisdiction = ex[6] or ''
    d.sellerOrgName = ex[7] or ''
    d.tradeMode = lt
    d.at = string.format('%.0f', now)
    dealId = record_deal(deal_keys(9), d)
    if lt == 'assignment' then
      redis.call('HSET', KEYS[4], 'status', 'sold')
    elseif lt == 'exclusive' then
      redis.call('RPUSH', KEYS[5], exclusive_licence_entry(territory, now, latest.terms.termMonths))
    end
    redis.call('HSET', KEYS[1], 'status', 'agreed', 'dealId', dealId, 'agreedOfferId', latest.id)
    outcome = 'agreed'
  end
end
if outcome == '' then
  if not head_is(KEYS[1], a.prevHash) then return { 'retry', '', '' } end
  outcome = action == 'reject' and 'rejected' or 'withdrawn'
  redis.call('HSET', KEYS[1], 'status', outcome)
end
append_audit(KEYS[1], KEYS[3], stamp_audit(a, now))
touch(KEYS[1], KEYS[6], KEYS[7], n[1], a.at)
close_on_exhibit(KEYS[4])
redis.call('DEL', KEYS[8])
local u = update_of(KEYS[1], KEYS[2], KEYS[4], KEYS[9])
announce('negotiation', u)
return { outcome, dealId, cjson.encode(u) }
