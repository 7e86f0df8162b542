import type { LiveSession } from '@pavilion/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ErrorState } from '../../app/ui/ErrorState';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';
import { ChatPanel } from '../chat';
import { HostConsole } from './HostConsole';
import { QuestionsPanel } from './QuestionsPanel';
import { ReactionBar, useReactionBurst } from './Reactions';
import { ReplayTimeline } from './ReplayTimeline';
import { SessionStage } from './SessionStage';
import { AudienceChip, SessionTimeline, StatusChip } from './SessionStatus';
import { SpotlightCard } from './SpotlightCard';
import { sessionApi, sessionChatRoom } from './sessionApi';
import { useHostMedia } from './useHostMedia';
import { useMediaTransport } from './useMediaTransport';
import { type SessionActions, useSessionRoom } from './useSessionRoom';
import './sessions.css';
import { Breadcrumb } from '../../app/ui/Breadcrumb';

/** `/sessions/:sessionId`: a booth's live presentation — video, the spotlighted exhibit, Q&A, chat, reactions; the host console for the booth's team. */
export default function SessionPage() {
  const { sessionId = '' } = useParams();
  // A new session id is a new room: start from nothing rather than carry the last one's state over.
  return <SessionRoomView key={sessionId} sessionId={sessionId} />;
}

