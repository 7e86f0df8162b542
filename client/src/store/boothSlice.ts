import type { BoothAnswer } from '@pavilion/shared';
import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';
import type { StoreDeps } from './deps';
import { type LoadStatus, statusOfError } from './loadStatus';

/** One booth's full record (organization, exhibits) as the panel and /booth/:id show it. */
export interface BoothDetail {
  status: LoadStatus;
  data: BoothAnswer | null;
}

/** A small cache of booth details, so reopening a booth panel is instant. */
export interface BoothSlice {
  boothDetails: Record<string, BoothDetail>;
  loadBooth: (boothId: string, opts?: { force?: boolean }) => Promise<void>;
}

/** How many booth details stay cached; the oldest are dropped beyond this. */
export const BOOTH_CACHE_LIMIT = 40;

export const createBoothSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], BoothSlice> =>
  (set, get) => ({
    boothDetails: {},
    loadBooth: async (boothId, opts = {}) => {
      const current = get().boothDetails[boothId];
      if (current && !opts.force && (current.status === 'ready' || current.status === 'loading')) return;
      const put = (detail: BoothDetail) => {
        const next = { ...get().boothDetails };
        delete next[boothId];
        next[boothId] = detail;
        const keys = Object.keys(next);
        for (const key of keys.slice(0, Math.max(0, keys.length - BOOTH_CACHE_LIMIT))) delete next[key];
        set({ boothDetails: next });
      };
      put({ status: 'loading', data: current?.data ?? null });
      try {
        put({ status: 'ready', data: await deps.rest.booth(boothId) });
      } catch (error) {
        put({ status: statusOfError(error), data: null });
      }
    },
  });
