import { z } from 'zod';
import { FieldReason } from './errors.js';
import { MAX_PRICE_MINOR } from './moneyUnits.js';

export * from './moneyUnits.js';

/** Money on the wire: integer minor units (fen), never floats. */
export const Money = z.strictObject({
  amount: z
    .number({ error: 'must be a number of minor units' })
    .int('must be an integer number of minor units (fen)')
    .nonnegative('must not be negative')
    .max(MAX_PRICE_MINOR, 'is larger than any price the expo accepts'),
  currency: z.literal('CNY', { error: 'must be "CNY"' }),
});
/** Money: `{ amount: integer minor units, currency: "CNY" }`. */
export type Money = z.infer<typeof Money>;

/** Money that must be greater than zero (prices, increments). */
export const PositiveMoney = Money.refine((m) => m.amount > 0, {
  message: 'must be greater than zero',
  path: ['amount'],
  params: { reason: FieldReason.notPositive },
});
