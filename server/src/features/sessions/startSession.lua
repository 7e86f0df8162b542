-- Starts a session now, schedules one, or starts a scheduled one — atomically with the booth's
-- one-live-session rule (the booth's live pointer), the hall's live set and the programme indexes.
-- Announces the session to every node and returns its snapshot (JSON).
-- KEYS: 1 session hash, 2 booth hash, 3 booth live pointer, 4 hall live set, 5 live zset, 6 upcoming zset,
--       7 booth sessions zset, 8 viewers hash
-- ARGV: 1 mode ('new' | 'existing'), 2 sessionId, 3 caller orgId, 4 title, 5 description, 6 startsAt ('' = now),
--       7 hostId, 8 hostName, 9 boothName, 10 orgName, 11 hallId, 12 boothId,
--       13 transport ('sfu' | 'p2p'), 14 the SFU's URL, 15 the room's secret, 16 record ('1' | '0') — used when it goes live,
--       17 audience ('public' | 'registered'; '' = public for a new session, unchanged for a scheduled one)
local now = now_ms()
local boothOrg = redis.call('HGET', KEYS[2], 'orgId')
if not boothOrg then return redis.error_reply('NOT_FOUND:booth booth not found') end
if boothOrg ~= ARGV[3] then return redis.error_reply("FORBIDDEN:notHost only staff of this booth's organization may host its sessions") end

local id = ARGV[2]
local goLive
if ARGV[1] == 'existing' then
  local s = session_head(KEYS[1])
  if not s or s.boothId ~= ARGV[12] then return redis.error_reply('NOT_FOUND:session session not found in this booth') end
  if s.status ~= 'scheduled' then return redis.error_reply('CONFLICT:notScheduled the session is ' .. s.status .. ', not scheduled') end
  goLive = true
  redis.call('HSET', KEYS[1], 'title', ARGV[4], 'hostId', ARGV[7], 'hostName', ARGV[8])
  if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'description', ARGV[5]) end
  if ARGV[17] ~= '' then redis.call('HSET', KEYS[1], 'audience', ARGV[17]) end
else
  local startsAt = now
  if ARGV[6] ~= '' then startsAt = tonumber(ARGV[6]) end
  -- a start time up to a minute ago (or now) means "now"; further in the past is a mistake
  if startsAt < now - 60000 then return redis.error_reply('INVALID_INPUT:past startsAt: is in the past {"fields":["startsAt"]}') end
  if startsAt > now + 366 * 86400000 then return redis.error_reply('INVALID_INPUT:tooFarAhead startsAt: is more than a year ahead {"fields":["startsAt"]}') end
  goLive = startsAt <= now + 1000
  if goLive then startsAt = now end
  redis.call('HSET', KEYS[1], 'id', id, 'boothId', ARGV[12], 'hallId', ARGV[11], 'orgId', boothOrg, 'title', ARGV[4],
    'hostId', ARGV[7], 'hostName', ARGV[8], 'boothName', ARGV[9], 'orgName', ARGV[10], 'status', 'scheduled',
    'startsAt', startsAt, 'broadcasting', '0', 'seq', 0, 'audience', ARGV[17] ~= '' and ARGV[17] or 'public')
  if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'description', ARGV[5]) end
  redis.call('ZADD', KEYS[7], startsAt, id)
  if not goLive then redis.call('ZADD', KEYS[6], startsAt, id) end
end

if goLive then
  local current = redis.call('GET', KEYS[3])
  if current and current ~= id then
    -- nothing was written for a new session yet except its hash: undo it
    if ARGV[1] == 'new' then
      redis.call('DEL', KEYS[1])
      redis.call('ZREM', KEYS[7], id)
    end
    return redis.error_reply('CONFLICT:alreadyLive this booth already has a live session {"sessionId":"' .. current .. '"}')
  end
  redis.call('SET', KEYS[3], id)
  redis.call('SADD', KEYS[4], ARGV[12])
  redis.call('HSET', KEYS[2], 'live', '1')
  redis.call('ZREM', KEYS[6], id)
  redis.call('ZADD', KEYS[5], now, id)
  redis.call('HSET', KEYS[1], 'status', 'live', 'startedAt', now, 'transport', ARGV[13], 'record', ARGV[16])
  if ARGV[13] == 'sfu' then redis.call('HSET', KEYS[1], 'sfuUrl', ARGV[14], 'sfuSecret', ARGV[15]) end
end
return publish_session(KEYS[1], KEYS[8], 'all')
