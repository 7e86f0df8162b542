-- Edits an exhibit's descriptive fields; only its organization may, and not once it is sold or in auction.
-- KEYS: 1 exhibit; ARGV: 1 caller orgId, then field/value pairs
local e = redis.call('HMGET', KEYS[1], 'id', 'orgId', 'status')
if not e[1] then return redis.error_reply('NOT_FOUND:exhibit exhibit not found') end
if e[2] ~= ARGV[1] then return redis.error_reply('FORBIDDEN:notStaff only staff of this exhibit\'s organization may edit it') end
if e[3] == 'sold' or e[3] == 'in-auction' then
  return redis.error_reply('CONFLICT:' .. (e[3] == 'sold' and 'sold' or 'inAuction') .. ' an exhibit that is ' .. e[3] ..
    ' cannot be edited')
end
local fields = {}
for i = 2, #ARGV do fields[#fields + 1] = ARGV[i] end
if #fields > 0 then redis.call('HSET', KEYS[1], unpack(fields)) end
return 'OK'
