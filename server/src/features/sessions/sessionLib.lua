-- Library of the live-session scripts (prepended to each; not run on its own).
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

-- The session's status and owning organization, or an error reply when it does not exist.
local function session_head(key)
  local h = redis.call('HMGET', key, 'status', 'orgId', 'boothId')
  if not h[1] then return nil end
  return { status = h[1], orgId = h[2], boothId = h[3] }
end

local function bump(key)
  return redis.call('HINCRBY', key, 'seq', 1)
end
