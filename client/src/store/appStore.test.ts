import type { Booth, HallAnswer, User } from '@pavilion/shared';
import { ApiError } from '../net/ApiError';
import { createAppStore } from './appStore';
import type { StoreDeps } from './deps';
import { testBooth } from './testBooth';

const user: User = { id: 'u1', displayName: 'Ada', role: 'visitor' };
const booth = (slot: number, hallId = 'patents'): Booth =>
  testBooth(slot, { hallId, exhibitCount: 2, typeCounts: { patent: 2, trademark: 0, copyright: 0 } });
const hallAnswer = (id: string, booths: Booth[]): HallAnswer => ({
  hall: { id, name: id, category: 'patent', width: 404, depth: 238, capacity: 600 },
  booths,
});

/** No live connection: these tests cover the REST half. */
const offlineSocket: StoreDeps['socket'] = {
  request: () => Promise.reject(new ApiError('NETWORK', 'offline')),
  sendTyping: () => undefined,
  isConnected: () => false,
};

/** An in-memory server answering the store's REST calls. */
function memoryServer(over: Partial<StoreDeps['rest']> = {}): StoreDeps {
  const notFound = () => Promise.reject(new ApiError('NOT_FOUND', 'no such thing', 404));
  return {
    socket: offlineSocket,
    rest: {
      me: () => Promise.reject(new ApiError('UNAUTHENTICATED', 'sign in', 401)),
      login: () => Promise.resolve({ user, token: 't' }),
      register: () => Promise.resolve({ user, token: 't' }),
      logout: () => Promise.resolve({}),
      expo: () => Promise.resolve({ name: 'Expo', halls: [] }),
      hall: (id: string) => (id === 'patents' ? Promise.resolve(hallAnswer('patents', [booth(0), booth(1)])) : notFound()),
      stats: () => notFound(),
      ...over,
    },
  };
}

describe('auth slice', () => {
  test('a guest answer from /api/me (user: null) means an anonymous visitor, and the check is done', async () => {
    const store = createAppStore(memoryServer({ me: () => Promise.resolve({ user: null }) }));
    await store.getState().loadAuth();
    expect(store.getState()).toMatchObject({ user: null, authStatus: 'ready' });
  });

  test('a 401 from /api/me (a session that ended) means an anonymous visitor, and the check is done', async () => {
    const store = createAppStore(memoryServer());
    await store.getState().loadAuth();
    expect(store.getState()).toMatchObject({ user: null, authStatus: 'ready' });
  });

  test('login signs the user in; logout signs them out even if the server call fails', async () => {
    const store = createAppStore(memoryServer({ logout: () => Promise.reject(new ApiError('NETWORK', 'offline')) }));
    await store.getState().login({ email: 'a@b.c', password: 'x' });
    expect(store.getState().user?.id).toBe('u1');
    await expect(store.getState().logout()).rejects.toThrow('offline');
    expect(store.getState().user).toBeNull();
  });

  test('a session the server ended signs the user out and says why; our own sign-out shows no notice', async () => {
    const store = createAppStore(
      memoryServer({
        // The server's revocation reaches our socket while our own sign-out is still in flight.
        logout: () => {
          store.getState().authRevoked('logout');
          return Promise.resolve({});
        },
      }),
    );
    await store.getState().login({ email: 'a@b.c', password: 'x' });
    store.getState().authRevoked('password');
    expect(store.getState()).toMatchObject({ user: null, authStatus: 'ready', revokedNotice: 'password' });
    store.getState().dismissRevokedNotice();
    await store.getState().login({ email: 'a@b.c', password: 'x' });
    await store.getState().logout();
    expect(store.getState()).toMatchObject({ user: null, revokedNotice: null });
  });
});

describe('hall slice', () => {
  test('loading a hall indexes its booths by id', async () => {
    const store = createAppStore(memoryServer());
    await store.getState().loadHall('patents');
    const s = store.getState();
    expect(s.hallStatus).toBe('ready');
    expect(s.booths).toHaveLength(2);
    expect(s.boothsById.b1?.name).toBe('Booth 1');
  });

  test('an unknown hall is "not-found" (friendly page), a network failure is "error" (retry)', async () => {
    const store = createAppStore(memoryServer());
    await store.getState().loadHall('nowhere');
    expect(store.getState().hallStatus).toBe('not-found');
    const offline = createAppStore(memoryServer({ hall: () => Promise.reject(new ApiError('NETWORK', 'down')) }));
    await offline.getState().loadHall('patents');
    expect(offline.getState().hallStatus).toBe('error');
  });

  test('a hall with zero booths is ready, not an error', async () => {
    const store = createAppStore(memoryServer({ hall: () => Promise.resolve(hallAnswer('empty', [])) }));
    await store.getState().loadHall('empty');
    expect(store.getState()).toMatchObject({ hallStatus: 'ready', booths: [] });
  });

  test('the answer of a hall asked for earlier never overwrites the hall asked for last', async () => {
    let releaseSlow: (a: HallAnswer) => void = () => undefined;
    const store = createAppStore(
      memoryServer({
        hall: (id: string) =>
          id === 'slow' ? new Promise<HallAnswer>((r) => (releaseSlow = r)) : Promise.resolve(hallAnswer(id, [booth(5, id)])),
      }),
    );
    const slow = store.getState().loadHall('slow');
    await store.getState().loadHall('fast');
    releaseSlow(hallAnswer('slow', [booth(9, 'slow')]));
    await slow;
    expect(store.getState().hall?.id).toBe('fast');
    expect(store.getState().booths.map((b) => b.id)).toEqual(['b5']);
  });

  test('a panel opened by walking in closes when you walk out; one opened by a click stays', () => {
    const store = createAppStore(memoryServer());
    store.getState().openBooth('b1', 'walk');
    store.getState().leaveBooth('b1');
    expect(store.getState().activeBoothId).toBeNull();
    store.getState().openBooth('b1', 'click');
    store.getState().leaveBooth('b1');
    expect(store.getState().activeBoothId).toBe('b1');
  });

  test('each teleport request is distinct, and finishing an old one does not cancel a newer one', () => {
    const store = createAppStore(memoryServer());
    store.getState().requestTeleport('b1');
    const first = store.getState().teleport?.nonce ?? -1;
    store.getState().requestTeleport('b1');
    const second = store.getState().teleport?.nonce ?? -1;
    expect(second).toBeGreaterThan(first);
    store.getState().clearTeleport(first);
    expect(store.getState().teleport?.nonce).toBe(second);
    store.getState().clearTeleport(second);
    expect(store.getState().teleport).toBeNull();
  });
});

describe('expo slice', () => {
  test('live stats replace the fetched ones; a failed refresh keeps the last good figures', async () => {
    const stats = {
      deals: 1,
      totalAmount: { amount: 100, currency: 'CNY' as const },
      signedValue: { amount: 0, currency: 'CNY' as const },
      completedValue: { amount: 0, currency: 'CNY' as const },
      byType: {} as never,
      exhibitors: 1,
      overseasExhibitors: 0,
      exhibits: 1,
      visitorsOnline: 1,
      byRegion: {} as never,
      copyrightsInvolved: 0,
      uniqueVisitorsToday: 1,
      recentDeals: [],
      topHalls: [],
      topExhibitors: [],
    };
    const store = createAppStore(memoryServer({ stats: () => Promise.reject(new ApiError('NETWORK', 'down')) }));
    store.getState().applyStats(stats);
    await store.getState().loadStats();
    expect(store.getState()).toMatchObject({ stats, statsStatus: 'ready' });
  });
});
