import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatElapsed, useFormat } from '../../i18n/format';
import { type BoothVisitor, rest, serverNowOrLocal, socketId } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';

/** Occupancy reports closer together than this are read as one refresh of the list (ms). */
const REFRESH_COALESCE_MS = 250;

type ListState = { status: 'loading' | 'ready' | 'error'; visitors: BoothVisitor[] };

/**
 * "Who is in my booth now": the booth's staff see each visitor's name, organization and time in the booth.
 * The list is read again whenever the server reports the booth's occupancy changed (`booth:occupancy`
 * reaches the organization's staff wherever they are) and after a reconnect.
 */
export function BoothVisitors({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['exhibitor', 'common']);
  const f = useFormat();
  const seq = useAppStore((s) => s.occupancy[boothId]?.seq ?? 0);
  const online = useAppStore((s) => s.connection === 'online');
  const orgName = useAppStore((s) => s.user?.orgName);
  const [state, setState] = useState<ListState>({ status: 'loading', visitors: [] });
  const [attempt, setAttempt] = useState(0);
  const [now, setNow] = useState(() => serverNowOrLocal());

  // biome-ignore lint/correctness/useExhaustiveDependencies: `seq`, `online` and `attempt` are the refresh triggers
  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      rest
        .boothVisitors(boothId, { signal: abort.signal })
        .then(({ visitors }) => {
          setNow(serverNowOrLocal());
          setState({ status: 'ready', visitors });
        })
        .catch((error: unknown) => {
          if (abort.signal.aborted) return;
          if (error instanceof DOMException && error.name === 'AbortError') return;
          setState((prev) => ({ status: prev.status === 'ready' ? 'ready' : 'error', visitors: prev.visitors }));
        });
    }, REFRESH_COALESCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [boothId, seq, online, attempt]);

  // The time in the booth ticks while anyone is there.
  const anyone = state.visitors.length > 0;
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
          {t('exhibitor:visitors.count', { count: state.visitors.length, formatted: f.count(state.visitors.length) })}
        </span>
      </div>
      <p className="muted small">{t('exhibitor:visitors.intro')}</p>
      {state.status === 'loading' && <p className="muted">{t('common:loading')}</p>}
      {state.status === 'error' && (
        <p role="alert">
          {t('common:loadFailed')}{' '}
          <button type="button" className="link-button" onClick={() => setAttempt((n) => n + 1)}>
            {t('common:retry')}
          </button>
        </p>
      )}
      {state.status === 'ready' && !anyone && <p className="empty booth-visitors__empty">{t('exhibitor:visitors.empty')}</p>}
      {anyone && (
        <table className="leads">
          <caption className="visually-hidden">{t('exhibitor:visitors.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exhibitor:visitors.name')}</th>
              <th scope="col">{t('common:organization')}</th>
              <th scope="col">{t('exhibitor:visitors.timeIn')}</th>
            </tr>
          </thead>
          <tbody>
            {state.visitors.map((v) => (
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
          </tbody>
        </table>
      )}
    </section>
  );
}
