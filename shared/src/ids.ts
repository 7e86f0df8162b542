import { z } from 'zod';

/** An opaque id: 1–64 characters of letters, digits, `_` or `-`. */
export const Id = z
  .string({ error: 'must be an id string' })
  .min(1, 'must not be empty')
  .max(64, 'is too long for an id')
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid id');
/** An opaque id string. */
export type Id = z.infer<typeof Id>;

/** Idempotency keys chosen by clients (bidId, clientMsgId, clientOfferId). */
export const ClientKey = z
  .string({ error: 'must be a string' })
  .min(1, 'must not be empty')
  .max(64, 'is too long (64 characters at most)')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'may only hold letters, digits and _ . : -');

/** Epoch milliseconds. */
export const EpochMs = z.number().int().nonnegative().max(8_640_000_000_000_000);
