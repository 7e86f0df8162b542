-- Library (prepended to scripts that grant, assign or auction an exhibit; not run on its own).
-- The exclusive licences granted on an exhibit (keys.exhibitExclusiveLicences) are JSON entries
-- { territory, agreedAt, endsAt } (epoch ms as strings; endsAt '' = until further notice). Entries written
-- before licences carried their term are bare territories: they stay in force until further notice.

local function days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = math.floor(y / 400)
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = math.floor((153 * mp + 2) / 5) + d - 1
  local doe = yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
end

local function civil_from_days(z)
  z = z + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local d = doy - math.floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400
  if m <= 2 then y = y + 1 end
  return y, m, d
end

-- `ms` plus whole calendar months (UTC), the day clamped to the last day of the target month:
-- a 1-month licence agreed on 31 January ends on the last day of February.
local function add_months(ms, months)
  local days = math.floor(ms / 86400000)
  local within = ms - days * 86400000
  local y, m, d = civil_from_days(days)
  local index = y * 12 + (m - 1) + months
  local y2 = math.floor(index / 12)
  local m2 = index % 12 + 1
  local nextY, nextM = y2, m2 + 1
  if nextM == 13 then nextY, nextM = y2 + 1, 1 end
  local monthLength = days_from_civil(nextY, nextM, 1) - days_from_civil(y2, m2, 1)
  if d > monthLength then d = monthLength end
  return days_from_civil(y2, m2, d) * 86400000 + within
end

-- The territories ("WORLDWIDE" or a list of country codes) of the exclusive licences in force at `now`.
local function exclusive_territories_in_force(licences, now)
  local out = {}
  for _, raw in ipairs(redis.call('LRANGE', licences, 0, -1)) do
    local l = cjson.decode(raw)
    if type(l) == 'table' and l.territory ~= nil then
      if l.endsAt == nil or l.endsAt == '' or tonumber(l.endsAt) > now then table.insert(out, l.territory) end
    else
      table.insert(out, l)
    end
  end
  return out
end

-- The entry recorded when an exclusive licence is agreed at `now` for `termMonths` (nil: no end).
local function exclusive_licence_entry(territory, now, termMonths)
  local endsAt = ''
  if termMonths then endsAt = string.format('%.0f', add_months(now, tonumber(termMonths))) end
  return cjson.encode({ territory = territory, agreedAt = string.format('%.0f', now), endsAt = endsAt })
end

-- The first place (a country code, or WORLDWIDE) where `territory` overlaps an exclusive licence in `held`; nil if none.
local function territory_overlap(held, territory)
  for _, t in ipairs(held) do
    if t == 'WORLDWIDE' then return 'WORLDWIDE' end
    if territory == 'WORLDWIDE' then return t[1] end
    for _, c1 in ipairs(t) do
      for _, c2 in ipairs(territory) do
        if c1 == c2 then return c1 end
      end
    end
  end
  return nil
end

-- Whether nothing the exhibit is offered as can be granted: every mode is assignment or exclusive, and an
-- exclusive licence in force covers the whole world.
local function exclusively_licensed_everywhere(licences, tradeModesJson, now)
  local held = exclusive_territories_in_force(licences, now)
  local worldwide = false
  for _, t in ipairs(held) do if t == 'WORLDWIDE' then worldwide = true end end
  if not worldwide then return false end
  for _, m in ipairs(cjson.decode(tradeModesJson or '[]')) do
    if m == 'non-exclusive' then return false end
  end
  return true
end
