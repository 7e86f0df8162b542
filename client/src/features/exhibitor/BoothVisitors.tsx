import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/ui/DataTable';
import { ReadState } from '../../app/ui/ReadState';
import { formatElapsed, useFormat } from '../../i18n/format';
import { useRefreshable } from '../../lib/useRefreshable';
import { rest, serverNowOrLocal, socketId } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { exhibitorKeys } from './exhibitorKeys';

/**
 * "Who is in my booth now": the booth's staff see each visitor's name, organization and time in the booth.
 * The list is read again whenever the server reports the booth's occupancy changed (`booth:occupancy`
 * reaches the organization's staff wherever they are, and invalidates this read) and after a reconnect.
 */
export function BoothVisitors({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['exhibitor', 'common']);
  const f = useFormat();
  const orgName = useAppStore((s) => s.user?.orgName);
  const list = useRefreshable(exhibitorKeys.boothVisitors(boothId), (signal) =>
    rest.boothVisitors(boothId, { signal }).then((a) => a.visitors),
  );
  const visitors = list.data ?? [];
  const [now, setNow] = useState(() => serverNowOrLocal());

  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh list is measured against a fresh clock
  useEffect(() => setNow(serverNowOrLocal()), [list.data]);

  // The time in the booth ticks while anyone is there.
  const anyone = visitors.length > 0;
  useEffect(() => {
    if (!anyone) return;
    const timer = setInterval(() => setNow(serverNowOrLocal()), 1000);
    return () => clearInterval(timer);
  }, [anyone]);

  const me = socketId();
  return (
    <section className="card booth-visitors" aria-labelledby="booth-visitors" data-testid="booth-visitors">
      <div className="section-head">
        <h2 id="booth-visitors">{t('exhibitor:visitors.title')}</h2>
        <span className="booth-visitors__count" aria-live="polite">
          <span className={anyone ? 'presence-dot presence-dot--on' : 'presence-dot'} aria-hidden="true" />
          {t('exhibitor:visitors.count', { count: visitors.length, formatted: f.count(visitors.length) })}
        </span>
      </div>
      <p className="muted small">{t('exhibitor:visitors.intro')}</p>
      <ReadState read={list} failed={() => t('common:loadFailed')} />
      {list.data && !anyone && <p className="empty booth-visitors__empty">{t('exhibitor:visitors.empty')}</p>}
      {anyone && (
        <DataTable
          scroll={false}
          caption={t('exhibitor:visitors.title')}
          className="leads"
          columns={[t('exhibitor:visitors.name'), t('common:organization'), t('exhibitor:visitors.timeIn')]}
        >
          {visitors.map((v) => (
            <tr key={v.socketId} data-visitor={v.name}>
              <th scope="row">
                <span className="leads__name">{v.userId ? v.name : t('exhibitor:visitors.guest')}</span>
                {v.socketId === me && <span className="chip chip--muted">{t('exhibitor:visitors.you')}</span>}
                {v.socketId !== me && orgName && v.orgName === orgName && (
                  <span className="chip chip--muted">{t('exhibitor:visitors.yourTeam')}</span>
                )}
              </th>
              <td>{v.orgName ?? <span className="muted">{t('common:orgKind.individual')}</span>}</td>
              <td className="mono">
                <time dateTime={new Date(v.enteredAt).toISOString()}>{formatElapsed(now - v.enteredAt)}</time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
