import { stringify } from 'csv-stringify/sync';

/** One CSV cell: text, or a count (numbers are never taken for formulas, so `-1` stays a number). */
export type CsvCell = string | number;

/**
 * Rows as RFC 4180 CSV (CRLF, quoted where needed) that is safe to open in a spreadsheet: a text cell
 * starting with `=`, `+`, `-`, `@`, a tab or a CR (or their full-width forms) gets a leading `'`, so a
 * visitor's display name or an exhibit title can never run as a formula on an exhibitor's machine.
 * Quoting alone does not stop that: spreadsheets unquote first, then evaluate. Any CR or LF in a cell is
 * quoted (the library quotes only the record delimiter by default once one is chosen).
 */
export function toCsv(columns: readonly string[], rows: CsvCell[][]): string {
  return stringify(rows, {
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}
