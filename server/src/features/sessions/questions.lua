-- The Q&A of a live session: ask, upvote (once per person), mark answered.
-- KEYS: 1 session hash, 2 questions hash (id → JSON), 3 votes zset (id → votes), 4 voters set of the question
-- ARGV: 1 action ('ask' | 'upvote' | 'answer'), 2 questionId, 3 userId, 4 userName / caller orgId, 5 text / '1' organizer
local s = session_head(KEYS[1])
if not s then return redis.error_reply('NOT_FOUND session not found') end
local action = ARGV[1]
local qid = ARGV[2]

local function answer_of(json)
  local q = cjson.decode(json)
  q.votes = tonumber(redis.call('ZSCORE', KEYS[3], qid) or '0')
  return cjson.encode(q)
end

if action == 'ask' then
  if s.status ~= 'live' then return redis.error_reply('CONFLICT questions can only be asked while the session is live') end
  if redis.call('HLEN', KEYS[2]) >= 5000 then return redis.error_reply('CONFLICT this session has too many questions') end
  local q = { id = qid, sessionId = redis.call('HGET', KEYS[1], 'id'), userId = ARGV[3], userName = ARGV[4], text = ARGV[5],
    answered = false, at = now_ms() }
  local json = cjson.encode(q)
  redis.call('HSET', KEYS[2], qid, json)
  redis.call('ZADD', KEYS[3], 0, qid)
  return answer_of(json)
end

local json = redis.call('HGET', KEYS[2], qid)
if not json then return redis.error_reply('NOT_FOUND question not found') end
if action == 'upvote' then
  if s.status ~= 'live' then return redis.error_reply('CONFLICT the session is not live') end
  if redis.call('SADD', KEYS[4], ARGV[3]) == 0 then return redis.error_reply('CONFLICT you have already upvoted this question') end
  redis.call('ZINCRBY', KEYS[3], 1, qid)
  return answer_of(json)
end
-- answer
if s.orgId ~= ARGV[4] and ARGV[5] ~= '1' then
  return redis.error_reply("FORBIDDEN only this booth's staff or an organizer may mark questions answered")
end
local q = cjson.decode(json)
if q.answered then return answer_of(json) end
q.answered = true
json = cjson.encode(q)
redis.call('HSET', KEYS[2], qid, json)
return answer_of(json)
