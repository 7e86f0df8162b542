import type { Booth, Hall } from '@pavilion/shared';
import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';
import type { StoreDeps } from './deps';
import { type LoadStatus, statusOfError } from './loadStatus';

/** How a booth panel came to be open; a panel opened by walking in closes again when you walk out. */
export type BoothOpenSource = 'walk' | 'click' | 'search' | 'list';

/** The hall being visited: its data, the open booth panel, where you are, and pending teleports. */
export interface HallSlice {
  hallId: string | null;
  hall: Hall | null;
  booths: Booth[];
  boothsById: Record<string, Booth>;
  hallStatus: LoadStatus;
  activeBoothId: string | null;
  activeBoothSource: BoothOpenSource | null;
  /** The block of the hall the camera is in ("B3"); changes only when you cross into another block. */
  zone: string | null;
  /** The booth you are standing in, if any (the breadcrumb's last step). */
  currentBoothId: string | null;
  /** A teleport the 3D scene has not carried out yet; `nonce` makes a repeat request to the same booth distinct. */
  teleport: { boothId: string; nonce: number } | null;
  loadHall: (hallId: string) => Promise<void>;
  openBooth: (boothId: string, source: BoothOpenSource) => void;
  closeBooth: () => void;
  /** Closes the panel only if walking opened it (called when you walk out of that booth). */
  leaveBooth: (boothId: string) => void;
  setZone: (zone: string | null) => void;
  setCurrentBooth: (boothId: string | null) => void;
  requestTeleport: (boothId: string) => void;
  clearTeleport: (nonce: number) => void;
}

let loadTicket = 0;

export const createHallSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], HallSlice> =>
  (set, get) => ({
    hallId: null,
    hall: null,
    booths: [],
    boothsById: {},
    hallStatus: 'idle',
    activeBoothId: null,
    activeBoothSource: null,
    zone: null,
    currentBoothId: null,
    teleport: null,
    loadHall: async (hallId) => {
      const ticket = ++loadTicket;
      const same = get().hallId === hallId && get().hallStatus === 'ready';
      set({
        hallId,
        hallStatus: same ? 'ready' : 'loading',
        ...(same
          ? {}
          : {
              hall: null,
              booths: [],
              boothsById: {},
              activeBoothId: null,
              activeBoothSource: null,
              zone: null,
              currentBoothId: null,
              teleport: null,
            }),
      });
      try {
        const { hall, booths } = await deps.rest.hall(hallId);
        if (ticket !== loadTicket) return; // a newer hall was asked for meanwhile
        const boothsById: Record<string, Booth> = {};
        for (const booth of booths) boothsById[booth.id] = booth;
        set({ hall, booths, boothsById, hallStatus: 'ready' });
      } catch (error) {
        if (ticket !== loadTicket) return;
        set({ hallStatus: same ? 'ready' : statusOfError(error) });
      }
    },
    openBooth: (boothId, source) => set({ activeBoothId: boothId, activeBoothSource: source }),
    closeBooth: () => set({ activeBoothId: null, activeBoothSource: null }),
    leaveBooth: (boothId) => {
      const { activeBoothId, activeBoothSource } = get();
      if (activeBoothId === boothId && activeBoothSource === 'walk') set({ activeBoothId: null, activeBoothSource: null });
    },
    setZone: (zone) => {
      if (get().zone !== zone) set({ zone });
    },
    setCurrentBooth: (boothId) => {
      if (get().currentBoothId !== boothId) set({ currentBoothId: boothId });
    },
    requestTeleport: (boothId) => set({ teleport: { boothId, nonce: (get().teleport?.nonce ?? 0) + 1 } }),
    clearTeleport: (nonce) => {
      if (get().teleport?.nonce === nonce) set({ teleport: null });
    },
  });
