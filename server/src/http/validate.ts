import { Id, issuesOf, parseWith } from '@pavilion/shared';
import type { z } from 'zod';
import { fail } from '../errors/appError.js';

/**
 * Parses input with a shared schema or throws INVALID_INPUT naming the fields and their issues (paths prefixed,
 * e.g. `body.title`; the value itself is `body`).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: 'body' | 'query' | 'params' | 'payload'): z.output<S> {
  const r = parseWith(schema, input === undefined && where === 'body' ? undefined : input);
  if (!r.success) {
    const prefix = where === 'payload' ? '' : `${where}.`;
    throw fail.invalid(
      r.message
        .split('; ')
        .map((p) => (p.startsWith('(body)') ? `${where}${p.slice(6)}` : `${prefix}${p}`))
        .join('; '),
      r.issues.map((issue) => ({ ...issue, path: issue.path === '' ? where : `${prefix}${issue.path}` })),
    );
  }
  return r.data;
}

/** Validates a route's `:id` parameter. */
export function parseId(value: unknown, name = 'id'): string {
  const r = Id.safeParse(value);
  if (!r.success) {
    throw fail.invalid(
      `params.${name}: is not a valid id`,
      issuesOf(r.error).map((issue) => ({ ...issue, path: `params.${name}` })),
    );
  }
  return r.data;
}
