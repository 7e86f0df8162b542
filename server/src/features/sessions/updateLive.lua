-- A host's change to a live session: the spotlight or the video flag. The spotlighted exhibit's card is
-- copied into the session, so every snapshot of the session carries it without reading other keys.
-- Announces the session to every node and returns its snapshot (JSON); '' when nothing changed.
-- Each spotlight change is appended, with Redis TIME, to the session's spotlight history (the latest 200 kept),
-- which the replay shows as a timeline.
-- KEYS: 1 session hash, 2 viewers hash, 3 the spotlighted exhibit's hash (any key when clearing or not spotlighting),
--       4 the spotlight history list
-- ARGV: 1 caller orgId, 2 what ('spotlight' | 'broadcasting'), 3 value (exhibit id, '' clears the spotlight; '1'/'0')
local s = session_head(KEYS[1])
if not s then return redis.error_reply('NOT_FOUND:session session not found') end
if s.orgId ~= ARGV[1] then return redis.error_reply("FORBIDDEN:notHost only this booth's staff may host the session") end
local SPOTLIGHT_HISTORY = 200
local function remember_spotlight(exhibit_id, title)
  redis.call('RPUSH', KEYS[4], cjson.encode({ exhibitId = exhibit_id, title = title, at = now_ms() }))
  redis.call('LTRIM', KEYS[4], -SPOTLIGHT_HISTORY, -1)
end

if ARGV[2] == 'broadcasting' and ARGV[3] == '0' then
  if redis.call('HGET', KEYS[1], 'broadcasting') == '0' then return '' end
  redis.call('HSET', KEYS[1], 'broadcasting', '0')
  return publish_session(KEYS[1], KEYS[2], 'all')
end
if ARGV[2] == 'spotlight' and ARGV[3] ~= '' then
  local e = redis.call('HMGET', KEYS[3], 'id', 'boothId', 'type', 'title', 'registrationNumber', 'price', 'tradeModes')
  if not e[1] then return redis.error_reply('NOT_FOUND:exhibit exhibit not found') end
  if s.status ~= 'live' then return redis.error_reply('CONFLICT:notLive the session is not live') end
  if e[2] ~= s.boothId then return redis.error_reply('FORBIDDEN:exhibitNotInBooth only exhibits of this booth can be spotlighted') end
  local card = cjson.encode({ id = e[1], boothId = e[2], type = e[3] or '', title = e[4] or '', registrationNumber = e[5] or '',
    price = e[6] or '0', tradeModes = e[7] or '[]' })
  if redis.call('HGET', KEYS[1], 'spotlightExhibitId') ~= ARGV[3] then remember_spotlight(ARGV[3], e[4] or '') end
  redis.call('HSET', KEYS[1], 'spotlightExhibitId', ARGV[3], 'spotlightCard', card)
  return publish_session(KEYS[1], KEYS[2], 'all')
end
if s.status ~= 'live' then return redis.error_reply('CONFLICT:notLive the session is not live') end
if ARGV[2] == 'spotlight' then
  if redis.call('HEXISTS', KEYS[1], 'spotlightExhibitId') == 1 then remember_spotlight(cjson.null, '') end
  redis.call('HDEL', KEYS[1], 'spotlightExhibitId', 'spotlightCard')
else
  redis.call('HSET', KEYS[1], 'broadcasting', ARGV[3])
end
return publish_session(KEYS[1], KEYS[2], 'all')
