-- The invited bidder answers: accept (once; a repeat reports the first acceptance) or decline. `link` stores
-- the negotiation an acceptance opened; `revert` undoes an acceptance whose negotiation could not open.
-- KEYS: 1 invitation; ARGV: 1 caller userId, 2 accept|decline|link|revert, 3 negotiationId (link)
local inv = redis.call('HMGET', KEYS[1], 'id', 'bidderId', 'status', 'negotiationId')
if not inv[1] then return redis.error_reply('NOT_FOUND:invitation invitation not found') end
if inv[2] ~= ARGV[1] then return redis.error_reply('FORBIDDEN:notInvitee only the invited bidder may answer') end
local action = ARGV[2]
local t = redis.call('TIME')
local now = string.format('%.0f', tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000))
if action == 'link' then
  redis.call('HSET', KEYS[1], 'negotiationId', ARGV[3])
  return 'linked'
end
if action == 'revert' then
  if inv[3] == 'accepted' and not inv[4] then redis.call('HSET', KEYS[1], 'status', 'pending') end
  return 'reverted'
end
if inv[3] == 'accepted' and action == 'accept' then return 'already' end
if inv[3] ~= 'pending' then
  return redis.error_reply('CONFLICT:invitationAnswered this invitation was already ' .. inv[3])
end
redis.call('HSET', KEYS[1], 'status', action == 'accept' and 'accepted' or 'declined', 'answeredAt', now)
return action == 'accept' and 'accepted' or 'declined'
