import type { LeaderRow } from '@pavilion/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../app/ui/DataTable';
import { RegionBadge } from '../../app/ui/RegionBadge';
import { useFormat } from '../../i18n/format';

interface BoardProps {
  /** What is ranked: names the board's heading (`stats:leaders.<board>`), its id and its test id (`top-<board>`). */
  board: 'halls' | 'exhibitors';
  nameHeading: string;
  rows: readonly LeaderRow[];
  name: (row: LeaderRow) => ReactNode;
}

/** A ranked table with a bar showing each row's share of the leader's amount. */
function LeaderBoard({ board, nameHeading, rows, name }: BoardProps) {
  const { t } = useTranslation(['stats', 'common']);
  const f = useFormat();
  const top = rows[0]?.amount.amount ?? 0;
  const id = `stats-${board}-title`;
  return (
    <section className="card stats-leaders" aria-labelledby={id}>
      <h2 id={id}>{t(`stats:leaders.${board}`)}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('stats:leaders.noExhibitors')}</p>
      ) : (
        <DataTable
          scroll={false}
          className="table leader-table"
          testId={`top-${board}`}
          columns={[
            { label: t('stats:leaders.rank'), className: 'leader-table__rank', hiddenLabel: true },
            nameHeading,
            { label: t('stats:leaders.deals'), className: 'num leader-table__deals' },
            { label: t('stats:leaders.value'), className: 'num' },
          ]}
        >
          {rows.map((row, i) => (
            <tr key={row.id}>
              <td className="leader-table__rank">{f.count(i + 1)}</td>
              <th scope="row">
                <span className="leader-table__name">{name(row)}</span>
                <span className="leader-table__count">
                  {t('stats:headline.typeDeals', { count: row.count, formatted: f.count(row.count) })}
                </span>
                <span className="leader-bar" aria-hidden="true">
                  <span style={{ width: `${top > 0 ? Math.max(1, (row.amount.amount / top) * 100) : 0}%` }} />
                </span>
              </th>
              <td className="num leader-table__deals">{f.count(row.count)}</td>
              <td className="num" title={f.price(row.amount)}>
                {f.headline(row.amount)}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** Every hall by deal value, each linking to its hall. */
export function TopHalls({ rows }: { rows: readonly LeaderRow[] }) {
  const { t } = useTranslation(['stats', 'common']);
  const f = useFormat();
  return (
    <LeaderBoard
      board="halls"
      nameHeading={t('common:hall')}
      rows={rows}
      name={(row) => <Link to={`/hall/${encodeURIComponent(row.id)}`}>{f.hallName(row)}</Link>}
    />
  );
}

/** The exhibitors with the largest deal value (at most ten), with their region. */
export function TopExhibitors({ rows }: { rows: readonly LeaderRow[] }) {
  const { t } = useTranslation(['stats', 'common']);
  return (
    <LeaderBoard
      board="exhibitors"
      nameHeading={t('stats:leaders.exhibitor')}
      rows={rows}
      name={(row) => (
        <>
          {row.name}
          {row.region && <RegionBadge region={row.region} />}
        </>
      )}
    />
  );
}
