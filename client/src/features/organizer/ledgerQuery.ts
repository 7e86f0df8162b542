import type { LedgerFilters } from '@pavilion/shared';

/** No filter: the whole ledger. */
export const NO_LEDGER_FILTERS: LedgerFilters = { type: '', region: '', source: '', from: '', to: '' };

/** Deals the table reads at most (newest first). */
export const LEDGER_TABLE_LIMIT = 1000;
/** Deals an export holds at most (the server's cap). */
export const LEDGER_EXPORT_LIMIT = 10_000;

const FILTER_KEYS = ['type', 'region', 'source', 'from', 'to'] as const;

/** The `GET /api/deals` query for the filters: the whole ledger (`scope=all`), unset filters left out. */
export function ledgerParams(filters: LedgerFilters, format: 'json' | 'csv'): URLSearchParams {
  const q = new URLSearchParams();
  if (format === 'csv') q.set('format', 'csv');
  q.set('scope', 'all');
  for (const key of FILTER_KEYS) if (filters[key]) q.set(key, filters[key]);
  q.set('limit', String(format === 'csv' ? LEDGER_EXPORT_LIMIT : LEDGER_TABLE_LIMIT));
  return q;
}

/** The table's request path (under /api). */
export function ledgerPath(filters: LedgerFilters): string {
  return `/deals?${ledgerParams(filters, 'json').toString()}`;
}

/** The export link: the same filters as the table, as CSV, for the session cookie to authorize. */
export function ledgerCsvHref(filters: LedgerFilters): string {
  return `/api/deals?${ledgerParams(filters, 'csv').toString()}`;
}

/** What is wrong with a pair of dates, if anything. */
export type LedgerFilterProblem = 'badFrom' | 'badTo' | 'fromAfterTo';

function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  // 2026-02-30 parses in some engines by rolling over: it must read back as itself.
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** Checks the dates before asking the server (which would refuse them with INVALID_INPUT). */
export function ledgerFilterProblem(filters: LedgerFilters): LedgerFilterProblem | null {
  if (filters.from && !isDay(filters.from)) return 'badFrom';
  if (filters.to && !isDay(filters.to)) return 'badTo';
  if (filters.from && filters.to && filters.from > filters.to) return 'fromAfterTo';
  return null;
}
