import type { LiveSession } from '@pavilion/shared';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaTransport, SubscriptionState } from './media/MediaTransport';
import { ReactionLayer } from './Reactions';
import type { VideoSource } from './useHostMedia';

interface Props {
  session: LiveSession;
  transport: MediaTransport | null;
  /** This browser cannot receive the server's transport. */
  transportUnavailable: boolean;
  /** Joined now (not between connections). */
  joined: boolean;
  joins: number;
  /** What this tab sends, when it is the host's broadcasting tab. */
  local: { stream: MediaStream; source: VideoSource } | null;
  layerRef: (el: HTMLDivElement | null) => void;
  /** Receives the replay's player (an ended, recorded session), for the timeline beside it. */
  replayRef?: (el: HTMLVideoElement | null) => void;
}

/**
 * The stage: the host's video (or, in the host's own tab, the muted local preview), a note when there
 * is no video, and the reactions floating over it.
 */
export function SessionStage({ session, transport, transportUnavailable, joined, joins, local, layerRef, replayRef }: Props) {
  const { t } = useTranslation(['sessions']);
  const live = session.status === 'live';
  const broadcasting = live && session.broadcasting;
  let body: ReactNode;
  if (local) body = <LocalPreview stream={local.stream} mirror={local.source === 'camera'} />;
  else if (broadcasting && transportUnavailable) body = <StageNote text={t('sessions:stage.failed')} tone="warn" />;
  else if (broadcasting && transport && joined) body = <ViewerVideo transport={transport} joins={joins} orgName={session.orgName} />;
  else if (broadcasting) body = <StageNote text={t('sessions:stage.connecting')} busy />;
  else if (live) body = <StageNote text={t('sessions:stage.cameraOff')} />;
  else if (session.status === 'scheduled') body = <StageNote text={t('sessions:stage.waitingToStart')} />;
  else if (session.recording) body = <Replay url={session.recording.url} title={session.title} videoRef={replayRef} />;
  else if (session.recorded) body = <StageNote text={t('sessions:stage.replayPreparing')} busy />;
  else body = <StageNote text={t('sessions:stage.ended')} />;
  return (
    <section className="stage" aria-label={t('sessions:stage.label')} data-testid="stage" data-broadcasting={broadcasting}>
      {body}
      <ReactionLayer layerRef={layerRef} />
    </section>
  );
}

function StageNote({ text, tone, busy, children }: { text: string; tone?: 'warn'; busy?: boolean; children?: ReactNode }) {
  return (
    <div className={tone ? `stage__note stage__note--${tone}` : 'stage__note'} role={tone ? 'status' : undefined}>
      {busy && <span className="spinner" aria-hidden="true" />}
      <p>{text}</p>
      {children}
    </div>
  );
}

/** An ended session's recording, played from the server (WebM: VP8 + Opus). */
function Replay({ url, title, videoRef }: { url: string; title: string; videoRef?: (el: HTMLVideoElement | null) => void }) {
  const { t } = useTranslation(['sessions']);
  return (
    <figure className="stage__figure">
      {/* biome-ignore lint/a11y/useMediaCaption: a recorded live talk has no caption track; its Q&A is beside it */}
      <video
        ref={videoRef}
        className="stage__video"
        src={url}
        controls
        playsInline
        preload="metadata"
        data-testid="replay"
        aria-label={t('sessions:stage.replayLabel', { title })}
      />
      <figcaption className="stage__caption">{t('sessions:stage.replay')}</figcaption>
    </figure>
  );
}

function LocalPreview({ stream, mirror }: { stream: MediaStream; mirror: boolean }) {
  const { t } = useTranslation(['sessions']);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const el = video.current;
    if (!el) return;
    el.srcObject = stream;
    el.play().catch(() => {
      // Muted autoplay is always allowed; a refusal here means the element went away.
    });
  }, [stream]);
  return (
    <figure className="stage__figure">
      <video
        ref={video}
        className={mirror ? 'stage__video stage__video--mirror' : 'stage__video'}
        muted
        autoPlay
        playsInline
        data-testid="local-preview"
      />
      <figcaption className="stage__caption">{t('sessions:stage.preview')}</figcaption>
    </figure>
  );
}

/** The host's video for a viewer: subscribed while mounted (again after every rejoin or a manual retry). */
function ViewerVideo({ transport, joins, orgName }: { transport: MediaTransport; joins: number; orgName: string }) {
  const { t } = useTranslation(['sessions']);
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<SubscriptionState>('connecting');
  const [playing, setPlaying] = useState(false);
  const [needsSound, setNeedsSound] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `joins` and `attempt` ask for a fresh subscription
  useEffect(() => {
    setState('connecting');
    setPlaying(false);
    transport.subscribe((event) => {
      if (event.type === 'state') {
        setState(event.state);
        return;
      }
      const el = video.current;
      if (!el || el.srcObject === event.stream) return;
      el.srcObject = event.stream;
      el.muted = false;
      el.play().catch((error: unknown) => {
        // Sound needs a user gesture in most browsers: play muted and offer to turn it on.
        if (error instanceof DOMException && error.name === 'NotAllowedError') {
          el.muted = true;
          setNeedsSound(true);
          el.play().catch(() => {});
        }
      });
    });
    return () => transport.unsubscribe();
  }, [transport, joins, attempt]);

  const failed = state === 'failed';
  return (
    <figure className="stage__figure" data-state={state}>
      {/* biome-ignore lint/a11y/useMediaCaption: a live camera stream has no caption track to offer; the Q&A and chat carry the text */}
      <video
        ref={video}
        className={playing && !failed ? 'stage__video' : 'stage__video stage__video--waiting'}
        autoPlay
        playsInline
        aria-label={t('sessions:stage.videoLabel', { org: orgName })}
        onPlaying={() => setPlaying(true)}
        data-testid="session-video"
      />
      {!playing && !failed && <StageNote text={t('sessions:stage.connecting')} busy />}
      {failed && (
        <StageNote text={t('sessions:stage.failed')} tone="warn">
          <button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>
            {t('sessions:stage.retry')}
          </button>
        </StageNote>
      )}
      {needsSound && playing && !failed && (
        <button
          type="button"
          className="button button--small stage__sound"
          onClick={() => {
            const el = video.current;
            if (!el) return;
            el.muted = false;
            setNeedsSound(false);
          }}
        >
          {t('sessions:stage.unmute')}
        </button>
      )}
      {transport.setLayer && playing && !failed && <QualityPicker transport={transport} />}
    </figure>
  );
}

/** The viewer's pick among the host's simulcast layers (the SFU forwards one): lower for a weak connection. */
function QualityPicker({ transport }: { transport: MediaTransport }) {
  const { t } = useTranslation(['sessions']);
  const id = useId();
  const [layer, setLayer] = useState<0 | 1 | 2>(() => transport.currentLayer?.() ?? 1);
  return (
    <div className="stage__quality">
      <label htmlFor={id}>{t('sessions:stage.quality')}</label>
      <select
        id={id}
        value={layer}
        data-testid="quality"
        onChange={(e) => {
          const next = Number(e.target.value) as 0 | 1 | 2;
          setLayer(next);
          transport.setLayer?.(next).catch((error: unknown) => console.debug('layer not switched', error));
        }}
      >
        <option value={2}>{t('sessions:stage.qualityHigh')}</option>
        <option value={1}>{t('sessions:stage.qualityMedium')}</option>
        <option value={0}>{t('sessions:stage.qualityLow')}</option>
      </select>
    </div>
  );
}
