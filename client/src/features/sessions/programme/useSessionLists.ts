import type { LiveSession } from '@pavilion/shared';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { isConnected, onConnected, onServer, socketRequest } from '../../../net/gateway';
import { mergeSessionUpdate, NO_SESSIONS, type SessionLists, sessionListsFrom } from './sessionLists';
import { sessionsApi } from './sessionsApi';

/** Where the lists stand: `loading` until the first snapshot, `error` only while there is none. */
export type SessionListsStatus = 'loading' | 'ready' | 'error';

type State = { status: SessionListsStatus; lists: SessionLists };
type Action =
  | { type: 'loaded'; lists: SessionLists; replay: LiveSession[] }
  | { type: 'failed' }
  | { type: 'updated'; session: LiveSession }
  | { type: 'reset' };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { status: 'ready', lists: action.replay.reduce(mergeSessionUpdate, action.lists) };
    case 'failed':
      return state.status === 'ready' ? state : { ...state, status: 'error' };
    case 'updated': {
      const lists = mergeSessionUpdate(state.lists, action.session);
      return lists === state.lists ? state : { ...state, lists };
    }
    case 'reset':
      return { status: 'loading', lists: NO_SESSIONS };
  }
}

/**
 * The live and upcoming sessions, kept current by `session:updated` (expo-wide after `sessions:subscribe`;
 * re-subscribed on every reconnect, since a new connection has no subscription).
 * - `subscribe` (the lobby): the subscription's own answer is the snapshot.
 * - `rest` (the programme): the snapshot is `GET /api/sessions` (every session of the hall, up to the
 *   server's cap), read again after each (re)subscription so nothing changed in between is missed.
 * Updates that arrive while a snapshot is on its way are applied on top of it (older ones are ignored by `seq`).
 */
export function useSessionLists(source: 'subscribe' | 'rest', hallId: string | null = null) {
  const [state, dispatch] = useReducer(reduce, { status: 'loading', lists: NO_SESSIONS });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    let alive = true;
    let ticket = 0;
    let pending: LiveSession[] | null = null;
    dispatch({ type: 'reset' });
    const here = (s: LiveSession) => hallId === null || s.hallId === hallId;

    const offUpdated = onServer('session:updated', ({ session }) => {
      if (!here(session)) return;
      pending?.push(session);
      dispatch({ type: 'updated', session });
    });

    const snapshot = async (read: () => Promise<{ live: LiveSession[]; upcoming: LiveSession[] }>) => {
      const mine = ++ticket;
      pending = [];
      try {
        const { live, upcoming } = await read();
        if (!alive || mine !== ticket) return;
        dispatch({ type: 'loaded', lists: sessionListsFrom(live, upcoming, hallId), replay: pending });
      } catch {
        if (alive && mine === ticket) dispatch({ type: 'failed' });
      } finally {
        if (mine === ticket) pending = null;
      }
    };
    const readRest = async () => {
      const [live, upcoming] = await Promise.all([sessionsApi.list('live', hallId), sessionsApi.list('upcoming', hallId)]);
      return { live: live.items, upcoming: upcoming.items };
    };
    const subscribe = () => socketRequest('sessions:subscribe', {});

    // Offline for now: show the REST lists; the subscription follows once connected.
    if (!isConnected()) void snapshot(readRest);
    const offConnected = onConnected(() => {
      if (source === 'subscribe') void snapshot(subscribe);
      else
        void subscribe()
          .catch(() => undefined)
          .then(() => snapshot(readRest));
    });
    return () => {
      alive = false;
      offUpdated();
      offConnected();
    };
  }, [source, hallId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
