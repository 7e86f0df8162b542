import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/ui/DataTable';
import { ReadState } from '../../app/ui/ReadState';
import { useFormat } from '../../i18n/format';
import { useRefreshable } from '../../lib/useRefreshable';
import { statsApi } from './statsApi';

/** The public Merkle roots of each day's deals, with how anyone checks a deal against them. */
export function LedgerRoots() {
  const { t } = useTranslation(['stats', 'common']);
  const f = useFormat();
  const roots = useRefreshable(['ledger', 'roots'], (signal) => statsApi.ledgerRoots({ signal }));
  const items = roots.data?.items ?? [];
  return (
    <section className="card ledger-roots" id="ledger" aria-labelledby="ledger-title" data-testid="ledger-roots">
      <h2 id="ledger-title">{t('stats:ledger.heading')}</h2>
      <p>{t('stats:ledger.intro')}</p>
      <p className="muted small">{t('stats:ledger.how')}</p>
      <ReadState read={roots} failed={() => t('stats:ledger.loadFailed')} />
      {roots.data && items.length === 0 && <p className="muted">{t('stats:ledger.empty')}</p>}
      {items.length > 0 && (
        <DataTable
          caption={t('stats:ledger.heading')}
          className="analytics-table ledger-roots__table"
          columns={[t('stats:ledger.day'), t('stats:ledger.count'), t('stats:ledger.root')]}
        >
          {items.map((r) => (
            <tr key={r.day} data-day={r.day}>
              <th scope="row" className="nowrap">
                {r.day}
              </th>
              <td>{f.count(r.count)}</td>
              <td className="mono ledger-roots__hash">{r.root}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
