-- Library (prepended to the scripts that start a trade on an exhibit; not run on its own).
-- A right that lapsed or whose term is over cannot be negotiated or auctioned. Returns the refusal
-- reason (`lapsed` / `expired`) or nil, judged at `now` (Redis TIME in the calling script).
local function dead_right(exhibit, now)
  local l = redis.call('HMGET', exhibit, 'legalState', 'legalExpiresAt')
  if l[1] == 'lapsed' then return 'lapsed' end
  if l[1] == 'expired' then return 'expired' end
  if l[2] and l[2] ~= '' and tonumber(l[2]) <= now then return 'expired' end
  return nil
end

local function dead_right_error(reason)
  if reason == 'lapsed' then
    return redis.error_reply('CONFLICT:lapsed this right has lapsed in the register; it cannot be traded')
  end
  return redis.error_reply('CONFLICT:expired this right has expired; it cannot be traded')
end
