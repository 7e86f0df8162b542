import { Id, issuesOf, parseWith } from '@pavilion/shared';
import type { Request } from 'express';
import type { z } from 'zod';
import { fail } from '../errors/appError.js';
import type { Principal } from '../features/auth/authService.js';
import { requireUser } from './requestAuth.js';

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

/**
 * What a request that changes one resource reads first, in this order: the signed-in caller (or UNAUTHENTICATED),
 * the path's `:id`, then the JSON body by `schema` (or INVALID_INPUT naming the field).
 */
export function userIdBody<S extends z.ZodType>(req: Request, schema: S): { user: Principal; id: string; body: z.output<S> } {
  const user = requireUser(req);
  const id = parseId(req.params.id);
  return { user, id, body: parseInput(schema, req.body, 'body') };
}

/**
 * {@link parseInput} for inputs that repeat (a page of search, a hall's filters): keeps the parsed value of the last
 * `size` distinct raw inputs (their text, e.g. a query string), so a repeated one is not parsed again. Refused
 * inputs are not kept: each refusal is parsed (and answered) the same way as before.
 */
export class MemoParser<S extends z.ZodType> {
  private readonly parsed = new Map<string, z.output<S>>();

  constructor(
    private readonly schema: S,
    private readonly where: 'body' | 'query' | 'params' | 'payload',
    private readonly size: number,
  ) {}

  /** The parsed input of `raw`, read with `input()` only when `raw` was not parsed lately. */
  parse(raw: string, input: () => unknown): z.output<S> {
    const known = this.parsed.get(raw);
    if (known !== undefined) return known;
    const value = parseInput(this.schema, input(), this.where);
    // Forgotten wholesale when full: a parse costs tens of microseconds, an ordering of keys more than it saves.
    if (this.parsed.size >= this.size) this.parsed.clear();
    this.parsed.set(raw, value);
    return value;
  }
}
