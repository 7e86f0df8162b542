import type { ReactNode } from 'react';

/** A column's heading: its text, or the text with the heading cell's class (`num` right-aligns figures) and whether only screen readers hear it. */
export type ColumnHead = string | { label: string; className?: string; hiddenLabel?: boolean };

/**
 * A table of records: a caption for screen readers, one row of column headings, and the rows the caller
 * gives. `scrollClass` wraps it in a box that scrolls sideways on narrow screens.
 */
export function DataTable({
  caption,
  columns,
  className,
  scrollClass,
  testId,
  foot,
  children,
}: {
  caption?: string;
  columns: readonly ColumnHead[];
  className: string;
  scrollClass?: string;
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
  return scrollClass ? <div className={scrollClass}>{table}</div> : table;
}
