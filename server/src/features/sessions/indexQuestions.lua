-- Puts questions asked before the order index existed into it (once; later questions are indexed as asked).
-- KEYS: 1 session hash, 2 questions hash, 3 votes zset, 4 order zset
-- Returns how many were added.
local VOTE = 4294967296
local started = tonumber(redis.call('HGET', KEYS[1], 'startedAt') or '0')
local raw = redis.call('HGETALL', KEYS[2])
local added = 0
for i = 1, #raw, 2 do
  local qid = raw[i]
  if not redis.call('ZSCORE', KEYS[4], qid) then
    local q = cjson.decode(raw[i + 1])
    local votes = tonumber(redis.call('ZSCORE', KEYS[3], qid) or '0')
    local since = math.min(math.max(tonumber(q.at or started) - started, 0), VOTE - 1)
    redis.call('ZADD', KEYS[4], votes * VOTE + VOTE - 1 - since, qid)
    added = added + 1
  end
end
return added
