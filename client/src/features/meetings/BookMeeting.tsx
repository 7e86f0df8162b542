import type { Booth, Exhibit } from '@pavilion/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { ErrorState } from '../../app/ui/ErrorState';
import { Refusal } from '../../app/ui/Refusal';
import { useDisclosure } from '../../lib/useDisclosure';
import { useAppStore } from '../../store/appStore';
import { meetingKeys, meetingsApi } from './meetingsApi';
import { formatSlotRange, viewerTimeZone } from './meetingTime';
import { useBoothSlots } from './useBoothSlots';
import './meetings.css';

/**
 * "Book a meeting" on a booth: its free slots in the viewer's time zone, an optional exhibit and note. Hidden
 * from the booth's own staff (they publish slots in the console instead).
 */
export function BookMeeting({ booth, exhibits }: { booth: Booth; exhibits: Exhibit[] }) {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const user = useAppStore((s) => s.user);
  const location = useLocation();
  const { open, panelId, toggleProps } = useDisclosure();
  if (user?.orgId && user.orgId === booth.orgId) return null;
  return (
    <div className="book-meeting" data-testid="book-meeting">
      <button type="button" className="button button--small" {...toggleProps}>
        {t('meetings:book.open')}
      </button>
      {open && (
        <div id={panelId} className="book-meeting__panel">
          {user ? (
            <BookingForm booth={booth} exhibits={exhibits} lng={i18n.language} />
          ) : (
            <p>
              <Link to="/login" state={{ from: location.pathname + location.search }}>
                {t('meetings:book.signIn')}
              </Link>
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function BookingForm({ booth, exhibits, lng }: { booth: Booth; exhibits: Exhibit[]; lng: string }) {
  const { t } = useTranslation(['meetings', 'common']);
  const client = useQueryClient();
  const [slotId, setSlotId] = useState('');
  const [exhibitId, setExhibitId] = useState('');
  const [note, setNote] = useState('');
  const ids = { exhibit: useId(), note: useId(), legend: useId() };
  const { slots, free } = useBoothSlots(booth.id);
  const book = useMutation({
    mutationFn: () => meetingsApi.book({ slotId, ...(exhibitId ? { exhibitId } : {}), ...(note.trim() ? { note: note.trim() } : {}) }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: meetingKeys.all });
    },
  });

  if (book.data) {
    return (
      <p className="notice" role="status" data-testid="booking-done">
        {t('meetings:book.done', { when: formatSlotRange(book.data.meeting.startsAt, book.data.meeting.endsAt, lng) })}{' '}
        <Link to="/meetings">{t('meetings:book.seeMeetings')}</Link>
      </p>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (slotId) book.mutate();
  };

  return (
    <form className="book-meeting__form" onSubmit={submit}>
      <fieldset aria-describedby={ids.legend}>
        <legend>{t('meetings:book.pickSlot')}</legend>
        <p id={ids.legend} className="muted">
          {t('meetings:timeZone', { zone: viewerTimeZone() })}
        </p>
        {slots.isPending && <p className="muted">{t('common:loading')}</p>}
        {slots.isError && <ErrorState message={apiErrorText(slots.error)} onRetry={() => void slots.refetch()} />}
        {slots.isSuccess && free.length === 0 && <p className="muted">{t('meetings:book.noSlots')}</p>}
        <ul className="slot-choices">
          {free.map((s) => (
            <li key={s.id}>
              <label className="slot-choice">
                <input type="radio" name={`slot-${booth.id}`} value={s.id} checked={slotId === s.id} onChange={() => setSlotId(s.id)} />
                <span>{formatSlotRange(s.startsAt, s.endsAt, lng)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {exhibits.length > 0 && (
        <div className="field">
          <label htmlFor={ids.exhibit}>{t('meetings:book.exhibit')}</label>
          <select id={ids.exhibit} value={exhibitId} onChange={(e) => setExhibitId(e.target.value)}>
            <option value="">{t('meetings:book.noExhibit')}</option>
            {exhibits.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.note}>{t('meetings:book.note')}</label>
        <textarea id={ids.note} maxLength={500} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <Refusal error={book.error} />
      <button type="submit" className="button" disabled={!slotId || book.isPending}>
        {t('meetings:book.submit')}
      </button>
    </form>
  );
}
