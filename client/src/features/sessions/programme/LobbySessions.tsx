import type { LiveSession } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState } from '../../../app/ui/ErrorState';
import { useFormat } from '../../../i18n/format';
import { formatSessionStart } from './programmeDays';
import { presenterText } from './sessionText';
import { useHallNames } from './useHallNames';
import { useSessionLists } from './useSessionLists';
import './programme.css';

const LIVE_SHOWN = 5;
const UPCOMING_SHOWN = 4;

/** The lobby's "Live now" and "Coming up" lists, kept live by `sessions:subscribe`, with a way to the full programme. */
export function LobbySessions({ headingId }: { headingId: string }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['lobby', 'programme']);
  const f = useFormat();
  const { status, lists, retry } = useSessionLists('subscribe');
  const { hallName } = useHallNames();
  const where = (s: LiveSession) => `${presenterText(s)} · ${hallName(s.hallId)}`;

  return (
    <div className="lobby-sessions" data-testid="lobby-sessions">
      <div className="section-head">
        <h2 id={headingId}>{t('lobby:liveHeading')}</h2>
        <Link to="/programme">{t('programme:lobby.programme')}</Link>
      </div>
      {status === 'loading' && <p className="muted">{t('programme:lobby.loading')}</p>}
      {status === 'error' && <ErrorState message={t('programme:lobby.loadFailed')} onRetry={retry} />}
      {status === 'ready' && (
        <>
          {lists.live.length === 0 ? (
            <p className="muted">{t('programme:lobby.noLive')}</p>
          ) : (
            <ul className="session-rows" data-testid="lobby-live">
              {lists.live.slice(0, LIVE_SHOWN).map((s) => (
                <li key={s.id} className="session-row session-row--live">
                  <span className="live-badge">{t('programme:session.live')}</span>
                  <SessionRowBody session={s} where={where(s)} />
                  <span className="session-row__side">
                    {t('programme:session.viewers', { count: s.viewers, formatted: f.count(s.viewers) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h3 className="lobby-sessions__sub">{t('programme:lobby.upcomingHeading')}</h3>
          {lists.upcoming.length === 0 ? (
            <p className="muted">{t('programme:lobby.noUpcoming')}</p>
          ) : (
            <ul className="session-rows" data-testid="lobby-upcoming">
              {lists.upcoming.slice(0, UPCOMING_SHOWN).map((s) => (
                <li key={s.id} className="session-row">
                  <time className="session-row__time" dateTime={new Date(s.startsAt).toISOString()}>
                    {formatSessionStart(s.startsAt, lng)}
                  </time>
                  <SessionRowBody session={s} where={where(s)} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/** A session row's title (linking to the session) and who presents it where. */
function SessionRowBody({ session, where }: { session: LiveSession; where: string }) {
  return (
    <span className="session-row__body">
      <Link className="session-row__title" to={`/sessions/${encodeURIComponent(session.id)}`}>
        {session.title}
      </Link>
      <span className="session-row__where">{where}</span>
    </span>
  );
}
