-- A host's change to a live session: the spotlight or the video flag.
-- KEYS: 1 session hash
-- ARGV: 1 caller orgId, 2 what ('spotlight' | 'broadcasting'), 3 value ('' clears the spotlight; '1'/'0'),
--       4 the spotlighted exhibit's booth id
local s = session_head(KEYS[1])
if not s then return redis.error_reply('NOT_FOUND session not found') end
if s.orgId ~= ARGV[1] then return redis.error_reply("FORBIDDEN only this booth's staff may host the session") end
if ARGV[2] == 'broadcasting' and ARGV[3] == '0' then
  if redis.call('HGET', KEYS[1], 'broadcasting') == '0' then return 0 end
  redis.call('HSET', KEYS[1], 'broadcasting', '0')
  return bump(KEYS[1])
end
if s.status ~= 'live' then return redis.error_reply('CONFLICT the session is not live') end
if ARGV[2] == 'spotlight' then
  if ARGV[3] == '' then
    redis.call('HDEL', KEYS[1], 'spotlightExhibitId')
  else
    if ARGV[4] ~= s.boothId then return redis.error_reply('FORBIDDEN only exhibits of this booth can be spotlighted') end
    redis.call('HSET', KEYS[1], 'spotlightExhibitId', ARGV[3])
  end
else
  redis.call('HSET', KEYS[1], 'broadcasting', ARGV[3])
end
return bump(KEYS[1])
