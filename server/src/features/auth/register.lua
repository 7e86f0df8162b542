-- Creates an account (and for exhibitors its organization) atomically; the email is unique.
-- KEYS: 1 email index, 2 user hash, 3 org hash, 4 org members, 5 orgs set, 6 organizers set
-- ARGV: 1 userId, 2 email, 3 displayName, 4 role, 5 passwordHash, 6 now, 7 shareContact,
--       8 orgId ('' for none), 9 org name, 10 org kind, 11 org region, 12 org country, 13 verified
if redis.call('EXISTS', KEYS[1]) == 1 then
  return redis.error_reply('CONFLICT:emailTaken an account with this email already exists')
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[2], 'id', ARGV[1], 'email', ARGV[2], 'displayName', ARGV[3], 'role', ARGV[4],
  'passwordHash', ARGV[5], 'createdAt', ARGV[6], 'shareContact', ARGV[7])
if ARGV[8] ~= '' then
  redis.call('HSET', KEYS[2], 'orgId', ARGV[8])
  if redis.call('EXISTS', KEYS[3]) == 0 then
    redis.call('HSET', KEYS[3], 'id', ARGV[8], 'name', ARGV[9], 'kind', ARGV[10], 'region', ARGV[11],
      'country', ARGV[12], 'verified', ARGV[13], 'createdAt', ARGV[6])
    redis.call('SADD', KEYS[5], ARGV[8])
  end
  redis.call('SADD', KEYS[4], ARGV[1])
end
if ARGV[4] == 'organizer' then redis.call('SADD', KEYS[6], ARGV[1]) end
return 'OK'
