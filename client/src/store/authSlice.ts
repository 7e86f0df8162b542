import type { LoginBody, RegisterBody, User } from '@pavilion/shared';
import type { StateCreator } from 'zustand';
import { ApiError } from '../net/ApiError';
import type { AppState } from './appStore';
import type { StoreDeps } from './deps';

/** Who is signed in. `unknown` until `GET /api/me` has answered once. */
export interface AuthSlice {
  user: User | null;
  authStatus: 'unknown' | 'loading' | 'ready';
  loadAuth: () => Promise<void>;
  login: (body: LoginBody) => Promise<User>;
  register: (body: RegisterBody) => Promise<User>;
  logout: () => Promise<void>;
  /** Why the server ended this browser's session (shown once, until dismissed); null when it did not. */
  revokedNotice: 'logout' | 'password' | null;
  /** The server ended the session (signed out elsewhere, or the password changed): become a guest. */
  authRevoked: (reason: 'logout' | 'password') => void;
  dismissRevokedNotice: () => void;
  /** The organization has just set up its booth (`/api/me` would now say so too). */
  setOwnBooth: (boothId: string) => void;
}

export const createAuthSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], AuthSlice> =>
  (set, get) => ({
    user: null,
    authStatus: 'unknown',
    revokedNotice: null,
    loadAuth: async () => {
      if (get().authStatus === 'loading') return;
      set({ authStatus: 'loading' });
      try {
        const { user } = await deps.rest.me();
        set({ user, authStatus: 'ready' });
      } catch (error) {
        // A guest gets `user: null`; a 401 means a session the server no longer knows; either way anonymous.
        if (!(error instanceof ApiError)) console.warn('sign-in check failed', error);
        set({ user: null, authStatus: 'ready' });
      }
    },
    login: async (body) => {
      const { user } = await deps.rest.login(body);
      set({ user, authStatus: 'ready', revokedNotice: null });
      return user;
    },
    register: async (body) => {
      const { user } = await deps.rest.register(body);
      set({ user, authStatus: 'ready' });
      return user;
    },
    logout: async () => {
      // Our own sign-out also reaches our socket as a revocation; with the user already gone it is not news.
      set({ user: null });
      try {
        await deps.rest.logout();
      } finally {
        set({ user: null, authStatus: 'ready', revokedNotice: null });
      }
    },
    authRevoked: (reason) => {
      if (!get().user) return;
      set({ user: null, authStatus: 'ready', revokedNotice: reason });
    },
    dismissRevokedNotice: () => set({ revokedNotice: null }),
    setOwnBooth: (boothId) => {
      const user = get().user;
      if (user) set({ user: { ...user, boothId } });
    },
  });
