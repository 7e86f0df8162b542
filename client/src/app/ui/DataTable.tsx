import type { ReactNode } from 'react';

/** A column's heading: its text, or the text with the heading cell's class (`num` right-aligns figures) and whether only screen readers hear it. */
export type ColumnHead = string | { label: string; className?: string; hiddenLabel?: boolean };

/**
 * A table of records: a caption for screen readers, one row of column headings, the rows the caller gives,
 * and any rows under them. By default it is a console table (`leads analytics-table`) in a box that scrolls
 * sideways on narrow screens; `scroll={false}` leaves the box out where the caller scrolls it another way.
 */
export function DataTable({
  caption,
  columns,
  className = 'leads analytics-table',
  scroll = true,
  testId,
  foot,
  children,
}: {
  caption?: string;
  columns: readonly ColumnHead[];
  className?: string;
  scroll?: boolean;
  testId?: string;
  /** Rows under the records (totals). */
  foot?: ReactNode;
  children: ReactNode;
}) {
  const table = (
    <table className={className} data-testid={testId}>
      {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => {
            const {
              label,
              className: cellClass,
              hiddenLabel,
            } = typeof column === 'string' ? { label: column, className: undefined, hiddenLabel: false } : column;
            return (
              <th key={label} scope="col" className={cellClass}>
                {hiddenLabel ? <span className="visually-hidden">{label}</span> : label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot !== undefined && <tfoot>{foot}</tfoot>}
    </table>
  );
  return scroll ? <div className="table-scroll">{table}</div> : table;
}
