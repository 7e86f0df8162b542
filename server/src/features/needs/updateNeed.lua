-- Changes the fields of a need its owner sends; a JSON null clears an optional field. The need must still
-- name a class or a keyword afterwards.
-- KEYS: 1 need, 2 public needs
-- ARGV: 1 caller id, 2 patch JSON (fields of the need's data), 3 visibility ('' = unchanged), 4 now
local n = redis.call('HMGET', KEYS[1], 'ownerId', 'data', 'visibility')
-- Someone else's need answers exactly like one that does not exist.
if not n[1] or n[1] ~= ARGV[1] then return redis.error_reply('NOT_FOUND:need need not found') end
local data = cjson.decode(n[2])
local patch = cjson.decode(ARGV[2])
for k, v in pairs(patch) do
  if v == cjson.null then data[k] = nil else data[k] = v end
end
local classes = data.classes or {}
local keywords = data.keywords or {}
if #classes == 0 and #keywords == 0 then
  return redis.error_reply('INVALID_INPUT:nothingToMatch a need names at least one class or keyword {"fields":["body.classes"]}')
end
local visibility = ARGV[3] ~= '' and ARGV[3] or n[3]
local encoded = cjson.encode(data)
-- cjson writes an empty Lua table as an object; the lists stay lists on the wire.
for _, list in ipairs({ 'classes', 'keywords', 'types', 'tradeModes' }) do
  encoded = string.gsub(encoded, '"' .. list .. '":{}', '"' .. list .. '":[]')
end
redis.call('HSET', KEYS[1], 'data', encoded, 'visibility', visibility, 'updatedAt', ARGV[4])
if visibility == 'public' then redis.call('ZADD', KEYS[2], tonumber(ARGV[4]), redis.call('HGET', KEYS[1], 'id'))
else redis.call('ZREM', KEYS[2], redis.call('HGET', KEYS[1], 'id')) end
return 'OK'
