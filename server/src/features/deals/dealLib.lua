-- Library shared by the deal step scripts (signContract.lua, dealStage.lua; prepended to each, after
-- negotiationLib.lua, whose head_is/append_audit extend the chain the deal belongs to).
-- A deal's history lives in its hash: `stage` and `stages` (JSON, times as strings). A deal recorded before
-- it had a history is at `agreed` since the time the ledger recorded it.

local function stages_of(deal)
  local d = redis.call('HMGET', deal, 'stages', 'at')
  if d[1] then return cjson.decode(d[1]) end
  return { { stage = 'agreed', at = d[2] or '0', by = 'system' } }
end

local function push_stage(deal, stage, at, by, reference)
  local stages = stages_of(deal)
  local entry = { stage = stage, at = at, by = by }
  if reference and reference ~= '' then entry.reference = reference end
  table.insert(stages, entry)
  redis.call('HSET', deal, 'stage', stage, 'stages', cjson.encode(stages))
end

-- The deal as its parties' sockets receive it (deal:updated): every field of its hash, as strings.
local function deal_view(deal)
  local flat = redis.call('HGETALL', deal)
  local out = {}
  for i = 1, #flat, 2 do out[flat[i]] = flat[i + 1] end
  if not out.stages then out.stages = cjson.encode(stages_of(deal)) end
  return out
end

-- Running totals beside the agreed ones (ledger:totals), for /api/stats.
local function count_value(totals, name, amount, sign)
  redis.call('HINCRBY', totals, name .. 'Count', sign)
  redis.call('HINCRBY', totals, name .. 'Amount', sign * tonumber(amount))
end
