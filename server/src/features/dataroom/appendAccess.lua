-- Appends one entry to an exhibit's hash-chained access log, and for an acceptance records it too: one step.
-- The entry was hashed by the node against the head it read (SHA-256 is not available in Redis Lua); if
-- another entry went in first, the head moved and the node re-hashes and retries, so the chain never forks.
-- KEYS: 1 access log (list), 2 access head, 3 the exhibit's NDA acceptances (hash)
-- ARGV: 1 entry JSON, 2 prevHash it was hashed against, 3 its hash, 4 its seq,
--       5 'accept' | 'access', 6 user id, 7 acceptance JSON (for 'accept')
if ARGV[5] == 'accept' then
  local existing = redis.call('HGET', KEYS[3], ARGV[6])
  -- Accepting the version already accepted changes nothing and logs nothing.
  if existing and cjson.decode(existing).version == cjson.decode(ARGV[7]).version then return { 'existing', existing } end
end
local head = redis.call('GET', KEYS[2]) or string.rep('0', 64)
if head ~= ARGV[2] or redis.call('LLEN', KEYS[1]) + 1 ~= tonumber(ARGV[4]) then return { 'retry', '' } end
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], ARGV[3])
if ARGV[5] == 'accept' then redis.call('HSET', KEYS[3], ARGV[6], ARGV[7]) end
return { 'appended', ARGV[7] }
