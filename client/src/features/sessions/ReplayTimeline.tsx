import type { LiveSession, SessionQuestion, SessionRecording } from '@pavilion/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../app/ui/ErrorState';
import { activeEntryIndex, formatOffset, replayTimeline } from './replayTimeline';
import { sessionApi } from './sessionApi';

interface Props {
  session: LiveSession & { recording: SessionRecording };
  /** The answered ones are placed on the timeline at the time they were asked. */
  questions: SessionQuestion[];
  /** The replay's player, once mounted. */
  video: HTMLVideoElement | null;
}

/**
 * Beside a replay: what was spotlighted and which questions were answered, at their time into the recording.
 * Picking one seeks the player there; the one the player is at is marked.
 */
export function ReplayTimeline({ session, questions, video }: Props) {
  const { t } = useTranslation(['sessions']);
  const headingId = useId();
  const detail = useQuery({
    queryKey: ['sessions', session.id, 'detail'],
    queryFn: ({ signal }) => sessionApi.detail(session.id, { signal }),
  });
  const entries = useMemo(
    () => replayTimeline(session.recording, detail.data?.spotlights ?? [], questions),
    [session.recording, detail.data, questions],
  );
  const [currentMs, setCurrentMs] = useState(0);

  useEffect(() => {
    if (!video) return;
    const follow = () => setCurrentMs(video.currentTime * 1000);
    video.addEventListener('timeupdate', follow);
    video.addEventListener('seeked', follow);
    return () => {
      video.removeEventListener('timeupdate', follow);
      video.removeEventListener('seeked', follow);
    };
  }, [video]);

  const active = activeEntryIndex(entries, currentMs);
  const seek = (offsetMs: number) => {
    if (!video) return;
    video.currentTime = offsetMs / 1000;
    setCurrentMs(offsetMs);
  };

  return (
    <section className="card replay-timeline" aria-labelledby={headingId} data-testid="replay-timeline">
      <h2 id={headingId} className="section-title">
        {t('sessions:replay.timeline')}
      </h2>
      {detail.isError ? (
        <ErrorState message={t('sessions:replay.timelineFailed')} onRetry={() => void detail.refetch()} />
      ) : detail.isPending ? (
        <p className="muted small">{t('sessions:replay.timelineLoading')}</p>
      ) : entries.length === 0 ? (
        <p className="muted small">{t('sessions:replay.timelineEmpty')}</p>
      ) : (
        <ol className="replay-timeline__list">
          {entries.map((entry, i) => (
            <li key={entry.key}>
              <button
                type="button"
                className={i === active ? 'replay-timeline__entry replay-timeline__entry--active' : 'replay-timeline__entry'}
                aria-current={i === active ? 'time' : undefined}
                data-kind={entry.kind}
                data-offset-ms={entry.offsetMs}
                disabled={!video}
                onClick={() => seek(entry.offsetMs)}
                title={t('sessions:replay.seek', { time: formatOffset(entry.offsetMs) })}
              >
                <time className="replay-timeline__time">{formatOffset(entry.offsetMs)}</time>
                <span className="replay-timeline__what">
                  {entry.kind === 'spotlight' ? (
                    entry.exhibitId ? (
                      <>
                        <span className="replay-timeline__kind">{t('sessions:replay.spotlight')}</span> {entry.title}
                      </>
                    ) : (
                      <span className="replay-timeline__kind">{t('sessions:replay.spotlightOff')}</span>
                    )
                  ) : (
                    <>
                      <span className="replay-timeline__kind">{t('sessions:replay.answered', { name: entry.userName })}</span> {entry.text}
                    </>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
