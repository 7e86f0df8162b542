import { LEDGER_EXPORT_LIMIT, LEDGER_TABLE_LIMIT, ledgerCsvHref, ledgerFilterProblem, ledgerPath, NO_LEDGER_FILTERS } from './ledgerQuery';

const params = (href: string) => Object.fromEntries(new URL(href, 'http://pavilion.test').searchParams);

describe('the ledger query', () => {
  test('the export link carries exactly the applied filters, as CSV of the whole ledger', () => {
    const href = ledgerCsvHref({ type: 'trademark', region: 'HK', source: 'auction', from: '2026-11-01', to: '2026-11-30' });
    expect(href.startsWith('/api/deals?')).toBe(true);
    expect(params(href)).toEqual({
      format: 'csv',
      scope: 'all',
      type: 'trademark',
      region: 'HK',
      source: 'auction',
      from: '2026-11-01',
      to: '2026-11-30',
      limit: String(LEDGER_EXPORT_LIMIT),
    });
  });

  test('filters left at "any" are left out of the export link and of the table’s request', () => {
    expect(params(ledgerCsvHref(NO_LEDGER_FILTERS))).toEqual({ format: 'csv', scope: 'all', limit: String(LEDGER_EXPORT_LIMIT) });
    expect(params(ledgerPath({ ...NO_LEDGER_FILTERS, region: 'OVERSEAS' }))).toEqual({
      scope: 'all',
      region: 'OVERSEAS',
      limit: String(LEDGER_TABLE_LIMIT),
    });
  });

  test('the table and the export ask for the same filters and differ only in format and size', () => {
    const filters = { ...NO_LEDGER_FILTERS, type: 'patent' as const, from: '2026-11-20' };
    const table = params(`/api${ledgerPath(filters)}`);
    const csv = params(ledgerCsvHref(filters));
    const { format, limit, ...csvFilters } = csv;
    const { limit: tableLimit, ...tableFilters } = table;
    expect(format).toBe('csv');
    expect(Number(limit)).toBeGreaterThan(Number(tableLimit));
    expect(csvFilters).toEqual(tableFilters);
  });

  test('dates must be real calendar days, and "from" must not come after "to"', () => {
    expect(ledgerFilterProblem(NO_LEDGER_FILTERS)).toBeNull();
    expect(ledgerFilterProblem({ ...NO_LEDGER_FILTERS, from: '2026-11-01', to: '2026-11-01' })).toBeNull();
    expect(ledgerFilterProblem({ ...NO_LEDGER_FILTERS, from: '2026-02-30' })).toBe('badFrom');
    expect(ledgerFilterProblem({ ...NO_LEDGER_FILTERS, to: '25/11/2026' })).toBe('badTo');
    expect(ledgerFilterProblem({ ...NO_LEDGER_FILTERS, from: '2026-11-30', to: '2026-11-01' })).toBe('fromAfterTo');
  });
});
