import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { ErrorState } from '../../app/ui/ErrorState';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { useServerNow } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { SignInRequired } from '../auth';
import { MeetingCard } from './MeetingCard';
import { meetingKeys, meetingsApi } from './meetingsApi';
import { splitMeetings, viewerTimeZone } from './meetingTime';
import { useMeetingsFeed } from './useMeetingsFeed';
import './meetings.css';

/** `/meetings`: the signed-in user's 1:1 meetings, either side — upcoming (soonest first) and past. */
export default function MeetingsPage() {
  const { t } = useTranslation(['meetings', 'common']);
  usePageTitle(t('meetings:page.title'));
  return (
    <div className="page meetings-page">
      <h1>{t('meetings:page.title')}</h1>
      <SignInRequired why={t('meetings:page.signIn')}>
        {() => (
          <>
            <p className="muted">{t('meetings:timeZone', { zone: viewerTimeZone() })}</p>
            <MeetingLists />
          </>
        )}
      </SignInRequired>
    </div>
  );
}

/** The caller's meetings in two lists; also the exhibitor console's "bookings". */
export function MeetingLists({ side }: { side?: 'staff' }) {
  const { t } = useTranslation(['meetings', 'common']);
  const me = useAppStore((s) => s.user?.id);
  const now = useServerNow(30_000) ?? Date.now();
  useMeetingsFeed();
  const read = useQuery({ queryKey: meetingKeys.mine, queryFn: ({ signal }) => meetingsApi.list({ signal }) });
  if (read.isPending) return <PageLoading />;
  if (read.isError) return <ErrorState message={apiErrorText(read.error)} onRetry={() => void read.refetch()} />;
  const items = side === 'staff' ? read.data.items.filter((m) => m.staffId === me) : read.data.items;
  const { upcoming, past } = splitMeetings(items, now);
  return (
    <div className="meeting-lists" data-testid="meeting-lists">
      <section aria-labelledby="meetings-upcoming">
        <h2 id="meetings-upcoming" className="section-title">
          {t('meetings:page.upcoming')}
        </h2>
        {upcoming.length === 0 ? (
          <p className="muted">{side === 'staff' ? t('meetings:page.noBookings') : t('meetings:page.noUpcoming')}</p>
        ) : (
          <ul className="meeting-list">
            {upcoming.map((m) => (
              <MeetingCard key={m.id} meeting={m} />
            ))}
          </ul>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="meetings-past">
          <h2 id="meetings-past" className="section-title">
            {t('meetings:page.past')}
          </h2>
          <ul className="meeting-list">
            {past.map((m) => (
              <MeetingCard key={m.id} meeting={m} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
