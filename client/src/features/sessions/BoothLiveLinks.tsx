import type { Booth, LiveSession } from '@pavilion/shared';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { onServer } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { sessionApi } from './sessionApi';
import './sessions.css';

/** The later of two reports about a booth's session: another session, or a newer version of the same one. */
function later(known: LiveSession | null, incoming: LiveSession): LiveSession {
  if (!known || known.id !== incoming.id) return incoming.status === 'live' || !known ? incoming : known;
  return incoming.seq >= known.seq ? incoming : known;
}

/**
 * The booth's live session now, or null: from the `booth:enter` ack (the store's booth room), kept
 * current by `session:updated` (the booth's room hears them), and read over REST when the booth says it
 * is live before we are inside.
 */
export function useBoothLiveSession(booth: Booth): LiveSession | null {
  const fromRoom = useAppStore((s) =>
    s.boothRoom?.boothId === booth.id && s.boothRoom.status === 'in' ? s.boothRoom.liveSession : undefined,
  );
  // Tagged with its booth, so a panel that switches booths never shows the last booth's session.
  const [latest, setLatest] = useState<{ boothId: string; session: LiveSession } | null>(null);
  const take = useCallback(
    (incoming: LiveSession) =>
      setLatest((k) => ({ boothId: incoming.boothId, session: later(k?.boothId === incoming.boothId ? k.session : null, incoming) })),
    [],
  );

  useEffect(() => {
    if (fromRoom) take(fromRoom);
  }, [fromRoom, take]);

  useEffect(
    () =>
      onServer('session:updated', ({ session }) => {
        if (session.boothId === booth.id) take(session);
      }),
    [booth.id, take],
  );

  const askRest = booth.live && fromRoom === undefined;
  useEffect(() => {
    if (!askRest) return;
    const abort = new AbortController();
    sessionApi.list({ boothId: booth.id, status: 'live', limit: 1 }, { signal: abort.signal }).then(
      ({ items }) => {
        const first = items[0];
        if (first) take(first);
      },
      () => {
        // Without it the link waits for the booth room's answer.
      },
    );
    return () => abort.abort();
  }, [askRest, booth.id, take]);

  const known = latest?.boothId === booth.id ? latest.session : null;
  return known?.status === 'live' ? known : null;
}

/** "Watch live" to the booth's live session, and for its own team "Go live" (the exhibitor console) when nothing is on. */
export function BoothLiveLinks({ booth }: { booth: Booth }) {
  const { t } = useTranslation(['sessions']);
  const staff = useAppStore((s) => !!s.user?.orgId && s.user.orgId === booth.orgId);
  const live = useBoothLiveSession(booth);
  return (
    <>
      {live && (
        <Link
          className="button button--small watch-live"
          to={`/sessions/${encodeURIComponent(live.id)}`}
          title={t('sessions:booth.watchLiveTitle', { title: live.title })}
          data-testid="watch-live"
        >
          <span className="live-dot" aria-hidden="true" />
          {t('sessions:booth.watchLive')}
        </Link>
      )}
      {staff && !live && (
        <Link className="button button--ghost button--small" to="/exhibitor">
          {t('sessions:booth.goLive')}
        </Link>
      )}
    </>
  );
}
