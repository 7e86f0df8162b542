import type { LiveSession } from '@pavilion/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerNow } from '../../net/gateway';
import { splitRemaining } from '../auctions';

/** A moment as a session line shows it: the time today, or the date and time on another day. */
export function useSessionTime() {
  const {
    i18n: { language: lng },
  } = useTranslation(['sessions']);
  return (at: number) => {
    const sameDay = new Date(at).toDateString() === new Date().toDateString();
    return new Intl.DateTimeFormat(
      lng,
      sameDay
        ? { hour: '2-digit', minute: '2-digit' }
        : { month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' },
    ).format(at);
  };
}

/** The status chip: scheduled, live (pulsing dot) or ended. */
export function StatusChip({ status }: { status: LiveSession['status'] }) {
  const { t } = useTranslation(['sessions']);
  return (
    <span className={`session-status session-status--${status}`} data-testid="session-status">
      {t(`sessions:status.${status}`)}
    </span>
  );
}

/** Who may watch: a chip saying "Signed-in visitors only" (or, where `always`, "Open to everyone"). */
export function AudienceChip({ audience, always = false }: { audience: LiveSession['audience']; always?: boolean }) {
  const { t } = useTranslation(['sessions']);
  if (audience === 'public' && !always) return null;
  return (
    <span className={`chip session-audience session-audience--${audience}`} data-testid="session-audience" data-audience={audience}>
      {audience === 'registered' ? t('sessions:audience.chipRegistered') : t('sessions:audience.chipPublic')}
    </span>
  );
}

/** The host's choice of who may watch, for the forms that start or schedule a session. */
export function AudienceSelect({
  value,
  onChange,
  disabled,
}: {
  value: LiveSession['audience'];
  onChange: (audience: LiveSession['audience']) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation(['sessions']);
  const id = useId();
  return (
    <div className="field session-audience-field">
      <label htmlFor={id}>{t('sessions:audience.label')}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value === 'registered' ? 'registered' : 'public')}
        data-testid="audience-select"
      >
        <option value="public">{t('sessions:audience.public')}</option>
        <option value="registered">{t('sessions:audience.registered')}</option>
      </select>
    </div>
  );
}

/** "Starts 14:00 · in 12:34", "Live since 14:02 · 37 watching", "Ended 15:10". */
export function SessionTimeline({ session }: { session: LiveSession }) {
  const { t } = useTranslation(['sessions']);
  const time = useSessionTime();
  const now = useServerNow(1000);
  if (session.status === 'scheduled') {
    const left = now === null ? null : session.startsAt - now;
    let countdown = '';
    if (left !== null) {
      const { days, clock } = splitRemaining(left);
      countdown =
        left <= 0
          ? t('sessions:status.startingSoon')
          : days > 0
            ? t('sessions:status.startsInDays', { count: days, clock })
            : t('sessions:status.startsIn', { clock });
    }
    return (
      <p className="session-timeline">
        <span>{t('sessions:status.startsAt', { time: time(session.startsAt) })}</span>
        {countdown && (
          <span className="session-timeline__countdown" data-testid="session-countdown">
            {countdown}
          </span>
        )}
      </p>
    );
  }
  return (
    <p className="session-timeline">
      {session.status === 'live' ? (
        <span>{t('sessions:status.liveSince', { time: time(session.startedAt ?? session.startsAt) })}</span>
      ) : (
        <span>{t('sessions:status.endedAt', { time: time(session.endedAt ?? session.startsAt) })}</span>
      )}
      {session.status === 'live' && (
        <span className="session-timeline__viewers" data-testid="session-viewers">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 3C4 3 1.5 8 1.5 8S4 13 8 13s6.5-5 6.5-5S12 3 8 3zm0 8a3 3 0 1 1 0-6 3 3 0 0 1 0 6z" fill="currentColor" />
          </svg>
          {t('sessions:status.viewers', { count: session.viewers })}
        </span>
      )}
    </p>
  );
}
