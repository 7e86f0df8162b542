/**
 * The exclusive-licence rules as a Lua library (`exclusiveLicences.lua`): which licences are in force at
 * Redis's time, and the entry a newly agreed one records. Composed into the scripts that grant a licence,
 * assign an exhibit or put it up for auction — none of which may happen while an exclusive licence lasts.
 */
export const EXCLUSIVE_LICENCES_LUA = { file: './exclusiveLicences.lua', base: import.meta.url };
