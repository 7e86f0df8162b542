import { enumOf, type ValueOf } from './domain.js';
import { numberFormat } from './intl.js';
import type { Money } from './money.js';

// Money's units and arithmetic, apart from its wire schema (money.ts): a page that only shows prices loads no
// validation code.

/** The only currency the expo trades in today; the wire keeps the field so others can follow. */
export const Currency = enumOf('CNY');
/** A currency code from {@link Currency}. */
export type Currency = ValueOf<typeof Currency>;

/** Minor units per yuan (fen). */
export const MINOR_PER_YUAN = 100;

/** The largest single price accepted (10 billion yuan in fen): anything above is treated as absurd input. */
export const MAX_PRICE_MINOR = 1_000_000_000_000;

/** Money from whole yuan. */
export function yuan(whole: number): Money {
  return { amount: Math.round(whole * MINOR_PER_YUAN), currency: 'CNY' };
}

/** Money from minor units. */
export function minor(amount: number): Money {
  return { amount, currency: 'CNY' };
}

/** Sum of amounts in one currency. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error('cannot add different currencies');
  return { amount: a.amount + b.amount, currency: a.currency };
}

/** Formats money for display in a locale, e.g. `¥1,867,000,000` (en and zh-CN). */
export function formatMoney(money: Money, locale: string, opts: { fractionDigits?: number } = {}): string {
  const digits = opts.fractionDigits ?? (money.amount % MINOR_PER_YUAN === 0 ? 0 : 2);
  return numberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(money.amount / MINOR_PER_YUAN);
}

/**
 * The compact number of yuan an organizer announces: `1.867 billion` (en), `18.67亿` (zh-CN).
 * The currency word or symbol around it belongs to the client's i18n catalog.
 */
export function compactYuan(money: Money, locale: string): string {
  return numberFormat(locale, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: locale.startsWith('zh') ? 2 : 3,
  }).format(money.amount / MINOR_PER_YUAN);
}
