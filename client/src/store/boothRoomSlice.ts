import type { ErrorCode, LiveSession } from '@pavilion/shared';
import type { StateCreator } from 'zustand';
import { ApiError } from '../net/ApiError';
import type { AppState } from './appStore';
import { boothChatRoom } from './chatRoom';
import type { StoreDeps } from './deps';

/**
 * The booth room we are in (or entering): the open booth panel's booth. `rejoining` means we were in
 * and the connection dropped: the panel keeps working (sends queue up) until we are in again.
 */
export interface BoothRoom {
  boothId: string;
  status: 'entering' | 'in' | 'rejoining' | 'error';
  error?: ErrorCode | 'NETWORK';
  liveSession: LiveSession | null;
}

/**
 * Booth rooms (`booth:enter` / `booth:leave`) and how many people are in each booth.
 * Enter and leave go out one at a time, in order, so a quick close-and-reopen can never leave the
 * server thinking we are somewhere we are not; after a reconnect the room is entered again.
 */
export interface BoothRoomSlice {
  boothRoom: BoothRoom | null;
  /** People in a booth now, from `booth:enter` and `booth:occupancy`; `seq` grows with every report. */
  occupancy: Record<string, { count: number; seq: number }>;
  enterBoothRoom: (boothId: string) => void;
  leaveBoothRoom: (boothId: string) => void;
  applyOccupancy: (boothId: string, count: number) => void;
  /** The socket (re)connected: the server has forgotten our rooms, so enter ours again. */
  rejoinRooms: () => void;
  /** The socket dropped: nothing is entered on the server any more. */
  connectionLost: () => void;
}

export const createBoothRoomSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], BoothRoomSlice> =>
  (set, get) => {
    /** Booths the server has us in on the current connection. */
    const entered = new Set<string>();
    let queue: Promise<void> = Promise.resolve();
    const serial = (op: () => Promise<void>) => {
      queue = queue.then(op, op);
    };
    const wanted = (boothId: string) => get().boothRoom?.boothId === boothId;

    const enter = async (boothId: string) => {
      if (!wanted(boothId) || !deps.socket.isConnected()) return;
      if (entered.has(boothId)) {
        // Closed and reopened before the leave went out: we never left.
        const room = get().boothRoom;
        if (room && room.status !== 'in') set({ boothRoom: { ...room, status: 'in' } });
        return;
      }
      try {
        const answer = await deps.socket.request('booth:enter', { boothId });
        entered.add(boothId);
        get().applyOccupancy(boothId, answer.occupants);
        if (!wanted(boothId)) return; // closed meanwhile: the queued leave follows
        set({ boothRoom: { boothId, status: 'in', liveSession: answer.liveSession } });
        await get().openChatRoom(boothChatRoom(boothId), answer.messages);
      } catch (error) {
        if (!wanted(boothId)) return;
        const code = error instanceof ApiError ? error.code : 'INTERNAL';
        // A dropped connection is not an error to show: the reconnect enters again.
        if (code === 'NETWORK' && !deps.socket.isConnected()) return;
        set({ boothRoom: { boothId, status: 'error', error: code, liveSession: null } });
      }
    };

    const leave = async (boothId: string) => {
      if (wanted(boothId)) return; // reopened meanwhile: stay
      get().closeChatRoom(boothChatRoom(boothId));
      if (!entered.has(boothId) || !deps.socket.isConnected()) return;
      entered.delete(boothId);
      try {
        await deps.socket.request('booth:leave', { boothId });
      } catch {
        // Not fatal: the server drops us from the booth when this socket goes away anyway.
      }
    };

    return {
      boothRoom: null,
      occupancy: {},

      enterBoothRoom: (boothId) => {
        const current = get().boothRoom;
        if (current?.boothId === boothId && current.status !== 'error') return;
        // Another booth's room is left first (the queue keeps the order on the wire).
        if (current && current.boothId !== boothId) get().leaveBoothRoom(current.boothId);
        set({ boothRoom: { boothId, status: 'entering', liveSession: null } });
        serial(() => enter(boothId));
      },

      leaveBoothRoom: (boothId) => {
        if (wanted(boothId)) set({ boothRoom: null });
        serial(() => leave(boothId));
      },

      applyOccupancy: (boothId, count) => {
        const seq = (get().occupancy[boothId]?.seq ?? 0) + 1;
        set({ occupancy: { ...get().occupancy, [boothId]: { count, seq } } });
      },

      rejoinRooms: () => {
        entered.clear();
        const room = get().boothRoom;
        if (room) serial(() => enter(room.boothId));
      },

      connectionLost: () => {
        entered.clear();
        const room = get().boothRoom;
        if (room?.status === 'in') set({ boothRoom: { ...room, status: 'rejoining' } });
      },
    };
  };
