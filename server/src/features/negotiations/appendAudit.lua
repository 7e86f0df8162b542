-- Appends a non-state entry (a chat message's hash) to the negotiation's chain.
-- KEYS: 1 negotiation, 2 audit; ARGV: 1 audit entry JSON without its time (stamped here)
if redis.call('EXISTS', KEYS[1]) == 0 then return redis.error_reply('NOT_FOUND:negotiation negotiation not found') end
local a = cjson.decode(ARGV[1])
if not head_is(KEYS[1], a.prevHash) then return 'retry' end
append_audit(KEYS[1], KEYS[2], stamp_audit(a, now_ms()))
return 'ok'
