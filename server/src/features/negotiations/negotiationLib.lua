-- Library shared by the negotiation step scripts (prepended to each).
-- Every step appends one entry to the negotiation's SHA-256 hash chain. The hash is computed by the
-- node over the canonical entry; the script accepts it only if the chain head is still the entry's
-- prevHash (compare-and-set), so concurrent steps can never fork the chain: the loser retries.

-- a: { seq, type, at, by, payload, hash, prevHash } (all strings)
local function head_is(neg, prevHash)
  local head = redis.call('HGET', neg, 'auditHead')
  if not head then head = '' end
  return head == prevHash
end

local function append_audit(neg, audit, a)
  redis.call('XADD', audit, '*', 'seq', a.seq, 'type', a.type, 'at', a.at, 'by', a.by, 'payload', a.payload,
    'hash', a.hash, 'prevHash', a.prevHash)
  redis.call('HSET', neg, 'auditHead', a.hash, 'auditLen', a.seq)
end

-- Bumps the negotiation's version (seq) and activity time, and re-sorts both inboxes.
local function touch(neg, buyerIdx, orgIdx, id, at)
  local seq = redis.call('HINCRBY', neg, 'seq', 1)
  redis.call('HSET', neg, 'updatedAt', at)
  redis.call('ZADD', buyerIdx, tonumber(at), id)
  redis.call('ZADD', orgIdx, tonumber(at), id)
  return seq
end

local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

-- The negotiation ends: the exhibit has one fewer open negotiation.
local function close_on_exhibit(exhibit)
  local n = redis.call('HINCRBY', exhibit, 'openNegotiations', -1)
  if n <= 0 then
    redis.call('HSET', exhibit, 'openNegotiations', 0)
    if redis.call('HGET', exhibit, 'status') == 'negotiating' then redis.call('HSET', exhibit, 'status', 'available') end
  end
end
