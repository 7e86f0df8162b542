-- Booth packages on a hall's slot grid: the rule of shared/src/hallLayout.ts (placementCovering, packageSlots),
-- kept in step with it by catalog tests. A hall's free-slot zset is the reservation: a slot a booth covers is not in it.
-- The caller sets GRID = { cols, rows, blockCols, blockRows } from its arguments (the shared HALL_GRID).
local GRID = {}
local SPAN = { standard = { 1, 1 }, double = { 2, 1 }, island = { 2, 2 } }

-- The anchor (top-left slot) of the one placement of pkg covering slot, or nil.
local function placement_covering(slot, pkg)
  local span = SPAN[pkg]
  if not span or slot < 0 or slot >= GRID.cols * GRID.rows then return nil end
  local col = slot % GRID.cols
  local row = math.floor(slot / GRID.cols)
  local c0 = col - ((col % GRID.blockCols) % span[1])
  local r0 = row - ((row % GRID.blockRows) % span[2])
  if (c0 % GRID.blockCols) + span[1] > GRID.blockCols or c0 + span[1] > GRID.cols then return nil end
  if (r0 % GRID.blockRows) + span[2] > GRID.blockRows or r0 + span[2] > GRID.rows then return nil end
  return r0 * GRID.cols + c0
end

-- The slots a booth of pkg anchored at anchor covers (anchor first, row-major).
local function package_slots(anchor, pkg)
  local span = SPAN[pkg]
  local out = {}
  for r = 0, span[2] - 1 do
    for c = 0, span[1] - 1 do out[#out + 1] = anchor + r * GRID.cols + c end
  end
  return out
end

-- The block a slot stands in, as a comparable string.
local function block_of(slot)
  local col = slot % GRID.cols
  local row = math.floor(slot / GRID.cols)
  return math.floor(row / GRID.blockRows) .. ':' .. math.floor(col / GRID.blockCols)
end

-- The first placement of pkg, trying the candidate slots in order, whose slots all pass is_free; its anchor and slots.
local function find_placement(candidates, pkg, is_free)
  for _, slot in ipairs(candidates) do
    if is_free(slot) then
      local anchor = placement_covering(slot, pkg)
      if anchor then
        local slots = package_slots(anchor, pkg)
        local ok = true
        for _, s in ipairs(slots) do
          if not is_free(s) then ok = false break end
        end
        if ok then return anchor, slots end
      end
    end
  end
  return nil, nil
end

local function read_grid(cols, rows, blockCols, blockRows)
  GRID.cols, GRID.rows, GRID.blockCols, GRID.blockRows = tonumber(cols), tonumber(rows), tonumber(blockCols), tonumber(blockRows)
end
