import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { ErrorState } from '../../app/ui/ErrorState';
import { Refusal } from '../../app/ui/Refusal';
import { MeetingLists } from './MeetingsPage';
import { meetingKeys, meetingsApi } from './meetingsApi';
import { formatSlotRange } from './meetingTime';
import { SlotPublisher } from './SlotPublisher';
import { useBoothSlots } from './useBoothSlots';
import './meetings.css';

/** The exhibitor console's meetings: publish slots, see the booth's slots (withdraw free ones) and your bookings. */
export function ExhibitorMeetings({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['meetings', 'common']);
  return (
    <section className="card console-grid__wide exhibitor-meetings" aria-labelledby="exhibitor-meetings" data-testid="exhibitor-meetings">
      <h2 id="exhibitor-meetings">{t('meetings:console.heading')}</h2>
      <p className="muted">{t('meetings:console.intro')}</p>
      <div className="exhibitor-meetings__grid">
        <div>
          <h3 className="section-title">{t('meetings:publish.heading')}</h3>
          <SlotPublisher boothId={boothId} />
          <BoothSlots boothId={boothId} />
        </div>
        <div>
          <h3 className="section-title">{t('meetings:console.bookings')}</h3>
          <MeetingLists side="staff" />
        </div>
      </div>
    </section>
  );
}

function BoothSlots({ boothId }: { boothId: string }) {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const client = useQueryClient();
  // The last hours' slots too: staff see the slots of meetings just held.
  const { slots } = useBoothSlots(boothId, 4 * 3_600_000);
  const withdraw = useMutation({
    mutationFn: (slotId: string) => meetingsApi.withdraw(boothId, slotId),
    onSettled: () => void client.invalidateQueries({ queryKey: meetingKeys.slots(boothId) }),
  });
  if (slots.isPending) return <p className="muted">{t('common:loading')}</p>;
  if (slots.isError) return <ErrorState message={apiErrorText(slots.error)} onRetry={() => void slots.refetch()} />;
  return (
    <div className="booth-slots">
      <h3 className="section-title">{t('meetings:console.slots')}</h3>
      {slots.data.slots.length === 0 ? (
        <p className="muted">{t('meetings:console.noSlots')}</p>
      ) : (
        <ul className="booth-slots__list" data-testid="booth-slots">
          {slots.data.slots.map((s) => (
            <li key={s.id} className={`booth-slot booth-slot--${s.status}`}>
              <span>{formatSlotRange(s.startsAt, s.endsAt, i18n.language)}</span>
              <span className="status">{t(`meetings:slotStatus.${s.status}`)}</span>
              {s.status === 'free' && (
                <button type="button" className="link-button" disabled={withdraw.isPending} onClick={() => withdraw.mutate(s.id)}>
                  {t('meetings:console.withdraw')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Refusal error={withdraw.error} />
    </div>
  );
}
