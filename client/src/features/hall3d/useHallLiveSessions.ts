import { useEffect } from 'react';
import { onConnected, socketRequest } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { sessionsApi } from '../sessions';

/**
 * Keeps the hall's live booths right across reconnects: on every (re)connect, reads the hall's live sessions
 * (their titles for labels and LIVE tags, and whatever went live or ended while we were away). Changes after
 * that arrive as `session:updated` through the hall's room (3D view, after `hall:join`); the list view is in
 * no hall room, so with `subscribe` it takes the expo-wide feed (`sessions:subscribe`) instead.
 */
export function useHallLiveSessions(hallId: string, { subscribe = false }: { subscribe?: boolean } = {}): void {
  useEffect(() => {
    let alive = true;
    const abort = new AbortController();
    const read = () =>
      sessionsApi
        .list('live', hallId, undefined, { signal: abort.signal })
        .then(({ items }) => {
          if (alive) useAppStore.getState().applyLiveSessions(hallId, items);
        })
        .catch(() => {
          // The hall answer's `live` flags stand; the next reconnect reads again.
        });
    const off = onConnected(() => {
      // Subscribe first, then read: whatever changes after the read arrives as an update.
      if (subscribe)
        void socketRequest('sessions:subscribe', {})
          .catch(() => undefined)
          .then(read);
      else void read();
    });
    return () => {
      alive = false;
      abort.abort();
      off();
    };
  }, [hallId, subscribe]);
}
