-- Appends one chat message, exactly once per (user, clientMsgId), unless the sender is muted or over
-- the room's rate limit. Time comes from the stream id (Redis clock).
-- KEYS: 1 room stream, 2 idempotency key, 3 rate counter, 4 mute key
-- ARGV: 1 room, 2 userId, 3 userName, 4 text, 5 clientMsgId, 6 rate limit, 7 window ms, 8 maxlen, 9 idempotency ttl ms,
--       10 author role (organizer | staff | visitor)
local seen = redis.call('GET', KEYS[2])
if seen then return { 'dup', seen } end
local muted = redis.call('PTTL', KEYS[4])
if muted > 0 then
  return redis.error_reply('FORBIDDEN:muted you are muted in this room {"retryAfterMs":' .. muted .. '}')
end
local n = redis.call('INCR', KEYS[3])
if n == 1 then redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[7])) end
if n > tonumber(ARGV[6]) then
  local ttl = redis.call('PTTL', KEYS[3])
  return redis.error_reply('RATE_LIMITED:roomTooFast too many messages in this room; slow down {"retryAfterMs":' .. ttl .. '}')
end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[8], '*', 'u', ARGV[2], 'n', ARGV[3], 't', ARGV[4], 'c', ARGV[5], 'r', ARGV[10])
local at = tonumber(string.match(id, '^(%d+)'))
local msg = cjson.encode({ id = id, room = ARGV[1], userId = ARGV[2], userName = ARGV[3], authorRole = ARGV[10], text = ARGV[4], at = at, clientMsgId = ARGV[5] })
redis.call('SET', KEYS[2], msg, 'PX', tonumber(ARGV[9]))
return { 'new', msg }
