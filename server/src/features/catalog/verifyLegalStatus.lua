-- The organizer checked an exhibit's legal status against the register: marks the version checked as
-- verified, at Redis's time, unless the exhibitor changed it since (then nothing changes).
-- KEYS: 1 exhibit, 2 the queue of unverified legal statuses
-- ARGV: 1 version checked, 2 organizer id
local e = redis.call('HMGET', KEYS[1], 'id', 'legalVersion')
if not e[1] then return redis.error_reply('NOT_FOUND:exhibit exhibit not found') end
local version = e[2] or '0'
if version ~= ARGV[1] then
  return redis.error_reply('CONFLICT:legalStatusChanged the legal status changed since you read it ' ..
    cjson.encode({ version = tonumber(version) }))
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HSET', KEYS[1], 'legalVerifiedAt', string.format('%.0f', now), 'legalVerifiedBy', ARGV[2])
redis.call('ZREM', KEYS[2], e[1])
return string.format('%.0f', now)
