import { Id, parseWith } from '@pavilion/shared';
import type { z } from 'zod';
import { fail } from './appError.js';

/** Parses input with a shared schema or throws INVALID_INPUT naming the fields (prefixed, e.g. `body.title`). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: 'body' | 'query' | 'params' | 'payload'): z.output<S> {
  const r = parseWith(schema, input === undefined && where === 'body' ? undefined : input);
  if (!r.success) {
    const prefix = where === 'payload' ? '' : `${where}.`;
    throw fail.invalid(
      r.message
        .split('; ')
        .map((p) => (p.startsWith('(body)') ? `${where}${p.slice(6)}` : `${prefix}${p}`))
        .join('; '),
      r.fields.map((f) => (f === '(body)' ? where : `${prefix}${f}`)),
    );
  }
  return r.data;
}

/** Validates a route's `:id` parameter. */
export function parseId(value: unknown, name = 'id'): string {
  const r = Id.safeParse(value);
  if (!r.success) throw fail.invalid(`params.${name}: is not a valid id`, [`params.${name}`]);
  return r.data;
}
