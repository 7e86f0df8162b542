-- Sets or clears a booth's logo (the content hash of its file in the file store). Booth staff may set and clear
-- it; an organizer may clear it (moderation).
-- KEYS: 1 booth; ARGV: 1 caller orgId ('' for none), 2 caller role, 3 logo sha256 ('' to clear)
local b = redis.call('HMGET', KEYS[1], 'id', 'orgId')
if not b[1] then return redis.error_reply('NOT_FOUND:booth booth not found') end
local staff = ARGV[1] ~= '' and b[2] == ARGV[1]
if not staff and not (ARGV[3] == '' and ARGV[2] == 'organizer') then
  return redis.error_reply('FORBIDDEN:notStaff only staff of this booth\'s organization may change its logo')
end
if ARGV[3] == '' then
  redis.call('HDEL', KEYS[1], 'logo')
else
  redis.call('HSET', KEYS[1], 'logo', ARGV[3])
end
return 'OK'
