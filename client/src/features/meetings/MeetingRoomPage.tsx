import type { Exhibit, Meeting } from '@pavilion/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorState } from '../../app/ui/ErrorState';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { useFormat } from '../../i18n/format';
import type { ErrorCode } from '../../i18n/resources';
import { rest } from '../../net/gateway';
import { BidButton } from '../auctions';
import { SignInRequired } from '../auth';
import { ChatPanel } from '../chat';
import { NegotiateButton } from '../negotiations';
import { formatSlotRange } from './meetingTime';
import { meetingChatRoom, useMeetingRoom } from './useMeetingRoom';
import { type CameraState, useMeetingVideo } from './useMeetingVideo';
import './meetings.css';

/** `/meetings/:id`: the private room of a 1:1 meeting — both cameras, chat, and the exhibit it is about. */
export default function MeetingRoomPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['meetings', 'common']);
  usePageTitle(t('meetings:room.title'));
  return <SignInRequired why={t('meetings:page.signIn')}>{() => <Room key={id} meetingId={id} />}</SignInRequired>;
}

function Room({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation(['meetings', 'common']);
  const { state, peerArrivals } = useMeetingRoom(meetingId);
  const video = useMeetingVideo(state.answer, peerArrivals);
  if (state.status === 'error') {
    return (
      <div className="page">
        <h1>{t('meetings:room.title')}</h1>
        <p className="notice" role="alert">
          {t(`common:errors.${state.code as ErrorCode}`)}
        </p>
        <Link to="/meetings">{t('meetings:room.back')}</Link>
      </div>
    );
  }
  if (!state.answer) return <PageLoading label={t('meetings:room.joining')} />;
  const meeting = state.answer.meeting;
  const staffSide = state.answer.stream === 'staff';
  const other = staffSide ? meeting.visitorName : meeting.staffName;
  return (
    <div className="page meeting-room" data-testid="meeting-room" data-status={meeting.status}>
      <header className="meeting-room__header">
        <h1>{t('meetings:room.heading', { name: other })}</h1>
        <p className="muted">
          {meeting.boothName} · {formatSlotRange(meeting.startsAt, meeting.endsAt, i18n.language)} ·{' '}
          <span className={`status meeting-status meeting-status--${meeting.status}`}>{t(`meetings:status.${meeting.status}`)}</span>
        </p>
        {state.status === 'joining' && <p className="notice">{t('meetings:room.rejoining')}</p>}
      </header>
      <div className="meeting-room__body">
        <section className="meeting-room__videos" aria-label={t('meetings:room.videos')}>
          <RemoteVideo stream={video.remote} state={video.remoteState} name={other} onRetry={video.retry} />
          <LocalVideo stream={video.local} camera={video.camera} />
        </section>
        <aside className="meeting-room__side">
          {meeting.exhibitId && <ExhibitCard meeting={meeting} />}
          <ChatPanel
            room={meetingChatRoom(meeting.id)}
            ready={state.status === 'in' && meeting.status !== 'cancelled'}
            canModerate={false}
            hostName={other}
            heading={t('meetings:room.chat')}
            idleText={t('meetings:room.joining')}
            headingLevel={2}
          />
        </aside>
      </div>
    </div>
  );
}

function useStream(stream: MediaStream | null) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el && el.srcObject !== stream) el.srcObject = stream;
  }, [stream]);
  return ref;
}

function RemoteVideo({ stream, state, name, onRetry }: { stream: MediaStream | null; state: string; name: string; onRetry: () => void }) {
  const { t } = useTranslation(['meetings', 'common']);
  const ref = useStream(stream);
  const [playing, setPlaying] = useState(false);
  return (
    <figure className="meeting-video meeting-video--remote" data-state={state}>
      {/* biome-ignore lint/a11y/useMediaCaption: a live camera stream has no caption track; the chat carries the text */}
      <video
        ref={ref}
        autoPlay
        playsInline
        aria-label={t('meetings:room.theirVideo', { name })}
        onPlaying={() => setPlaying(true)}
        data-testid="remote-video"
      />
      {!playing && (
        <figcaption className="meeting-video__wait">
          {state === 'failed' ? (
            <>
              {t('meetings:room.videoFailed')}{' '}
              <button type="button" className="link-button" onClick={onRetry}>
                {t('common:retry')}
              </button>
            </>
          ) : (
            t('meetings:room.waiting', { name })
          )}
        </figcaption>
      )}
    </figure>
  );
}

function LocalVideo({ stream, camera }: { stream: MediaStream | null; camera: CameraState }) {
  const { t } = useTranslation(['meetings', 'common']);
  const ref = useStream(stream);
  return (
    <figure className="meeting-video meeting-video--local">
      <video ref={ref} muted autoPlay playsInline data-testid="local-video" />
      <figcaption className="meeting-video__caption">
        {camera === 'on' ? t('meetings:room.you') : t(`meetings:room.camera.${camera}`)}
      </figcaption>
    </figure>
  );
}

/** The exhibit the meeting is about, with the ways to trade it. */
function ExhibitCard({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation(['meetings', 'common']);
  const f = useFormat();
  const booth = useQuery({
    queryKey: ['meetings', 'booth', meeting.boothId],
    queryFn: ({ signal }) => rest.booth(meeting.boothId, { signal }),
  });
  const exhibit: Exhibit | undefined = booth.data?.exhibits.find((e) => e.id === meeting.exhibitId);
  if (booth.isError) return <ErrorState onRetry={() => void booth.refetch()} />;
  if (!exhibit) return null;
  return (
    <section className="card meeting-exhibit" aria-label={t('meetings:room.exhibit')} data-testid="meeting-exhibit">
      <p className="muted">{t(`common:ipType.${exhibit.type}`)}</p>
      <h2 className="meeting-exhibit__title">{exhibit.title}</h2>
      <p className="mono">{exhibit.registrationNumber}</p>
      <p>{f.price(exhibit.askingPrice)}</p>
      <div className="meeting-exhibit__actions">
        <NegotiateButton exhibit={exhibit} />
        <BidButton exhibit={exhibit} />
      </div>
    </section>
  );
}
