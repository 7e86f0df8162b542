/**
 * Reading a Redis hash (every value a string, any field possibly absent) into an API object: the fields that are
 * plain text or plain numbers are named once in a list instead of each spelled `name: r.name ?? ''`.
 * Fields come out in the order they are named (some records are hashed as JSON, where order matters).
 */

/** The named fields as text, `''` where the hash lacks one. */
export function textFields<K extends string>(hash: Record<string, string>, names: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const name of names) out[name] = hash[name] ?? '';
  return out;
}

/** The named fields as numbers, `0` where the hash lacks one. */
export function numberFields<K extends string>(hash: Record<string, string>, names: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const name of names) out[name] = Number(hash[name] ?? 0);
  return out;
}
