-- A live session's viewer count moved: announce it (to the viewers and the programme) as a new seq, so
-- every session:updated a watcher receives is newer than the last. Nothing when the session is not live
-- or the count is the one last announced.
-- KEYS: 1 session hash, 2 viewers hash
local status = redis.call('HGET', KEYS[1], 'status')
if status ~= 'live' then return '' end
local count = tostring(redis.call('HLEN', KEYS[2]))
if redis.call('HGET', KEYS[1], 'viewersAnnounced') == count then return '' end
redis.call('HSET', KEYS[1], 'viewersAnnounced', count)
return publish_session(KEYS[1], KEYS[2], 'viewers')
