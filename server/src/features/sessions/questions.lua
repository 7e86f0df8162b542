-- The Q&A of a live session: ask, upvote (once per person), mark answered. One person may have only so
-- many unanswered questions in a session and ask only so many per minute, so one account cannot fill it.
-- The order index ranks questions as the Q&A shows them (most votes, then oldest) so they can be paged:
-- score = votes * 2^32 + (2^32 - 1 - ms since the session started), exact in a double.
-- Each change is announced to every node (`session:question`, the question's JSON as a string) in script order.
-- KEYS: 1 session hash, 2 questions hash (id → JSON), 3 votes zset (id → votes), 4 voters set of the question,
--       5 order zset, 6 unanswered questions per asker (hash), 7 the asker's per-minute counter
-- ARGV: 1 action ('ask' | 'upvote' | 'answer'), 2 questionId, 3 userId, 4 userName / caller orgId, 5 text / '1' organizer,
--       6 unanswered questions allowed per user (0 = no limit), 7 questions allowed per user per minute (0 = no limit)
local s = session_head(KEYS[1])
if not s then return redis.error_reply('NOT_FOUND:session session not found') end
local action = ARGV[1]
local qid = ARGV[2]
local VOTE = 4294967296

local function answer_of(json)
  local q = cjson.decode(json)
  q.votes = tonumber(redis.call('ZSCORE', KEYS[3], qid) or '0')
  return cjson.encode(q)
end

local function changed(json)
  local answer = answer_of(json)
  announce('session:question', { question = answer })
  return answer
end

if action == 'ask' then
  if s.status ~= 'live' then return redis.error_reply('CONFLICT:notLive questions can only be asked while the session is live') end
  if redis.call('HLEN', KEYS[2]) >= 5000 then return redis.error_reply('CONFLICT:tooManyQuestions this session has too many questions') end
  local asker = ARGV[3]
  local open_limit = tonumber(ARGV[6])
  if open_limit > 0 and tonumber(redis.call('HGET', KEYS[6], asker) or '0') >= open_limit then
    return redis.error_reply('RATE_LIMITED:openQuestions you already have ' .. open_limit ..
      ' unanswered questions in this session; wait for the host to answer one {"retryAfterMs":60000,"openQuestions":' ..
      open_limit .. '}')
  end
  local per_minute = tonumber(ARGV[7])
  if per_minute > 0 then
    local allowed, _, retry_ms = rate_hit(KEYS[7], per_minute, 60000, 1)
    if not allowed then
      return redis.error_reply('RATE_LIMITED:tooFast too many questions; retry in ' .. math.ceil(retry_ms / 1000) ..
        ' s {"retryAfterMs":' .. retry_ms .. '}')
    end
  end
  local now = now_ms()
  local q = { id = qid, sessionId = redis.call('HGET', KEYS[1], 'id'), userId = asker, userName = ARGV[4], text = ARGV[5],
    answered = false, at = now }
  local json = cjson.encode(q)
  redis.call('HSET', KEYS[2], qid, json)
  redis.call('ZADD', KEYS[3], 0, qid)
  local started = tonumber(redis.call('HGET', KEYS[1], 'startedAt') or now)
  local since = math.min(math.max(now - started, 0), VOTE - 1)
  redis.call('ZADD', KEYS[5], VOTE - 1 - since, qid)
  redis.call('HINCRBY', KEYS[6], asker, 1)
  return changed(json)
end

local json = redis.call('HGET', KEYS[2], qid)
if not json then return redis.error_reply('NOT_FOUND:question question not found') end
if action == 'upvote' then
  if s.status ~= 'live' then return redis.error_reply('CONFLICT:notLive the session is not live') end
  if redis.call('SADD', KEYS[4], ARGV[3]) == 0 then return redis.error_reply('CONFLICT:alreadyUpvoted you have already upvoted this question') end
  redis.call('ZINCRBY', KEYS[3], 1, qid)
  if redis.call('ZSCORE', KEYS[5], qid) then redis.call('ZINCRBY', KEYS[5], VOTE, qid) end
  return changed(json)
end
-- answer
if s.orgId ~= ARGV[4] and ARGV[5] ~= '1' then
  return redis.error_reply("FORBIDDEN:notHost only this booth's staff or an organizer may mark questions answered")
end
local q = cjson.decode(json)
if q.answered then return answer_of(json) end
q.answered = true
json = cjson.encode(q)
redis.call('HSET', KEYS[2], qid, json)
if tonumber(redis.call('HINCRBY', KEYS[6], q.userId, -1)) <= 0 then redis.call('HDEL', KEYS[6], q.userId) end
return changed(json)
