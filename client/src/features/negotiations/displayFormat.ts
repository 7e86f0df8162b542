/** Locale-aware display of dates, times and country names for the trading screens (no strings of their own). */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = dateTimeFormats.get(key);
  if (!f) {
    f = make();
    dateTimeFormats.set(key, f);
  }
  return f;
}

/** `25 Nov 2026, 14:03` in the locale. */
export function formatDateTime(epochMs: number, lng: string): string {
  return cached(`dt|${lng}`, () => new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' })).format(epochMs);
}

/** `25 Nov 2026` in the locale. */
export function formatDate(epochMs: number, lng: string): string {
  return cached(`d|${lng}`, () => new Intl.DateTimeFormat(lng, { dateStyle: 'medium' })).format(epochMs);
}

/** `14:03:27`: to the second, for bid logs and chat. */
export function formatClock(epochMs: number, lng: string): string {
  return cached(`clock|${lng}`, () => new Intl.DateTimeFormat(lng, { hour: '2-digit', minute: '2-digit', second: '2-digit' })).format(
    epochMs,
  );
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
