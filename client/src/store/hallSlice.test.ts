import type { Booth, HallAnswer, LiveSession } from '@pavilion/shared';
import { ApiError } from '../net/ApiError';
import { liveSession } from '../test/sessionFixture';
import { createAppStore } from './appStore';
import type { StoreDeps } from './deps';
import { testBooth } from './testBooth';

const booth = (slot: number, live = false): Booth => testBooth(slot, { live });
/** A session live in the patents hall since t=1000 (the store keys booth badges by its booth and title). */
const session = (over: Partial<LiveSession> & { id: string; boothId: string }): LiveSession =>
  liveSession({ title: 'Batteries that last', status: 'live', startsAt: 1_000, startedAt: 1_000, ...over });

/** The patents hall with booth b1 already live; no live connection. */
function hallStore() {
  const deps: StoreDeps = {
    socket: { request: () => Promise.reject(new ApiError('NETWORK', 'offline')), sendTyping: () => undefined, isConnected: () => false },
    rest: {
      me: () => Promise.reject(new ApiError('UNAUTHENTICATED', 'sign in', 401)),
      login: () => Promise.reject(new ApiError('NETWORK', 'offline')),
      register: () => Promise.reject(new ApiError('NETWORK', 'offline')),
      logout: () => Promise.resolve({}),
      expo: () => Promise.resolve({ name: 'Expo', halls: [] }),
      hall: (): Promise<HallAnswer> =>
        Promise.resolve({
          hall: { id: 'patents', name: 'Patents', category: 'patent', width: 404, depth: 238, capacity: 600 },
          booths: [booth(0), booth(1, true)],
        }),
      stats: () => Promise.reject(new ApiError('NOT_FOUND', 'no', 404)),
    },
  };
  return createAppStore(deps);
}

describe('hall slice: live sessions', () => {
  test('a session going live in this hall makes its booth live (beacon on), in the list and by id', async () => {
    const store = hallStore();
    await store.getState().loadHall('patents');
    store.getState().applySessionUpdate(session({ id: 's1', boothId: 'b0', seq: 2 }));
    const s = store.getState();
    expect(s.booths.find((b) => b.id === 'b0')?.live).toBe(true);
    expect(s.boothsById.b0?.live).toBe(true);
    expect(s.boothSessions.b0).toEqual({ sessionId: 's1', title: 'Batteries that last', live: true, seq: 2 });
  });

  test('a session ending makes its booth quiet again', async () => {
    const store = hallStore();
    await store.getState().loadHall('patents');
    store.getState().applySessionUpdate(session({ id: 's7', boothId: 'b1', status: 'ended', endedAt: 5_000, seq: 3 }));
    expect(store.getState().boothsById.b1?.live).toBe(false);
    expect(store.getState().booths.map((b) => b.live)).toEqual([false, false]);
  });

  test('sessions of another hall, scheduled sessions and unchanged updates leave the hall untouched', async () => {
    const store = hallStore();
    await store.getState().loadHall('patents');
    const before = store.getState().booths;
    store.getState().applySessionUpdate(session({ id: 's2', boothId: 'b0', hallId: 'trademarks' }));
    store.getState().applySessionUpdate(session({ id: 's3', boothId: 'b0', status: 'scheduled', startsAt: 9e12 }));
    expect(store.getState().booths).toBe(before);
    store.getState().applySessionUpdate(session({ id: 's4', boothId: 'b0', seq: 2 }));
    const live = store.getState().booths;
    store.getState().applySessionUpdate(session({ id: 's4', boothId: 'b0', seq: 3, viewers: 40 }));
    expect(store.getState().booths).toBe(live);
  });

  test('a late update sent before the end (lower seq) does not relight the booth', async () => {
    const store = hallStore();
    await store.getState().loadHall('patents');
    store.getState().applySessionUpdate(session({ id: 's5', boothId: 'b0', seq: 2 }));
    store.getState().applySessionUpdate(session({ id: 's5', boothId: 'b0', status: 'ended', seq: 4 }));
    store.getState().applySessionUpdate(session({ id: 's5', boothId: 'b0', viewers: 3, seq: 3 }));
    expect(store.getState().boothsById.b0?.live).toBe(false);
  });

  test('the live list after a reconnect corrects what was missed: listed booths live, the rest quiet', async () => {
    const store = hallStore();
    await store.getState().loadHall('patents');
    store.getState().applyLiveSessions('patents', [session({ id: 's6', boothId: 'b0', title: 'Solid-state cells' })]);
    expect(store.getState().booths.map((b) => b.live)).toEqual([true, false]);
    expect(store.getState().boothSessions.b0?.title).toBe('Solid-state cells');
    store.getState().applyLiveSessions('trademarks', []);
    expect(store.getState().boothsById.b0?.live).toBe(true);
  });
});
