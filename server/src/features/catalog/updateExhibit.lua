-- Edits an exhibit's descriptive fields; only its organization may, and not once it is sold or in auction.
-- A change to what the register would show (number, jurisdiction, legal status) is a new version of the
-- legal status: any verification of the old one is cleared in the same step and it joins the queue again.
-- KEYS: 1 exhibit, 2 unverified legal statuses
-- ARGV: 1 caller orgId, 2 '1' when the change touches the legal status, then field/value pairs
local e = redis.call('HMGET', KEYS[1], 'id', 'orgId', 'status')
if not e[1] then return redis.error_reply('NOT_FOUND:exhibit exhibit not found') end
if e[2] ~= ARGV[1] then return redis.error_reply('FORBIDDEN:notStaff only staff of this exhibit\'s organization may edit it') end
if e[3] == 'sold' or e[3] == 'in-auction' then
  return redis.error_reply('CONFLICT:' .. (e[3] == 'sold' and 'sold' or 'inAuction') .. ' an exhibit that is ' .. e[3] ..
    ' cannot be edited')
end
local fields = {}
for i = 3, #ARGV do fields[#fields + 1] = ARGV[i] end
if #fields > 0 then redis.call('HSET', KEYS[1], unpack(fields)) end
if ARGV[2] == '1' then
  local t = redis.call('TIME')
  redis.call('HINCRBY', KEYS[1], 'legalVersion', 1)
  redis.call('HDEL', KEYS[1], 'legalVerifiedAt', 'legalVerifiedBy')
  redis.call('ZADD', KEYS[2], tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000), e[1])
end
return 'OK'
