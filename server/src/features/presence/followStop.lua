-- A visitor leaves their host's group, or a host ends theirs (also on leaving the hall or disconnecting).
-- KEYS: 1 the visitor's host key, 2 the visitor's followers
-- ARGV: 1 visitor id, 2 the prefix of host keys (same hash tag), 3 the prefix of followers keys (same hash tag)
-- Returns { 'follower', hostId } or { 'host', followerId… } or { 'none' }.
-- The other keys are named from the prefixes: they share the hall's hash tag, so they live in the same slot.
local host = redis.call('GET', KEYS[1])
if host then
  redis.call('DEL', KEYS[1])
  redis.call('SREM', ARGV[3] .. host, ARGV[1])
  return { 'follower', host }
end
local followers = redis.call('SMEMBERS', KEYS[2])
if #followers == 0 then
  return { 'none' }
end
for _, f in ipairs(followers) do
  -- Only those still following this host (a stale member never releases someone else's follow).
  if redis.call('GET', ARGV[2] .. f) == ARGV[1] then
    redis.call('DEL', ARGV[2] .. f)
  end
end
redis.call('DEL', KEYS[2])
local out = { 'host' }
for _, f in ipairs(followers) do
  out[#out + 1] = f
end
return out
