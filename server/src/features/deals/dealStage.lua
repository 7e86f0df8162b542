-- Moves a deal one step: agreed → signed → paid → recorded → completed, or cancelled before completed.
-- `signed` comes only from the second signature (signContract.lua). The organizer, as escrow agent, confirms
-- payments (per milestone of the contract; `paid` once every milestone is confirmed), the recordal (with the IP
-- office's number) and the release to the seller (`completed`). Either party or the organizer may cancel.
-- Completion makes an assignment final (the exhibit stays `sold`) or adds the licence to the exhibit's
-- `licences`; cancellation gives back what the agreement reserved (the exhibit's sale, the exclusive licence).
-- KEYS: 1 deal, 2 contract, 3 chain holder (the negotiation, or the deal itself), 4 audit stream, 5 ledger totals,
--       6 exhibit, 7 the exhibit's exclusive licences, 8 the escrow agent's queue
-- ARGV: 1 audit entry JSON without its time (stamped here: the step's time is the script's Redis TIME), 2 target stage,
--       3 actor's role (buyer|seller|organizer), 4 actor's user id, 5 reference ('' if none),
--       6 milestone id ('' = every milestone still open)
-- Returns { 'ok' } (announced) or { 'retry' } when another step moved the chain head first.
local d = redis.call('HMGET', KEYS[1], 'id', 'stage', 'amount', 'at')
if not d[1] then return redis.error_reply('NOT_FOUND:deal deal not found') end
local stage, target, role, by, reference = d[2] or 'agreed', ARGV[2], ARGV[3], ARGV[4], ARGV[5]
if target == 'signed' then
  return redis.error_reply('CONFLICT:signaturesRequired a deal is signed only by both parties signing its contract')
end
if target == 'agreed' then
  return redis.error_reply('CONFLICT:outOfOrder a deal cannot go back to agreed ' .. cjson.encode({ stage = stage }))
end
if (target == 'paid' or target == 'recorded' or target == 'completed') and role ~= 'organizer' then
  return redis.error_reply('FORBIDDEN:escrowAgentOnly only the organizer, as escrow agent, confirms payments, recordals and releases')
end
local before = { paid = 'signed', recorded = 'paid', completed = 'recorded' }
if target == 'cancelled' then
  if stage == 'completed' or stage == 'cancelled' then
    return redis.error_reply('CONFLICT:outOfOrder this deal is ' .. stage .. ' ' .. cjson.encode({ stage = stage }))
  end
elseif stage ~= before[target] then
  return redis.error_reply('CONFLICT:outOfOrder this deal is ' .. stage .. ' ' .. cjson.encode({ stage = stage }))
end
local c = redis.call('HMGET', KEYS[2], 'milestones', 'mode', 'territory')
local milestones = c[1] and cjson.decode(c[1]) or {}
local chosen = {}
if target == 'paid' then
  for i, m in ipairs(milestones) do
    if ARGV[6] == '' or m.id == ARGV[6] then
      if ARGV[6] ~= '' and m.confirmedAt then
        return redis.error_reply('CONFLICT:alreadyConfirmed this milestone is confirmed ' .. cjson.encode({ milestone = m.id }))
      end
      if not m.confirmedAt then table.insert(chosen, i) end
    end
  end
  if ARGV[6] ~= '' and #chosen == 0 then
    return redis.error_reply('INVALID_INPUT:unknownMilestone milestone: this contract has no milestone ' .. ARGV[6] ..
      ' {"fields":["milestone"]}')
  end
end
local a = cjson.decode(ARGV[1])
if not head_is(KEYS[3], a.prevHash) then return { 'retry' } end
append_audit(KEYS[3], KEYS[4], stamp_audit(a, now_ms()))

if target == 'paid' then
  for _, i in ipairs(chosen) do
    milestones[i].confirmedAt = a.at
    milestones[i].confirmedBy = by
    milestones[i].reference = reference
  end
  redis.call('HSET', KEYS[2], 'milestones', cjson.encode(milestones))
  local open = 0
  for _, m in ipairs(milestones) do if not m.confirmedAt then open = open + 1 end end
  if open == 0 then push_stage(KEYS[1], 'paid', a.at, by, reference) end
elseif target == 'completed' then
  push_stage(KEYS[1], 'completed', a.at, by, reference)
  redis.call('ZREM', KEYS[8], d[1])
  count_value(KEYS[5], 'completed', d[3], 1)
  if c[2] == 'assignment' then
    redis.call('HSET', KEYS[6], 'status', 'sold')
  elseif c[2] then
    local raw = redis.call('HGET', KEYS[6], 'licences')
    local licences = raw and cjson.decode(raw) or {}
    table.insert(licences, { dealId = d[1], mode = c[2], territory = cjson.decode(c[3]), since = a.at })
    redis.call('HSET', KEYS[6], 'licences', cjson.encode(licences))
  end
elseif target == 'cancelled' then
  if stage ~= 'agreed' then count_value(KEYS[5], 'signed', d[3], -1) end
  push_stage(KEYS[1], 'cancelled', a.at, by, reference)
  redis.call('ZREM', KEYS[8], d[1])
  -- The service issues the contract before any step, so its mode is known.
  local mode = c[2]
  if mode == 'assignment' then
    if redis.call('HGET', KEYS[6], 'status') == 'sold' then
      local open = tonumber(redis.call('HGET', KEYS[6], 'openNegotiations') or '0')
      redis.call('HSET', KEYS[6], 'status', open > 0 and 'negotiating' or 'available')
    end
  elseif mode == 'exclusive' then
    -- The licence the agreement recorded carries the agreement's time (decideNegotiation.lua).
    for _, raw in ipairs(redis.call('LRANGE', KEYS[7], 0, -1)) do
      local l = cjson.decode(raw)
      if type(l) == 'table' and l.agreedAt == d[4] then
        redis.call('LREM', KEYS[7], 1, raw)
        break
      end
    end
  end
else
  push_stage(KEYS[1], target, a.at, by, reference)
end
announce('deal', deal_view(KEYS[1]))
return { 'ok' }
