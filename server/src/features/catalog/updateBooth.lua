-- Edits a booth's name/tagline; only its organization may. KEYS: 1 booth; ARGV: 1 caller orgId, then field/value pairs
local b = redis.call('HMGET', KEYS[1], 'id', 'orgId')
if not b[1] then return redis.error_reply('NOT_FOUND:booth booth not found') end
if b[2] ~= ARGV[1] then return redis.error_reply('FORBIDDEN:notStaff only staff of this booth\'s organization may edit it') end
local fields = {}
for i = 2, #ARGV do fields[#fields + 1] = ARGV[i] end
if #fields > 0 then redis.call('HSET', KEYS[1], unpack(fields)) end
return 'OK'
