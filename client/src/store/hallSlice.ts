import type { Booth, Hall, LiveSession } from '@pavilion/shared';
import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';
import type { StoreDeps } from './deps';
import { type LoadStatus, statusOfError } from './loadStatus';

/** How a booth panel came to be open; a panel opened by walking in closes again when you walk out. */
export type BoothOpenSource = 'walk' | 'click' | 'search' | 'list';

/** What the hall knows of a booth's latest session: enough for its LIVE marker, and to tell a late update from news. */
export interface BoothSessionState {
  sessionId: string;
  title: string;
  live: boolean;
  seq: number;
}

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
  /** The latest session of each booth of this hall that has had one since we came (by booth id). */
  boothSessions: Record<string, BoothSessionState>;
  loadHall: (hallId: string) => Promise<void>;
  openBooth: (boothId: string, source: BoothOpenSource) => void;
  closeBooth: () => void;
  /** Closes the panel only if walking opened it (called when you walk out of that booth). */
  leaveBooth: (boothId: string) => void;
  setZone: (zone: string | null) => void;
  setCurrentBooth: (boothId: string | null) => void;
  requestTeleport: (boothId: string) => void;
  clearTeleport: (nonce: number) => void;
  /**
   * A `session:updated` (to the hall's room): its booth goes live ('live') or quiet ('ended');
   * other halls' sessions, scheduled ones and late updates (lower `seq`) change nothing.
   */
  applySessionUpdate: (session: LiveSession) => void;
  /** The hall's live sessions as the server lists them now (after a (re)connect): what was missed is corrected. */
  applyLiveSessions: (hallId: string, live: LiveSession[]) => void;
}

/** The booths with `live` set as `boothSessions` says (the same array when nothing changes). */
function withLiveFlags(booths: Booth[], isLive: (booth: Booth) => boolean): { booths: Booth[]; boothsById: Record<string, Booth> } | null {
  let changed = false;
  const next = booths.map((b) => {
    const live = isLive(b);
    if (b.live === live) return b;
    changed = true;
    return { ...b, live };
  });
  if (!changed) return null;
  const boothsById: Record<string, Booth> = {};
  for (const booth of next) boothsById[booth.id] = booth;
  return { booths: next, boothsById };
}

let loadTicket = 0;

/** What the store holds of a hall before one is read (and while another one loads). */
function noHall(): Pick<
  HallSlice,
  'hall' | 'booths' | 'boothsById' | 'activeBoothId' | 'activeBoothSource' | 'zone' | 'currentBoothId' | 'teleport' | 'boothSessions'
> {
  return {
    hall: null,
    booths: [],
    boothsById: {},
    activeBoothId: null,
    activeBoothSource: null,
    zone: null,
    currentBoothId: null,
    teleport: null,
    boothSessions: {},
  };
}

export const createHallSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], HallSlice> =>
  (set, get) => ({
    hallId: null,
    hallStatus: 'idle',
    ...noHall(),
    loadHall: async (hallId) => {
      const ticket = ++loadTicket;
      const same = get().hallId === hallId && get().hallStatus === 'ready';
      set({
        hallId,
        hallStatus: same ? 'ready' : 'loading',
        ...(same ? {} : noHall()),
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
    applySessionUpdate: (session) => {
      const { hallId, boothSessions, booths } = get();
      if (session.hallId !== hallId || session.status === 'scheduled') return;
      const held = boothSessions[session.boothId];
      const live = session.status === 'live';
      if (held?.sessionId === session.id && (held.seq > session.seq || (held.live === live && held.title === session.title))) return;
      // Another session of the booth ending (an older one) does not end the one on air.
      if (!live && held && held.sessionId !== session.id && held.live) return;
      const state: BoothSessionState = { sessionId: session.id, title: session.title, live, seq: session.seq };
      set({
        boothSessions: { ...boothSessions, [session.boothId]: state },
        ...withLiveFlags(booths, (b) => (b.id === session.boothId ? live : b.live)),
      });
    },
    applyLiveSessions: (hallId, live) => {
      if (get().hallId !== hallId) return;
      const boothSessions: Record<string, BoothSessionState> = {};
      for (const s of live) {
        if (s.hallId === hallId && s.status === 'live')
          boothSessions[s.boothId] = { sessionId: s.id, title: s.title, live: true, seq: s.seq };
      }
      // Ended sessions stay known, so a late update from before their end cannot revive them.
      for (const [boothId, held] of Object.entries(get().boothSessions)) {
        if (!boothSessions[boothId]) boothSessions[boothId] = { ...held, live: false };
      }
      const booths = get().booths;
      set({ boothSessions, ...withLiveFlags(booths, (b) => boothSessions[b.id]?.live ?? false) });
    },
  });
