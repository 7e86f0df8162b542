import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DismissButton } from '../../../app/ui/DismissButton';
import { onServer } from '../../../net/gateway';
import { addReminder, REMINDER_TTL_MS, type Reminder } from './reminderQueue';
import { presenterText } from './sessionText';
import './programme.css';

/**
 * "<title> is starting now — Watch": one toast per `session:reminder` (sent to every socket of a user who
 * asked to be reminded), stacked, each until dismissed or {@link REMINDER_TTL_MS}. Mounted once, in the layout;
 * the live region is always there so screen readers announce a toast as it arrives.
 */
export function ReminderToasts() {
  const { t } = useTranslation(['programme', 'common']);
  const [stack, setStack] = useState<Reminder[]>([]);

  useEffect(() => onServer('session:reminder', ({ session }) => setStack((prev) => addReminder(prev, session, Date.now()))), []);
  const dismiss = useCallback((id: string) => setStack((prev) => prev.filter((r) => r.session.id !== id)), []);

  return (
    <section className="reminder-toasts" aria-label={t('programme:toast.region')}>
      <ul aria-live="polite" aria-relevant="additions" className="reminder-toasts__list">
        {stack.map((r) => (
          <ReminderToast key={r.session.id} reminder={r} onDismiss={dismiss} />
        ))}
      </ul>
    </section>
  );
}

function ReminderToast({ reminder, onDismiss }: { reminder: Reminder; onDismiss: (id: string) => void }) {
  const { t } = useTranslation(['programme', 'common']);
  const { session } = reminder;
  const left = useRef(REMINDER_TTL_MS - (Date.now() - reminder.shownAt));
  const [held, setHeld] = useState(false);

  // The clock runs only while nobody is reading it (pointer over it, or focus in it).
  useEffect(() => {
    if (held) return;
    const started = Date.now();
    const timer = setTimeout(() => onDismiss(session.id), Math.max(0, left.current));
    return () => {
      clearTimeout(timer);
      left.current -= Date.now() - started;
    };
  }, [held, onDismiss, session.id]);

  return (
    <li
      className="reminder-toast"
      data-testid="reminder-toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHeld(false);
      }}
    >
      <span className="live-badge" aria-hidden="true">
        {t('programme:session.live')}
      </span>
      <p className="reminder-toast__text">
        <strong>{t('programme:toast.starting', { title: session.title })}</strong>
        <span className="reminder-toast__where">{presenterText(session)}</span>
      </p>
      <Link className="button button--small" to={`/sessions/${encodeURIComponent(session.id)}`} onClick={() => onDismiss(session.id)}>
        {t('programme:toast.watch')}
      </Link>
      <DismissButton className="reminder-toast__close" onClick={() => onDismiss(session.id)} />
    </li>
  );
}
