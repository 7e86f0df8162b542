/** Time visitors spent in the booth: how a total or an average is split and read out. */

/** A stay split the way it is shown: hours and minutes from an hour on, else minutes and seconds. */
export interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

/** Splits `ms` for display; from an hour on, seconds are noise, so the stay is rounded to the minute. */
export function splitDuration(ms: number): DurationParts {
  const total = Math.max(0, Math.round(ms / 1000));
  if (total < 3600) return { hours: 0, minutes: Math.floor(total / 60), seconds: total % 60 };
  const minutes = Math.round(total / 60);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60, seconds: 0 };
}

/**
 * Average stay per visit, or null before the first visit. A visit counts on entry but its time only on
 * leaving, so while visitors are inside this reads a little low — never above the truth.
 */
export function averageStay(dwellMs: number, visits: number): number | null {
  return visits > 0 ? dwellMs / visits : null;
}

const unitFormats = new Map<string, Intl.NumberFormat>();
function unit(lng: string, name: 'hour' | 'minute' | 'second'): Intl.NumberFormat {
  const key = `${lng}|${name}`;
  let f = unitFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lng, { style: 'unit', unit: name, unitDisplay: 'short' });
    unitFormats.set(key, f);
  }
  return f;
}

/** `2 hr 5 min`, `4 min 12 sec`, `0 sec` — or `2小时 5分钟` — in the locale's own unit words. */
export function formatDuration(ms: number, lng: string): string {
  const { hours, minutes, seconds } = splitDuration(ms);
  const parts: string[] = [];
  if (hours > 0) parts.push(unit(lng, 'hour').format(hours));
  if (minutes > 0) parts.push(unit(lng, 'minute').format(minutes));
  if (seconds > 0 || parts.length === 0) parts.push(unit(lng, 'second').format(seconds));
  return parts.join(' ');
}
