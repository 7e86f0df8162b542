-- Library of the meeting scripts (prepended to each; not run on its own).
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

local function invalid(reason, field, text)
  return redis.error_reply('INVALID_INPUT:' .. reason .. ' ' .. field .. ': ' .. text .. ' {"fields":["' .. field .. '"]}')
end

-- The id of a meeting in the user's time-holding meetings (KEYS hash id → "startsAt:endsAt") that overlaps
-- [startsAt, endsAt), ignoring `except`; nil when there is none.
local function overlapping_meeting(times_key, startsAt, endsAt, except)
  local all = redis.call('HGETALL', times_key)
  for i = 1, #all, 2 do
    local id = all[i]
    if id ~= except then
      local s, e = string.match(all[i + 1], '^(%d+):(%d+)$')
      if tonumber(s) < endsAt and tonumber(e) > startsAt then return id end
    end
  end
  return nil
end

local function bump(meeting_key)
  return redis.call('HINCRBY', meeting_key, 'seq', 1)
end
