import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { DataTable } from '../../app/ui/DataTable';
import { formatDateTime } from '../../i18n/format';
import { dataroomApi, dataroomKeys } from './dataroomApi';

/** The exhibit's access log for its booth staff: who accepted, viewed and downloaded what, and whether the chain verifies. */
export function AccessLog({ exhibitId }: { exhibitId: string }) {
  const { t, i18n } = useTranslation(['dataroom']);
  const log = useQuery({
    queryKey: dataroomKeys.accessLog(exhibitId),
    queryFn: ({ signal }) => dataroomApi.accessLog(exhibitId, { signal }),
    refetchInterval: 15_000,
  });
  if (log.error) return <p role="alert">{apiErrorText(log.error)}</p>;
  if (!log.data) return null;
  const { entries, valid } = log.data;
  return (
    <section className="data-room__log" aria-labelledby={`log-${exhibitId}`}>
      <h5 id={`log-${exhibitId}`}>
        {t('dataroom:log.heading')}{' '}
        <span
          className={valid ? 'data-room__chain data-room__chain--ok' : 'data-room__chain data-room__chain--broken'}
          data-testid="chain-status"
        >
          {valid ? t('dataroom:log.verified') : t('dataroom:log.broken')}
        </span>
      </h5>
      {entries.length === 0 ? (
        <p className="muted">{t('dataroom:log.empty')}</p>
      ) : (
        <DataTable
          scroll={false}
          className="data-room__log-table"
          columns={['#', t('dataroom:log.when'), t('dataroom:log.who'), t('dataroom:log.what'), t('dataroom:log.hash')]}
        >
          {[...entries].reverse().map((e) => (
            <tr key={e.seq}>
              <td>{e.seq}</td>
              <td>{formatDateTime(e.at, i18n.language)}</td>
              <td>{e.byName ?? e.by}</td>
              <td>{t(`dataroom:log.type.${e.type}`)}</td>
              <td className="mono" title={e.hash}>
                {e.hash.slice(0, 12)}…
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