function SessionRoomView({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation(['hall', 'sessions', 'common']);
  const { state, actions } = useSessionRoom(sessionId);
  const session = state.session;
  // Known to be a guest (not merely before /api/me has answered).
  const guest = useAppStore((s) => s.authStatus === 'ready' && s.user === null);
  usePageTitle(session?.title ?? t('sessions:page.eyebrow'));

  if (state.status === 'not-found') return <NotFoundPage message={t('sessions:page.notFound', { id: sessionId })} />;
  // Refused at join, or joined while it was public and then started for signed-in visitors (the server dropped us).
  if (state.status === 'sign-in' || (session?.audience === 'registered' && guest)) {
    return <SignInToWatch sessionId={sessionId} known={session} />;
  }
  if (!session) {
    return (
      <section className="page session-page" aria-labelledby="session-title" aria-busy={state.status === 'joining'}>
        <h1 id="session-title">{t('sessions:page.eyebrow')}</h1>
        {state.status === 'error' ? (
          <ErrorState
            message={`${t('sessions:page.loadFailed')} ${t(`common:errors.${state.error ?? 'INTERNAL'}`)}`}
            onRetry={actions.retryJoin}
          />
        ) : (
          <PageLoading />
        )}
      </section>
    );
  }
  return <SessionView session={session} state={state} actions={actions} />;
}

/**
 * A session for signed-in visitors, opened by a guest: what it is (its programme entry, which stays public) and a
 * way to sign in that comes back here. Nothing else of it — video, chat, Q&A, replay — is served to a guest.
 */
function SignInToWatch({ sessionId, known }: { sessionId: string; known: LiveSession | null }) {
  const { t } = useTranslation(['sessions', 'common']);
  const location = useLocation();
  const detail = useQuery({
    queryKey: ['session', sessionId, 'card'],
    queryFn: ({ signal }) => sessionApi.detail(sessionId, { signal }),
    enabled: !known,
  });
  const session = known ?? detail.data?.session ?? null;
  usePageTitle(session?.title ?? t('sessions:audience.signInHeading'));
  return (
    <section className="page session-page" aria-labelledby="session-title" data-testid="session-sign-in">
      <header className="session-head">
        {session && (
          <p className="session-head__eyebrow">
            <StatusChip status={session.status} />
            <span>{t('sessions:page.eyebrow')}</span>
            <AudienceChip audience={session.audience} always />
          </p>
        )}
        <h1 id="session-title" className="session-head__title">
          {session?.title ?? t('sessions:audience.signInHeading')}
        </h1>
        {session && <SessionTimeline session={session} />}
      </header>
      <div className="card session-sign-in">
        <h2 className="section-title">{t('sessions:audience.signInHeading')}</h2>
        <p>{session ? t('sessions:audience.signInText', { org: session.orgName }) : t('sessions:audience.signInGeneric')}</p>
        <p className="actions-row">
          <Link className="button" to="/login" state={{ from: location.pathname }}>
            {t('common:signIn')}
          </Link>
        </p>
      </div>
    </section>
  );
}

function SessionView({
  session,
  state,
  actions,
}: {
  session: LiveSession;
  state: ReturnType<typeof useSessionRoom>['state'];
  actions: SessionActions;
}) {
  const { t } = useTranslation(['hall', 'sessions', 'common']);
  const f = useFormat();
  const user = useAppStore((s) => s.user);
  const expo = useAppStore((s) => s.expo);
  const loadExpo = useAppStore((s) => s.loadExpo);
  const staff = !!user?.orgId && user.orgId === session.orgId;
  const moderator = staff || user?.role === 'organizer';
  const live = session.status === 'live';
  const joined = state.status === 'in';
  const { transport, unavailable } = useMediaTransport(session.id, state.media);
  const host = useHostMedia({ transport: staff ? transport : null, live, joins: state.joins, broadcast: actions.broadcast });
  const burst = useReactionBurst();
  const hall = expo?.halls.find((h) => h.id === session.hallId);
  const [replayVideo, setReplayVideo] = useState<HTMLVideoElement | null>(null);
  const replay = session.status === 'ended' && session.recording ? { ...session, recording: session.recording } : null;

  useEffect(() => {
    if (!expo) void loadExpo();
  }, [expo, loadExpo]);

  return (
    <div className="page session-page" data-testid="session-page" data-status={session.status} data-staff={staff}>
      <Breadcrumb
        trail={[
          { to: `/hall/${encodeURIComponent(session.hallId)}?view=list`, label: hall ? f.hallName(hall) : session.hallId },
          { to: `/booth/${encodeURIComponent(session.boothId)}`, label: session.boothName },
        ]}
        current={t('sessions:page.eyebrow')}
      />
      <header className="session-head">
        <p className="session-head__eyebrow">
          <StatusChip status={session.status} />
          <span>{t('sessions:page.eyebrow')}</span>
          <AudienceChip audience={session.audience} always />
        </p>
        <h1 className="session-head__title">{session.title}</h1>
        <p className="session-head__byline">
          <span>{t('sessions:page.presentedBy', { org: session.orgName })}</span>
          <span aria-hidden="true">·</span>
          <Link to={`/booth/${encodeURIComponent(session.boothId)}`}>{t('sessions:page.boothLink')}</Link>
          <span aria-hidden="true">·</span>
          <span>{t('sessions:page.hostedBy', { name: session.hostName })}</span>
        </p>
        <SessionTimeline session={session} />
        {session.description && <p className="session-head__description">{session.description}</p>}
        {state.status === 'rejoining' && (
          <p className="notice session-head__notice" role="status">
            {t('sessions:page.rejoining')}
          </p>
        )}
      </header>
      <div className="session-layout">
        <div className="session-main">
          <div className={replay ? 'stage-wrap stage-wrap--replay' : 'stage-wrap'}>
            <SessionStage
              session={session}
              transport={transport}
              transportUnavailable={unavailable}
              joined={joined}
              joins={state.joins}
              local={host.local}
              layerRef={burst.layerRef}
              replayRef={setReplayVideo}
            />
            {replay && <ReplayTimeline session={replay} questions={state.questions} video={replayVideo} />}
            {live && <ReactionBar sessionId={session.id} joined={joined} react={actions.react} spawn={burst.spawn} />}
          </div>
          {staff && <HostConsole session={session} actions={actions} host={host} media={state.media?.media ?? null} />}
          <SpotlightCard session={session} />
          <QuestionsPanel
            session={session}
            questions={state.questions}
            questionCount={state.questionCount}
            myVotes={state.myVotes}
            canAnswer={moderator}
            actions={actions}
          />
        </div>
        <aside className="session-side" aria-label={t('sessions:chat.heading')}>
          {/* The server takes session chat only from joined sockets: lines queued while rejoining go out after it. */}
          <ChatPanel
            headingLevel={2}
            room={sessionChatRoom(session.id)}
            ready={state.status === 'in' && session.status !== 'ended'}
            idleText={
              session.status === 'ended'
                ? t('sessions:chat.closed')
                : state.status === 'rejoining'
                  ? t('sessions:chat.rejoining')
                  : t('sessions:page.joining')
            }
            canModerate={moderator}
            hostName={session.orgName}
            heading={t('sessions:chat.heading')}
          />
        </aside>
      </div>
    </div>
  );
}
