import type { LiveSession } from '@pavilion/shared';
import { splitRemaining } from '../auctions/countdownFormat';
import { useServerNow } from '../auctions/serverClock';
import { useSessionsText } from './i18n';

/** A moment as a session line shows it: the time today, or the date and time on another day. */
export function useSessionTime() {
  const { lng } = useSessionsText();
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
  const { tx } = useSessionsText();
  return (
    <span className={`session-status session-status--${status}`} data-testid="session-status">
      {tx(`status.${status}`)}
    </span>
  );
}

/** "Starts 14:00 · in 12:34", "Live since 14:02 · 37 watching", "Ended 15:10". */
export function SessionTimeline({ session }: { session: LiveSession }) {
  const { tx } = useSessionsText();
  const time = useSessionTime();
  const now = useServerNow(1000);
  if (session.status === 'scheduled') {
    const left = now === null ? null : session.startsAt - now;
    let countdown = '';
    if (left !== null) {
      const { days, clock } = splitRemaining(left);
      countdown =
        left <= 0
          ? tx('status.startingSoon')
          : days > 0
            ? tx('status.startsInDays', { count: days, clock })
            : tx('status.startsIn', { clock });
    }
    return (
      <p className="session-timeline">
        <span>{tx('status.startsAt', { time: time(session.startsAt) })}</span>
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
        <span>{tx('status.liveSince', { time: time(session.startedAt ?? session.startsAt) })}</span>
      ) : (
        <span>{tx('status.endedAt', { time: time(session.endedAt ?? session.startsAt) })}</span>
      )}
      {session.status === 'live' && (
        <span className="session-timeline__viewers" data-testid="session-viewers">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 3C4 3 1.5 8 1.5 8S4 13 8 13s6.5-5 6.5-5S12 3 8 3zm0 8a3 3 0 1 1 0-6 3 3 0 0 1 0 6z" fill="currentColor" />
          </svg>
          {tx('status.viewers', { count: session.viewers })}
        </span>
      )}
    </p>
  );
}
