import type { AudienceKind, LiveSession } from '@pavilion/shared';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { onServer, serverNowOrLocal, socketRequest } from '../../net/gateway';
import { AudienceChip, AudienceSelect, StatusChip, useSessionTime } from './SessionStatus';
import { sessionApi } from './sessionApi';
import { useSessionErrorText, useSessionStep } from './useSessionErrorText';
import './sessions.css';
import { FailedLine } from '../../app/ui/ErrorState';
import { FormMessage, type FormOutcome } from '../../app/ui/FormMessage';
import { Refusal } from '../../app/ui/Refusal';

const TITLE_MIN = 2;
const TITLE_MAX = 120;
const DESCRIPTION_MAX = 1000;

/** Live first, then upcoming (soonest first), then ended (latest first). */
function programmeOrder(a: LiveSession, b: LiveSession): number {
  const rank = { live: 0, scheduled: 1, ended: 2 } as const;
  return (
    rank[a.status] - rank[b.status] ||
    (a.status === 'ended' ? (b.endedAt ?? b.startsAt) - (a.endedAt ?? a.startsAt) : a.startsAt - b.startsAt)
  );
}

/** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local input takes it. */
function localInputValue(at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The next full hour from now, a sensible first guess for a start time. */
function nextFullHour(now: number): number {
  const d = new Date(now);
  d.setMinutes(0, 0, 0);
  return d.getTime() + 3_600_000;
}

/**
 * The exhibitor console's live sessions: the booth's sessions (`GET /api/sessions?boothId=`), each linking
 * to its page, and a form to schedule one or go live now (`session:start`).
 */
export function HostSessions({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['sessions', 'common']);
  const headingId = useId();
  const [list, setList] = useState<{ status: 'loading' | 'ready' | 'error'; items: LiveSession[] }>({ status: 'loading', items: [] });

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const { items } = await sessionApi.list({ boothId, limit: 100 }, { signal });
        setList({ status: 'ready', items: [...items].sort(programmeOrder) });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setList((prev) => (prev.status === 'ready' ? prev : { status: 'error', items: [] }));
      }
    },
    [boothId],
  );

  useEffect(() => {
    const abort = new AbortController();
    void load(abort.signal);
    // Changes made elsewhere (a colleague, or the session page) reach this list if this socket hears them.
    const off = onServer('session:updated', ({ session }) => {
      if (session.boothId !== boothId) return;
      setList((prev) => ({ ...prev, items: [session, ...prev.items.filter((s) => s.id !== session.id)].sort(programmeOrder) }));
    });
    return () => {
      abort.abort();
      off();
    };
  }, [boothId, load]);

  return (
    <section className="card console-grid__wide host-sessions" aria-labelledby={headingId} id="live-sessions" data-testid="host-sessions">
      <h2 id={headingId}>{t('sessions:schedule.heading')}</h2>
      <p className="muted">{t('sessions:schedule.intro')}</p>
      <div className="host-sessions__layout">
        <StartForm boothId={boothId} onScheduled={() => void load()} />
        <div className="host-sessions__list">
          <h3 className="section-title">{t('sessions:schedule.listLabel')}</h3>
          {list.status === 'loading' && <p className="muted">{t('sessions:schedule.loading')}</p>}
          {list.status === 'error' && <FailedLine message={t('sessions:schedule.loadFailed')} onRetry={() => void load()} />}
          {list.status === 'ready' && list.items.length === 0 && <p className="muted">{t('sessions:schedule.none')}</p>}
          {list.items.length > 0 && (
            <ul className="host-sessions__items">
              {list.items.map((s) => (
                <SessionRow key={s.id} session={s} />
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

function SessionRow({ session }: { session: LiveSession }) {
  const { t } = useTranslation(['sessions', 'common']);
  const time = useSessionTime();
  const navigate = useNavigate();
  const { busy, error, run } = useSessionStep();
  const href = `/sessions/${encodeURIComponent(session.id)}`;
  const when =
    session.status === 'live'
      ? t('sessions:status.liveSince', { time: time(session.startedAt ?? session.startsAt) })
      : session.status === 'ended'
        ? t('sessions:status.endedAt', { time: time(session.endedAt ?? session.startsAt) })
        : t('sessions:status.startsAt', { time: time(session.startsAt) });

  const startNow = () =>
    run(async () => {
      const { session: started } = await socketRequest('session:start', {
        boothId: session.boothId,
        title: session.title,
        sessionId: session.id,
      });
      navigate(`/sessions/${encodeURIComponent(started.id)}`);
    });

  return (
    <li className={`host-session host-session--${session.status}`} data-session-id={session.id}>
      <div className="host-session__main">
        <p className="host-session__title">
          <StatusChip status={session.status} /> <Link to={href}>{session.title}</Link> <AudienceChip audience={session.audience} />
        </p>
        <p className="muted small">{when}</p>
        <Refusal error={error} />
      </div>
      <p className="host-session__actions">
        {session.status === 'scheduled' && (
          <button type="button" className="button button--small" disabled={busy} onClick={() => void startNow()}>
            {t('sessions:schedule.startNow')}
          </button>
        )}
        <Link className={session.status === 'live' ? 'button button--small' : 'button button--ghost button--small'} to={href}>
          {session.status === 'live' ? t('sessions:schedule.host') : t('sessions:schedule.open')}
        </Link>
      </p>
    </li>
  );
}

function StartForm({ boothId, onScheduled }: { boothId: string; onScheduled: () => void }) {
  const { t } = useTranslation(['sessions', 'common']);
  const time = useSessionTime();
  const navigate = useNavigate();
  const errorText = useSessionErrorText();
  const ids = { title: useId(), description: useId(), startsAt: useId(), hint: useId() };
  const [title, setTitle] = useState('');
  const [record, setRecord] = useState(true);
  const [audience, setAudience] = useState<AudienceKind>('public');
  const [description, setDescription] = useState('');
  const [startsAt, setStartsAt] = useState(() => localInputValue(nextFullHour(Date.now())));
  const [busy, setBusy] = useState<'now' | 'schedule' | null>(null);
  const [message, setMessage] = useState<FormOutcome | null>(null);

  async function submit(mode: 'now' | 'schedule', e?: FormEvent) {
    e?.preventDefault();
    const cleanTitle = title.trim();
    const cleanDescription = description.trim();
    if (cleanTitle.length < TITLE_MIN || cleanTitle.length > TITLE_MAX) {
      setMessage({ kind: 'error', text: t('sessions:schedule.invalid.title') });
      return;
    }
    if (cleanDescription.length > DESCRIPTION_MAX) {
      setMessage({ kind: 'error', text: t('sessions:schedule.invalid.description') });
      return;
    }
    let at: number | undefined;
    if (mode === 'schedule') {
      at = startsAt ? new Date(startsAt).getTime() : Number.NaN;
      // The server's clock decides what "the future" is; a start a few seconds away would just go live.
      if (!Number.isFinite(at) || at <= serverNowOrLocal() + 30_000) {
        setMessage({ kind: 'error', text: t('sessions:schedule.invalid.startsAt') });
        return;
      }
    }
    setBusy(mode);
    setMessage(null);
    try {
      const { session } = await socketRequest('session:start', {
        boothId,
        title: cleanTitle,
        ...(cleanDescription ? { description: cleanDescription } : {}),
        ...(at !== undefined ? { startsAt: at } : {}),
        record,
        audience,
      });
      if (mode === 'now') {
        navigate(`/sessions/${encodeURIComponent(session.id)}`);
        return;
      }
      setMessage({ kind: 'ok', text: t('sessions:schedule.created', { title: session.title, time: time(session.startsAt) }) });
      setTitle('');
      setDescription('');
      onScheduled();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <form className="form host-sessions__form" onSubmit={(e) => void submit('schedule', e)} noValidate>
      <div className="field">
        <label htmlFor={ids.title}>{t('sessions:schedule.title')}</label>
        <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={TITLE_MAX} required />
      </div>
      <div className="field">
        <label htmlFor={ids.description}>{t('sessions:schedule.description')}</label>
        <textarea
          id={ids.description}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={2}
          maxLength={DESCRIPTION_MAX}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.startsAt}>{t('sessions:schedule.startsAt')}</label>
        <input
          id={ids.startsAt}
          type="datetime-local"
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          aria-describedby={ids.hint}
        />
        <p className="hint" id={ids.hint}>
          {t('sessions:schedule.startsAtHint')}
        </p>
      </div>
      <AudienceSelect value={audience} onChange={setAudience} disabled={busy !== null} />
      <label className="checkbox">
        <input type="checkbox" checked={record} onChange={(e) => setRecord(e.target.checked)} data-testid="record-toggle" />
        <span>{t('sessions:schedule.record')}</span>
      </label>
      <FormMessage message={message} />
      <p className="actions-row">
        <button type="button" className="button" disabled={busy !== null} onClick={() => void submit('now')}>
          {busy === 'now' ? t('sessions:host.starting') : t('sessions:schedule.goLiveNow')}
        </button>
        <button type="submit" className="button button--ghost" disabled={busy !== null}>
          {t('sessions:schedule.schedule')}
        </button>
      </p>
    </form>
  );
}
