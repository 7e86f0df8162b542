import { dateTimeFormat, formatMoney, MINOR_PER_YUAN, type Money, numberFormat } from '@pavilion/shared';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A price as shoppers read it: `¥1,867,000,000` (every locale groups by its own rules). */
export function formatPrice(money: Money, locale: string): string {
  return formatMoney(money, locale);
}

/**
 * The number of yuan an organizer announces, to 3–4 significant digits: `1.867 billion` (en), `18.67亿`
 * (zh-CN), `18.67億` (zh-HK). Below a million (en) or 万 (Chinese) compacting says nothing: `52,000`, `5200`.
 */
export function compactYuanFigure(money: Money, locale: string): string {
  const yuan = money.amount / MINOR_PER_YUAN;
  if (locale.startsWith('zh')) {
    // ICU's zh-HK compact data are English-style (1.867B) and zh-Hant's use Taiwan's 兆 for 10^12, while
    // Hong Kong announces 萬 / 億 / 萬億: so count in zh-CN's units and write them in traditional characters.
    const figure = numberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 4 }).format(yuan);
    return locale === 'zh-HK' || locale.startsWith('zh-Hant') ? figure.replace(/万/g, '萬').replace(/亿/g, '億') : figure;
  }
  if (yuan < 1_000_000) return numberFormat(locale, { maximumFractionDigits: 0 }).format(yuan);
  return numberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }).format(yuan);
}

/** A headline figure the way an organizer announces it: `¥1.867 billion` (en), `18.67亿元` (zh-CN), `18.67億元` (zh-HK). */
export function formatHeadline(money: Money, locale: string, t: TFunction): string {
  return t('money.compact', { value: compactYuanFigure(money, locale), lng: locale });
}

/** A plain count with the locale's grouping: `2,469`. */
export function formatCount(n: number, locale: string): string {
  return numberFormat(locale).format(n);
}

/** A clock time for a chat line: `14:03` (today) or `25 Nov, 14:03` (earlier days), in the locale's style. */
export function formatChatTime(at: number, locale: string, now = Date.now()): string {
  const d = new Date(at);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return dateTimeFormat(
    locale,
    sameDay ? { hour: '2-digit', minute: '2-digit' } : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  ).format(d);
}

/**
 * A stay so far, as a stopwatch reads: `0:42`, `12:05`, `1:02:09`; with `padMinutes`, as a player shows a
 * position (`00:42`; hours as before).
 */
export function formatElapsed(ms: number, { padMinutes = false } = {}): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return `${h}:${two(m)}:${two(s)}`;
  return `${padMinutes ? two(m) : m}:${two(s)}`;
}

/** The hall's display name: translated by hall id, the server's name when the catalog has none. */
export function hallName(t: TFunction, hall: { id: string; name: string }): string {
  return t(`halls.names.${hall.id}`, { defaultValue: hall.name });
}

/** Formatting bound to the active language, for components. */
export function useFormat() {
  const { t, i18n } = useTranslation(['common']);
  const lng = i18n.language;
  return useMemo(
    () => ({
      lng,
      price: (m: Money) => formatPrice(m, lng),
      headline: (m: Money) => formatHeadline(m, lng, t),
      count: (n: number) => formatCount(n, lng),
      hallName: (hall: { id: string; name: string }) => hallName(t, hall),
      chatTime: (at: number) => formatChatTime(at, lng),
    }),
    [lng, t],
  );
}

// Dates, times and country names for the trading screens.

/** `25 Nov 2026, 14:03` in the locale. */
export function formatDateTime(epochMs: number, lng: string): string {
  return dateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

/** `25 Nov 2026` in the locale. */
export function formatDate(epochMs: number, lng: string): string {
  return dateTimeFormat(lng, { dateStyle: 'medium' }).format(epochMs);
}

/** `14:03:27`: to the second, for bid logs and chat. */
export function formatClock(epochMs: number, lng: string): string {
  return dateTimeFormat(lng, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(epochMs);
}

/** "5 minutes ago" / "in 2 hours" in the locale, from the gap between `epochMs` and `now`. */
export function formatRelative(epochMs: number, now: number, lng: string): string {
  const seconds = Math.round((epochMs - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(lng, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

/** A country's name in the locale (`CN` → `China` / `中国`), the code itself when the browser has no name. */
export function countryName(code: string, lng: string): string {
  try {
    return new Intl.DisplayNames([lng], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
