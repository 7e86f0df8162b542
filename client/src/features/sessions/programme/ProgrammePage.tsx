import type { LiveSession } from '@pavilion/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { ErrorState } from '../../../app/ui/ErrorState';
import { usePageTitle } from '../../../app/usePageTitle';
import { useFormat } from '../../../i18n/format';
import { AudienceChip } from '../SessionStatus';
import { dayKey, formatProgrammeDay, formatSessionTime, groupSessionsByDay, nextDay } from './programmeDays';
import { sessionsApi } from './sessionsApi';
import { presenterText } from './sessionText';
import { useHallNames } from './useHallNames';
import { useReminders } from './useReminders';
import { useSessionLists } from './useSessionLists';
import './programme.css';

type Reminders = ReturnType<typeof useReminders>;

/** `/programme`: every live and upcoming session of the expo (or of one hall), by day, with reminders and calendar files. */
export default function ProgrammePage() {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['programme', 'common']);
  usePageTitle(t('programme:page.title'));
  const [params, setParams] = useSearchParams();
  const hallId = params.get('hall') || null;
  const { halls, hallName } = useHallNames();
  const { status, lists, retry } = useSessionLists('rest', hallId);
  const reminders = useReminders();
  const location = useLocation();
  const filterId = useId();
  const zone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);
  const days = useMemo(() => groupSessionsByDay(lists.upcoming, zone), [lists.upcoming, zone]);
  const today = dayKey(Date.now(), zone);

  const dayTitle = (day: string) => {
    const date = formatProgrammeDay(day, lng);
    if (day === today) return `${t('programme:page.today')} · ${date}`;
    if (day === nextDay(today)) return `${t('programme:page.tomorrow')} · ${date}`;
    return date;
  };

  return (
    <div className="page programme">
      <header className="page-header programme__header">
        <div>
          <h1>{t('programme:page.title')}</h1>
          <p className="muted">{t('programme:page.intro')}</p>
          <p className="small muted">{t('programme:page.timeZone', { zone })}</p>
        </div>
        <div className="programme__tools">
          <div className="field">
            <label htmlFor={filterId}>{t('common:hall')}</label>
            <select
              id={filterId}
              value={hallId ?? ''}
              onChange={(e) => setParams(e.target.value ? { hall: e.target.value } : {}, { replace: true })}
            >
              <option value="">{t('programme:page.allHalls')}</option>
              {(halls ?? []).map((h) => (
                <option key={h.id} value={h.id}>
                  {hallName(h.id)}
                </option>
              ))}
              {hallId && !halls?.some((h) => h.id === hallId) && <option value={hallId}>{hallName(hallId)}</option>}
            </select>
          </div>
          <a className="button button--ghost button--small" href={sessionsApi.programmeIcsUrl(hallId)} download data-testid="programme-ics">
            <CalendarIcon />
            {hallId ? t('programme:page.calendarHall') : t('programme:page.calendarAll')}
          </a>
        </div>
      </header>

      {reminders.authKnown && !reminders.signedIn && (
        <p className="notice programme__guest">
          <Link to="/login" state={{ from: location.pathname + location.search }}>
            {t('common:signIn')}
          </Link>{' '}
          {t('programme:reminders.signInHint')}
        </p>
      )}

      {status === 'loading' && (
        <p className="muted" role="status">
          {t('programme:page.loading')}
        </p>
      )}
      {status === 'error' && <ErrorState message={t('programme:page.loadFailed')} onRetry={retry} />}
      {status === 'ready' && (
        <>
          <section aria-labelledby="programme-live" className="programme__section">
            <h2 id="programme-live">
              <span className="live-dot-icon" aria-hidden="true" />
              {t('programme:page.liveHeading')}
            </h2>
            {lists.live.length === 0 ? (
              <p className="muted">{t('programme:page.noLive')}</p>
            ) : (
              <ul className="programme__list" data-testid="programme-live">
                {lists.live.map((s) => (
                  <ProgrammeItem key={s.id} session={s} hall={hallName(s.hallId)} reminders={reminders} level={3} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="programme-upcoming" className="programme__section">
            <h2 id="programme-upcoming">{t('programme:page.upcomingHeading')}</h2>
            {days.length === 0 && <p className="muted">{hallId ? t('programme:page.noUpcomingHall') : t('programme:page.noUpcoming')}</p>}
            {days.map(({ day, sessions }) => (
              <section key={day} aria-labelledby={`day-${day}`} className="programme__day">
                <h3 id={`day-${day}`}>
                  {dayTitle(day)} <span className="muted">({t('programme:page.sessions', { count: sessions.length })})</span>
                </h3>
                <ul className="programme__list" data-testid="programme-upcoming">
                  {sessions.map((s) => (
                    <ProgrammeItem key={s.id} session={s} hall={hallName(s.hallId)} reminders={reminders} level={4} />
                  ))}
                </ul>
              </section>
            ))}
          </section>
          <PastReplays hallId={hallId} hallName={hallName} />
        </>
      )}
    </div>
  );
}

/** Ended sessions that left a replay, most recent first. */
function PastReplays({ hallId, hallName }: { hallId: string | null; hallName: (id: string) => string }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['programme']);
  const ended = useQuery({
    queryKey: ['sessions', 'ended', hallId],
    queryFn: ({ signal }) => sessionsApi.ended(hallId, 100, { signal }),
  });
  const replays = (ended.data?.items ?? []).filter((s) => s.recording);
  return (
    <section aria-labelledby="programme-replays" className="programme__section">
      <h2 id="programme-replays">{t('programme:page.replaysHeading')}</h2>
      {ended.isSuccess && replays.length === 0 && <p className="muted">{t('programme:page.noReplays')}</p>}
      <ul className="programme__list" data-testid="programme-replays">
        {replays.map((s) => {
          const at = s.startedAt ?? s.startsAt;
          const minutes = Math.max(1, Math.round((s.recording?.durationMs ?? 0) / 60_000));
          return (
            <li key={s.id} className="programme-item" data-session-id={s.id}>
              <div className="programme-item__time">
                <time dateTime={new Date(at).toISOString()}>{formatSessionTime(at, lng)}</time>
              </div>
              <div className="programme-item__body">
                <h3 className="programme-item__title">{s.title}</h3>
                <p className="programme-item__where">
                  {presenterText(s)}
                  <span className="chip">{hallName(s.hallId)}</span>
                  <AudienceChip audience={s.audience} />
                  <span className="muted small"> · {t('programme:session.minutes', { minutes })}</span>
                </p>
              </div>
              <Link
                className="button button--small"
                to={`/sessions/${encodeURIComponent(s.id)}`}
                aria-label={t('programme:session.replayLabel', { title: s.title })}
              >
                {t('programme:session.replay')}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** One session of the programme: when, what, where, and what you can do with it. */
function ProgrammeItem({
  session: s,
  hall,
  reminders,
  level,
}: {
  session: LiveSession;
  hall: string;
  reminders: Reminders;
  /** The title's heading level under its section (live: h3; upcoming, under its day: h4). */
  level: 3 | 4;
}) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const titleId = useId();
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['programme', 'common']);
  const f = useFormat();
  const live = s.status === 'live';
  const on = reminders.reminded.has(s.id);
  const when = formatSessionTime(live ? (s.startedAt ?? s.startsAt) : s.startsAt, lng);
  const href = `/sessions/${encodeURIComponent(s.id)}`;
  return (
    <li className={live ? 'programme-item programme-item--live' : 'programme-item'} data-session-id={s.id}>
      <div className="programme-item__time">
        {live ? <span className="live-badge">{t('programme:session.live')}</span> : null}
        <time dateTime={new Date(live ? (s.startedAt ?? s.startsAt) : s.startsAt).toISOString()}>{when}</time>
      </div>
      <div className="programme-item__body">
        <Heading className="programme-item__title" id={titleId}>
          <Link to={href}>{s.title}</Link>
        </Heading>
        <p className="programme-item__where">
          {presenterText(s)}
          <span className="chip">{hall}</span>
          <AudienceChip audience={s.audience} />
        </p>
        {s.description && <p className="programme-item__desc">{s.description}</p>}
        <p className="programme-item__host small muted">
          {t('programme:session.host', { name: s.hostName })}
          {live && ` · ${t('programme:session.viewers', { count: s.viewers, formatted: f.count(s.viewers) })}`}
        </p>
        {reminders.failedId === s.id && (
          <p className="field-error" role="alert">
            {t('programme:reminders.failed', { title: s.title })}
          </p>
        )}
      </div>
      <div className="programme-item__actions">
        {live ? (
          <Link className="button button--small" to={href} aria-label={t('programme:session.watchLabel', { title: s.title })}>
            {t('programme:session.watch')}
          </Link>
        ) : (
          reminders.signedIn && (
            <button
              type="button"
              className={on ? 'button button--small remind-toggle remind-toggle--on' : 'button button--ghost button--small remind-toggle'}
              aria-describedby={titleId}
              disabled={reminders.busy.has(s.id)}
              onClick={() => void reminders.toggle(s.id)}
            >
              <BellIcon />
              {on ? t('programme:reminders.reminded') : t('programme:reminders.remind')}
            </button>
          )
        )}
        <a
          className="programme-item__ics"
          href={sessionsApi.icsUrl(s.id)}
          download
          aria-label={t('programme:session.calendarLabel', { title: s.title })}
        >
          <CalendarIcon />
          {t('programme:session.calendar')}
        </a>
      </div>
    </li>
  );
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <rect x="1.5" y="3" width="13" height="11.5" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

function BellIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M8 1.8a4 4 0 0 0-4 4v2.6L2.6 11h10.8L12 8.4V5.8a4 4 0 0 0-4-4ZM6.4 12.8a1.7 1.7 0 0 0 3.2 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
    </svg>
  );
}
