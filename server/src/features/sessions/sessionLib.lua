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

-- What anyone may see of a session, as the scripts announce and return it (an allow-list of the hash's
-- fields, every value a string; TS maps it). The viewer count is read here so it is as of this change.
local PUBLIC_SESSION_FIELDS = { 'id', 'boothId', 'hallId', 'orgId', 'boothName', 'orgName', 'title', 'description',
  'hostId', 'hostName', 'status', 'startsAt', 'startedAt', 'endedAt', 'spotlightExhibitId', 'spotlightCard',
  'broadcasting', 'seq', 'transport', 'record', 'recordingUrl', 'recordingDurationMs',
  'recordingStartedAt', 'audience' }
local function public_session(key, viewers_key)
  local values = redis.call('HMGET', key, unpack(PUBLIC_SESSION_FIELDS))
  local out = {}
  for i, f in ipairs(PUBLIC_SESSION_FIELDS) do
    if values[i] then out[f] = values[i] end
  end
  out.viewers = out.status == 'live' and tostring(redis.call('HLEN', viewers_key)) or '0'
  return out
end

-- Bumps the session's seq, announces its snapshot to every node (`to`: 'all' rooms that show the session,
-- or 'viewers' for a viewer-count change) and returns it as JSON.
local function publish_session(key, viewers_key, to)
  bump(key)
  local snapshot = public_session(key, viewers_key)
  announce('session:updated', { session = snapshot, to = to })
  return cjson.encode(snapshot)
end
