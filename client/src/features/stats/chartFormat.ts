import { dateTimeFormat, MINOR_PER_YUAN, type Money, numberFormat, type SeriesBucket } from '@pavilion/shared';
import { compactYuanFigure } from '../../i18n/format';

/**
 * A value-axis label, as short as it can be: `1.5B` (en) or `1.5亿` / `1.5億` (Chinese). Axis ticks are
 * round numbers, so the headline's 4 significant digits never show up as clutter here.
 */
export function axisFigure(fen: number, locale: string): string {
  const money: Money = { amount: fen, currency: 'CNY' };
  if (locale.startsWith('zh')) return compactYuanFigure(money, locale);
  return numberFormat(locale, { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 }).format(fen / MINOR_PER_YUAN);
}

function sameDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

/**
 * The start of a period as a time axis reads it: the clock for minutes (with the date once the series spans
 * days), date and hour for hours, the date for days — in the visitor's time zone and locale.
 */
export function periodLabel(t: number, bucket: SeriesBucket, locale: string, spanStart: number, spanEnd: number): string {
  const withDate = bucket !== 'minute' || !sameDay(spanStart, spanEnd);
  const withTime = bucket !== 'day';
  return dateTimeFormat(locale, {
    ...(withDate ? { month: 'short', day: 'numeric' } : {}),
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(new Date(t));
}

/** A list in the locale's own words: `Patent ¥1.2 million, Trademark ¥0 and …` / `专利 120万元、商标 0元和…`. */
export function joinList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
