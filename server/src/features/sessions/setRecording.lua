-- Attaches a session's replay once its recording is made into a playable file (after the end): the file's
-- hash, its URL and length. Announces the session to every node and returns its snapshot (JSON).
-- KEYS: 1 session hash, 2 viewers hash
-- ARGV: 1 sha256, 2 url, 3 duration in ms, 4 when the recording started (epoch ms; '' when unknown)
if redis.call('HGET', KEYS[1], 'status') ~= 'ended' then
  return redis.error_reply('CONFLICT:notEnded the session has not ended')
end
redis.call('HSET', KEYS[1], 'recordingSha', ARGV[1], 'recordingUrl', ARGV[2], 'recordingDurationMs', ARGV[3])
if ARGV[4] ~= '' then redis.call('HSET', KEYS[1], 'recordingStartedAt', ARGV[4]) end
return publish_session(KEYS[1], KEYS[2], 'all')
