-- Ends a live session (or cancels a scheduled one): clears the booth's live pointer and flag, the hall's
-- live set and the programme indexes, all at once.
-- Announces the session to every node and returns its snapshot (JSON).
-- KEYS: 1 session hash, 2 booth hash, 3 booth live pointer, 4 hall live set, 5 live zset, 6 upcoming zset, 7 ended zset,
--       8 viewers hash
-- ARGV: 1 sessionId, 2 caller orgId, 3 '1' if the caller is an organizer
local s = session_head(KEYS[1])
if not s then return redis.error_reply('NOT_FOUND:session session not found') end
if s.orgId ~= ARGV[2] and ARGV[3] ~= '1' then
  return redis.error_reply("FORBIDDEN:notHost only this booth's staff or an organizer may end the session")
end
if s.status == 'ended' then return redis.error_reply('CONFLICT:ended the session has already ended') end
local now = now_ms()
if redis.call('GET', KEYS[3]) == ARGV[1] then
  redis.call('DEL', KEYS[3])
  redis.call('SREM', KEYS[4], s.boothId)
  redis.call('HSET', KEYS[2], 'live', '0')
end
redis.call('ZREM', KEYS[5], ARGV[1])
redis.call('ZREM', KEYS[6], ARGV[1])
redis.call('ZADD', KEYS[7], now, ARGV[1])
redis.call('HSET', KEYS[1], 'status', 'ended', 'endedAt', now, 'broadcasting', '0')
return publish_session(KEYS[1], KEYS[8], 'all')
