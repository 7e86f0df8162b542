import type { ExpoAnswer, ExpoStats } from '@pavilion/shared';
import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';
import type { StoreDeps } from './deps';
import type { LoadStatus } from './loadStatus';
import { statusOfError } from './loadStatus';

/** The expo's halls (lobby) and its headline statistics (lobby, /stats). */
export interface ExpoSlice {
  expo: ExpoAnswer | null;
  expoStatus: LoadStatus;
  stats: ExpoStats | null;
  statsStatus: LoadStatus;
  loadExpo: () => Promise<void>;
  loadStats: () => Promise<void>;
  /** Takes a fresher figure from `stats:updated` or the `stats:subscribe` ack. */
  applyStats: (stats: ExpoStats) => void;
}

export const createExpoSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], ExpoSlice> =>
  (set, get) => ({
    expo: null,
    expoStatus: 'idle',
    stats: null,
    statsStatus: 'idle',
    loadExpo: async () => {
      if (get().expoStatus === 'loading') return;
      set({ expoStatus: 'loading' });
      try {
        const expo = await deps.rest.expo();
        set({ expo, expoStatus: 'ready' });
      } catch (error) {
        set({ expoStatus: statusOfError(error) });
      }
    },
    loadStats: async () => {
      if (get().statsStatus === 'loading') return;
      set({ statsStatus: get().stats ? 'ready' : 'loading' });
      try {
        const stats = await deps.rest.stats();
        set({ stats, statsStatus: 'ready' });
      } catch (error) {
        // Keep showing the last good figures if a refresh fails.
        set({ statsStatus: get().stats ? 'ready' : statusOfError(error) });
      }
    },
    applyStats: (stats) => set({ stats, statsStatus: 'ready' }),
  });
