import { MINOR_PER_YUAN } from '@pavilion/shared';

/**
 * Parses an amount typed in yuan — `1,200,000`, `1 200 000`, `¥99.5`, `12000.00` — into integer minor
 * units (fen), by string arithmetic so no float rounding creeps in. `null` when it is not an amount:
 * empty, negative, more than two decimals, or not a number at all.
 */
export function parseYuan(text: string): number | null {
  const cleaned = text.replace(/[\s,，_¥￥]/g, '').replace(/元$/, '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const whole = match[1] as string;
  const fraction = (match[2] ?? '').padEnd(2, '0');
  if (whole.replace(/^0+/, '').length > 13) return null; // beyond any price the expo accepts; keeps the number exact
  return Number(whole) * MINOR_PER_YUAN + Number(fraction);
}

/** Minor units as an input's text in yuan, without grouping: `120000050` → `1200000.50`, `500` → `5`. */
export function yuanInputValue(amount: number): string {
  const whole = Math.floor(amount / MINOR_PER_YUAN);
  const fraction = amount % MINOR_PER_YUAN;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, '0')}`;
}
