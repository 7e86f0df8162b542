-- Replaces a password hash if it is still the one the caller checked (a concurrent change wins once).
-- With ARGV[3] = 1 it also ends every session of the user but the caller's: sessions carry the
-- generation they were issued in, the generation moves on, and the caller's session is re-issued in it.
-- KEYS: 1 user hash, 2 caller's session key (or any key when ARGV[3] = 0)
-- ARGV: 1 expected current hash, 2 new hash, 3 end other sessions (1/0), 4 userId
if redis.call('HGET', KEYS[1], 'passwordHash') ~= ARGV[1] then
  return redis.error_reply('CONFLICT:passwordChanged the password was changed meanwhile; try again')
end
redis.call('HSET', KEYS[1], 'passwordHash', ARGV[2])
if ARGV[3] ~= '1' then return 0 end
local gen = redis.call('HINCRBY', KEYS[1], 'sessionGen', 1)
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('SET', KEYS[2], ARGV[4] .. ' ' .. gen, 'KEEPTTL')
end
return gen
