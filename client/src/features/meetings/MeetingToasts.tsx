import type { Meeting } from '@pavilion/shared';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DismissButton } from '../../app/ui/DismissButton';
import { onServer } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import './meetings.css';

/** How long a meeting toast stays unless dismissed. */
const TOAST_MS = 30_000;
/** Toasts shown at once; an older one gives way. */
const MAX_TOASTS = 3;

type Toast = { key: string; kind: 'starting' | 'booked' | 'cancelled' | 'moved'; meeting: Meeting };

/**
 * The meetings inbox's live edge, as the programme's session reminders do it: "your meeting starts now — Join"
 * (`meeting:reminder`, sent to every socket of both parties), and "new booking", "moved" or "cancelled" as
 * `meeting:updated` tells the other party.
 */
export function MeetingToasts() {
  const { t } = useTranslation(['meetings', 'common']);
  const me = useAppStore((s) => s.user?.id);
  const [stack, setStack] = useState<Toast[]>([]);
  const push = useCallback((toast: Toast) => {
    setStack((prev) => [...prev.filter((x) => x.key !== toast.key), toast].slice(-MAX_TOASTS));
    setTimeout(() => setStack((prev) => prev.filter((x) => x !== toast)), TOAST_MS);
  }, []);
  const dismiss = (key: string) => setStack((prev) => prev.filter((x) => x.key !== key));

  useEffect(() => {
    const offs = [
      onServer('meeting:reminder', ({ meeting }) => push({ key: `start:${meeting.id}`, kind: 'starting', meeting })),
      onServer('meeting:updated', ({ meeting }) => {
        // The first version is the booking: news for the staff member; later ones while booked are moves.
        if (meeting.status === 'booked' && meeting.seq === 1 && meeting.staffId === me)
          push({ key: `m:${meeting.id}`, kind: 'booked', meeting });
        else if (meeting.status === 'booked' && meeting.seq > 1) push({ key: `m:${meeting.id}`, kind: 'moved', meeting });
        else if (meeting.status === 'cancelled') push({ key: `m:${meeting.id}`, kind: 'cancelled', meeting });
      }),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [push, me]);

  return (
    <section className="meeting-toasts" aria-label={t('meetings:toast.region')}>
      <ul aria-live="polite" aria-relevant="additions" className="meeting-toasts__list">
        {stack.map((toast) => {
          const m = toast.meeting;
          const other = m.staffId === me ? m.visitorName : m.staffName;
          return (
            <li key={toast.key} className="reminder-toast meeting-toast" data-testid="meeting-toast">
              <p className="reminder-toast__text">
                <strong>{t(`meetings:toast.${toast.kind}`, { name: other })}</strong>
                <span className="reminder-toast__where">{m.boothName}</span>
              </p>
              <Link
                className="button button--small"
                to={toast.kind === 'starting' ? `/meetings/${encodeURIComponent(m.id)}` : '/meetings'}
                onClick={() => dismiss(toast.key)}
              >
                {toast.kind === 'starting' ? t('meetings:card.join') : t('meetings:toast.open')}
              </Link>
              <DismissButton className="reminder-toast__close" onClick={() => dismiss(toast.key)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
