import type { Meeting } from '@pavilion/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Refusal } from '../../app/ui/Refusal';
import { useServerNow } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { meetingKeys, meetingsApi } from './meetingsApi';
import { canJoin, formatSlotRange } from './meetingTime';
import { useBoothSlots } from './useBoothSlots';

/** One meeting in a list: when, with whom, where; join, calendar, cancel and reschedule while it is ahead. */
export function MeetingCard({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const me = useAppStore((s) => s.user?.id);
  const now = useServerNow(15_000) ?? Date.now();
  const client = useQueryClient();
  const [moving, setMoving] = useState(false);
  const staffSide = meeting.staffId === me;
  const other = staffSide ? meeting.visitorName : meeting.staffName;
  const ahead = meeting.status === 'booked' && meeting.endsAt > now;
  const cancel = useMutation({
    mutationFn: () => meetingsApi.cancel(meeting.id),
    onSettled: () => void client.invalidateQueries({ queryKey: meetingKeys.all }),
  });
  const joinable = canJoin(meeting, now);

  return (
    <li className={`meeting-card meeting-card--${meeting.status}`} data-testid="meeting-card" data-meeting-id={meeting.id}>
      <div className="meeting-card__head">
        <strong className="meeting-card__when">{formatSlotRange(meeting.startsAt, meeting.endsAt, i18n.language)}</strong>
        <span className={`status meeting-status meeting-status--${meeting.status}`}>{t(`meetings:status.${meeting.status}`)}</span>
      </div>
      <p className="meeting-card__who">
        {staffSide
          ? t('meetings:card.withVisitor', { name: other })
          : t('meetings:card.withStaff', { name: other, booth: meeting.boothName })}
      </p>
      {meeting.note && <p className="meeting-card__note">{meeting.note}</p>}
      {meeting.status === 'no-show' && meeting.absent && <p className="muted">{t(`meetings:absent.${meeting.absent}`)}</p>}
      <div className="meeting-card__actions">
        {joinable ? (
          <Link className="button button--small" to={`/meetings/${encodeURIComponent(meeting.id)}`} data-testid="join-meeting">
            {t('meetings:card.join')}
          </Link>
        ) : (
          <button type="button" className="button button--small" disabled title={t('meetings:card.joinLater')}>
            {t('meetings:card.join')}
          </button>
        )}
        <a className="button button--small button--ghost" href={meetingsApi.icsUrl(meeting.id)} download>
          {t('meetings:card.ics')}
        </a>
        {ahead && meeting.startsAt > now && (
          <button type="button" className="button button--small button--ghost" aria-expanded={moving} onClick={() => setMoving((m) => !m)}>
            {t('meetings:card.reschedule')}
          </button>
        )}
        {ahead && (
          <button
            type="button"
            className="button button--small button--danger"
            disabled={cancel.isPending}
            onClick={() => {
              if (window.confirm(t('meetings:card.confirmCancel'))) cancel.mutate();
            }}
          >
            {t('meetings:card.cancel')}
          </button>
        )}
      </div>
      <Refusal error={cancel.error} />
      {moving && <Reschedule meeting={meeting} onDone={() => setMoving(false)} />}
    </li>
  );
}

/** The booth's other free slots; picking one moves the meeting there in one step. */
function Reschedule({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const client = useQueryClient();
  const [slotId, setSlotId] = useState('');
  const selectId = useId();
  const { slots, free } = useBoothSlots(meeting.boothId);
  const move = useMutation({
    mutationFn: () => meetingsApi.reschedule(meeting.id, slotId),
    onSuccess: onDone,
    onSettled: () => void client.invalidateQueries({ queryKey: meetingKeys.all }),
  });
  return (
    <form
      className="meeting-card__reschedule"
      onSubmit={(e) => {
        e.preventDefault();
        if (slotId) move.mutate();
      }}
    >
      <div className="field">
        <label htmlFor={selectId}>{t('meetings:card.newSlot')}</label>
        <select id={selectId} value={slotId} onChange={(e) => setSlotId(e.target.value)}>
          <option value="">
            {slots.isPending ? t('common:loading') : free.length ? t('meetings:card.pick') : t('meetings:book.noSlots')}
          </option>
          {free.map((s) => (
            <option key={s.id} value={s.id}>
              {formatSlotRange(s.startsAt, s.endsAt, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <Refusal error={move.error ?? slots.error} />
      <button type="submit" className="button button--small" disabled={!slotId || move.isPending}>
        {t('meetings:card.move')}
      </button>
    </form>
  );
}
