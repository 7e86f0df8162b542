-- A party signs the deal's contract: its representative's name over the contract's SHA-256. One signature per
-- side; the hash must be the contract's. The signature goes into the contract and the deal's audit chain; the
-- second one moves the deal to `signed`.
-- KEYS: 1 deal, 2 contract, 3 chain holder (the negotiation, or the deal itself), 4 audit stream, 5 ledger totals,
--       6 the escrow agent's queue
-- ARGV: 1 audit entry JSON without its time (stamped here: the signature's time is the script's Redis TIME), 2 sha256, 3 signer's user id,
--       4 typed name, 5 side (buyer|seller)
-- Returns { 'ok' } (announced) or { 'retry' } when another step moved the chain head first.
local d = redis.call('HMGET', KEYS[1], 'id', 'stage', 'amount', 'at')
if not d[1] then return redis.error_reply('NOT_FOUND:deal deal not found') end
local c = redis.call('HMGET', KEYS[2], 'sha256', 'signatures')
if not c[1] then return redis.error_reply('CONFLICT:noContract read the contract before signing it') end
local stage = d[2] or 'agreed'
if stage == 'cancelled' then return redis.error_reply('CONFLICT:cancelled this deal is cancelled') end
local signatures = cjson.decode(c[2])
for _, s in ipairs(signatures) do
  if s.side == ARGV[5] then
    return redis.error_reply('CONFLICT:alreadySigned your side has already signed this contract ' .. cjson.encode({ signedBy = s.by }))
  end
end
if c[1] ~= ARGV[2] then
  return redis.error_reply('CONFLICT:staleHash the contract you signed is not the current one ' .. cjson.encode({ sha256 = c[1] }))
end
local a = cjson.decode(ARGV[1])
if not head_is(KEYS[3], a.prevHash) then return { 'retry' } end
append_audit(KEYS[3], KEYS[4], stamp_audit(a, now_ms()))
table.insert(signatures, { by = ARGV[3], name = ARGV[4], at = a.at, side = ARGV[5] })
redis.call('HSET', KEYS[2], 'signatures', cjson.encode(signatures))
if #signatures == 2 then
  push_stage(KEYS[1], 'signed', a.at, ARGV[3], '')
  count_value(KEYS[5], 'signed', d[3], 1)
  redis.call('ZADD', KEYS[6], tonumber(d[4]), d[1])
end
announce('deal', deal_view(KEYS[1]))
return { 'ok' }
