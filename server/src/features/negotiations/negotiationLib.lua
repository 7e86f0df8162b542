-- Library shared by the negotiation step scripts (prepended to each, after sha256.lua).
-- Every step appends one entry to the negotiation's SHA-256 hash chain. The node writes the entry against the
-- head it read; the script accepts it only if the chain head is still the entry's prevHash (compare-and-set), so
-- concurrent steps can never fork the chain: the loser retries.

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

-- A negotiation step's entry comes from the node without its time: { seq, type, by, payload, prevHash, rest },
-- `rest` being the canonical entry after its `at` (`at` sorts first). The step's one time is `now`, read by the
-- script from Redis TIME; the entry gets it, and its hash: SHA-256(prevHash ‖ '{"at":' now rest).
local function stamp_audit(a, now)
  a.at = string.format('%.0f', now)
  a.hash = sha256_hex(a.prevHash .. '{"at":' .. a.at .. a.rest)
  a.rest = nil
  return a
end

-- The negotiation ends: the exhibit has one fewer open negotiation.
local function close_on_exhibit(exhibit)
  local n = redis.call('HINCRBY', exhibit, 'openNegotiations', -1)
  if n <= 0 then
    redis.call('HSET', exhibit, 'openNegotiations', 0)
    if redis.call('HGET', exhibit, 'status') == 'negotiating' then redis.call('HSET', exhibit, 'status', 'available') end
  end
end

-- A step as its watchers see it (negotiation:updated, and the step's ack): the header after the step and
-- the offer the step added, never the history, so its size does not grow with the offers. Numbers travel
-- as strings and offers as the JSON they were stored as (cjson would round long numbers).
local function update_of(neg, offers, exhibit, org, newOffer)
  local h = redis.call('HMGET', neg, 'id', 'exhibitId', 'buyerId', 'sellerOrgId', 'status', 'seq', 'createdAt',
    'updatedAt', 'buyerName', 'dealId')
  local ex = redis.call('HMGET', exhibit, 'title', 'type')
  return {
    id = h[1] or '', exhibitId = h[2] or '', buyerId = h[3] or '', sellerOrgId = h[4] or '', status = h[5] or '',
    seq = h[6] or '0', createdAt = h[7] or '0', updatedAt = h[8] or '0', buyerName = h[9] or '', dealId = h[10] or '',
    exhibitTitle = ex[1] or '', ipType = ex[2] or '', sellerOrgName = redis.call('HGET', org, 'name') or '',
    offerCount = tostring(redis.call('LLEN', offers)),
    latest = redis.call('LINDEX', offers, -1) or '',
    offer = newOffer or '',
  }
end

-- A fixed window of `limit` steps per `windowMs` (the same rule as redis/rateLimit.lua), checked before a
-- step and counted only once the step is stored. Returns the ms until the window reopens when full.
local function window_full(counter, limit)
  if limit == 0 then return nil end
  if tonumber(redis.call('GET', counter) or '0') < limit then return nil end
  local ttl = redis.call('PTTL', counter)
  if ttl < 0 then return 1000 end
  return ttl
end

local function window_count(counter, limit, windowMs)
  if limit == 0 then return end
  if redis.call('INCR', counter) == 1 then redis.call('PEXPIRE', counter, windowMs) end
end
