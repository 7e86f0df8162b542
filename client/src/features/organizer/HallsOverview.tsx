import { formatMoney } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../app/ui/DataTable';
import { ReadState } from '../../app/ui/ReadState';
import { useFormat } from '../../i18n/format';
import { useRefreshable } from '../../lib/useRefreshable';
import { rest } from '../../net/gateway';
import { hallRows, hallTotals } from './hallRows';
import { organizerKeys } from './organizerApi';
import { SectionHead } from './SectionHead';

async function loadHalls(signal: AbortSignal) {
  const [expo, stats] = await Promise.all([rest.expo({ signal }), rest.stats({ signal })]);
  return hallRows(expo.halls, stats.topHalls ?? []);
}

/** Every hall: booths taken, visitors walking it now, live booths, and its deals (count and amount). */
export function HallsOverview() {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['organizer', 'common']);
  const f = useFormat();
  const halls = useRefreshable(organizerKeys.halls(), loadHalls);
  const rows = halls.data;
  const totals = rows ? hallTotals(rows) : null;

  return (
    <section className="card console-section" aria-labelledby="org-halls" data-testid="organizer-halls">
      <SectionHead id="org-halls" title={t('organizer:halls.heading')} read={halls} />
      <p className="muted small">{t('organizer:halls.intro')}</p>
      <ReadState read={halls} failed={(reason) => t('organizer:loadFailed', { reason })} />
      {rows && totals && (
        <DataTable
          caption={t('organizer:halls.heading')}
          columns={[
            t('common:hall'),
            { label: t('organizer:halls.booths'), className: 'num' },
            { label: t('organizer:halls.visitors'), className: 'num' },
            { label: t('organizer:halls.liveBooths'), className: 'num' },
            { label: t('organizer:halls.deals'), className: 'num' },
            { label: t('organizer:halls.amount'), className: 'num' },
          ]}
          foot={
            <tr>
              <th scope="row">{t('organizer:halls.total')}</th>
              <td className="num">
                {t('organizer:halls.boothsOf', { booths: f.count(totals.boothCount), capacity: f.count(totals.capacity) })}
              </td>
              <td className="num">{f.count(totals.visitors)}</td>
              <td className="num">{f.count(totals.liveBooths)}</td>
              <td className="num">{f.count(totals.deals)}</td>
              <td className="num">{formatMoney(totals.amount, lng)}</td>
            </tr>
          }
        >
          {rows.map((h) => (
            <tr key={h.id} data-hall-id={h.id}>
              <th scope="row">
                <Link to={`/hall/${encodeURIComponent(h.id)}?view=list`}>{f.hallName(h)}</Link>
              </th>
              <td className="num">{t('organizer:halls.boothsOf', { booths: f.count(h.boothCount), capacity: f.count(h.capacity) })}</td>
              <td className="num">{f.count(h.visitors)}</td>
              <td className="num">{f.count(h.liveBooths)}</td>
              <td className="num">{f.count(h.deals)}</td>
              <td className="num">{formatMoney(h.amount, lng)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
