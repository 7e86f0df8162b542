import type { ChatMessage } from '@pavilion/shared';
import type { StateCreator } from 'zustand';
import { ApiError } from '../net/ApiError';
import type { AppState } from './appStore';
import {
  addPending,
  boothChatRoom,
  CHAT_PAGE,
  type ChatRoomState,
  dropPending,
  emptyRoom,
  lastMessageId,
  mergeMessages,
  newClientMsgId,
  oldestMessageId,
  receiveTyping,
  removeMessage,
  type SendError,
  shouldSendTyping,
  updatePending,
} from './chatRoom';
import type { StoreDeps } from './deps';

/** How long one `chat:send` may go unanswered before it is sent again (same clientMsgId). */
export const SEND_TIMEOUT_MS = 6000;
/** Sends tried while connected before a message is marked failed (the user can retry by hand). */
export const MAX_SEND_ATTEMPTS = 3;
/** The page size of the catch-up after a reconnect, and how many pages it reads at most. */
const CATCH_UP_PAGE = 200;
const CATCH_UP_MAX_PAGES = 20;

/** Chat rooms the client is in: messages, our pending sends, typing hints, moderation. */
export interface ChatSlice {
  chatRooms: Record<string, ChatRoomState>;
  /**
   * Starts or resumes a room with the latest messages (from `booth:enter`). When the room was open before
   * (a reconnect), everything after its last message is fetched too, and queued sends go out again.
   */
  openChatRoom: (room: string, latest: ChatMessage[]) => Promise<void>;
  closeChatRoom: (room: string) => void;
  receiveChatMessage: (message: ChatMessage) => void;
  receiveChatDeleted: (room: string, messageId: string) => void;
  receiveChatTyping: (room: string, userId: string, userName: string) => void;
  sendChatMessage: (room: string, text: string) => Promise<void>;
  /** Sends a failed message again with its original clientMsgId (the server answers a duplicate with the first). */
  retryChatMessage: (room: string, clientMsgId: string) => Promise<void>;
  discardChatMessage: (room: string, clientMsgId: string) => void;
  loadOlderChat: (room: string) => Promise<void>;
  /** A keystroke in the composer: tells the room at most once per 2 s. */
  notifyTyping: (room: string) => void;
  /** Moderation; rejects with the server's ApiError for the caller to show. */
  deleteChatMessage: (room: string, messageId: string) => Promise<void>;
  muteChatUser: (room: string, userId: string, minutes: number) => Promise<void>;
}

function sendErrorOf(error: unknown): SendError {
  if (error instanceof ApiError) {
    const retryAfterMs = typeof error.details?.retryAfterMs === 'number' ? error.details.retryAfterMs : undefined;
    return { code: error.code, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  return { code: 'INTERNAL' };
}

export const createChatSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], ChatSlice> =>
  (set, get) => {
    const inFlight = new Set<string>();
    const typingSentAt = new Map<string, number>();

    /** Whether a message to `room` can go out now: connected, and inside the booth for a booth's room. */
    const canPost = (room: string) => {
      if (!deps.socket.isConnected()) return false;
      if (!room.startsWith('booth:')) return true;
      const booth = get().boothRoom;
      return booth?.status === 'in' && boothChatRoom(booth.boothId) === room;
    };

    const patchRoom = (room: string, change: (r: ChatRoomState) => ChatRoomState) => {
      const current = get().chatRooms[room];
      if (!current) return;
      const next = change(current);
      if (next !== current) set({ chatRooms: { ...get().chatRooms, [room]: next } });
    };

    /** Sends one pending message until the server confirms it, refuses it, or the socket drops. */
    const attempt = async (room: string, clientMsgId: string): Promise<void> => {
      if (inFlight.has(clientMsgId)) return;
      inFlight.add(clientMsgId);
      try {
        for (;;) {
          const pending = get().chatRooms[room]?.pending.find((p) => p.clientMsgId === clientMsgId);
          if (!pending) return; // confirmed meanwhile (broadcast first), discarded, or the room was closed
          if (!canPost(room)) {
            // Offline or re-entering the booth: sent with the same clientMsgId once we are back in.
            patchRoom(room, (r) => updatePending(r, clientMsgId, { status: 'queued' }));
            return;
          }
          const attempts = pending.attempts + 1;
          patchRoom(room, (r) => updatePending(r, clientMsgId, { status: 'sending', attempts, error: undefined }));
          try {
            const { message } = await deps.socket.request('chat:send', { room, text: pending.text, clientMsgId }, SEND_TIMEOUT_MS);
            get().receiveChatMessage(message);
            return;
          } catch (error) {
            const e = sendErrorOf(error);
            const transient = e.code === 'NETWORK' || e.code === 'UNAVAILABLE';
            if (transient && !canPost(room)) {
              patchRoom(room, (r) => updatePending(r, clientMsgId, { status: 'queued' }));
              return;
            }
            if (transient && attempts < MAX_SEND_ATTEMPTS) continue; // same clientMsgId: the server dedupes
            patchRoom(room, (r) => updatePending(r, clientMsgId, { status: 'failed', error: e }));
            return;
          }
        }
      } finally {
        inFlight.delete(clientMsgId);
      }
    };

    return {
      chatRooms: {},

      openChatRoom: async (room, latest) => {
        const existing = get().chatRooms[room];
        const resumeAfter = existing ? lastMessageId(existing) : null;
        const base = existing ?? { ...emptyRoom(room), hasOlder: latest.length >= CHAT_PAGE };
        set({ chatRooms: { ...get().chatRooms, [room]: mergeMessages(base, latest) } });
        if (resumeAfter) {
          // The latest page may not reach back to where we were: read forward from our last message.
          let cursor = resumeAfter;
          for (let page = 0; page < CATCH_UP_MAX_PAGES && get().chatRooms[room]; page++) {
            try {
              const { messages } = await deps.socket.request('chat:history', { room, after: cursor, limit: CATCH_UP_PAGE });
              patchRoom(room, (r) => mergeMessages(r, messages));
              const last = messages.at(-1);
              if (!last || messages.length < CATCH_UP_PAGE) break;
              cursor = last.id;
            } catch {
              break; // the next reconnect tries again from the same last message
            }
          }
        }
        for (const p of get().chatRooms[room]?.pending ?? []) if (p.status !== 'failed') void attempt(room, p.clientMsgId);
      },

      closeChatRoom: (room) => {
        if (!get().chatRooms[room]) return;
        const next = { ...get().chatRooms };
        delete next[room];
        set({ chatRooms: next });
        typingSentAt.delete(room);
      },

      receiveChatMessage: (message) => patchRoom(message.room, (r) => mergeMessages(r, [message])),

      receiveChatDeleted: (room, messageId) => patchRoom(room, (r) => removeMessage(r, messageId)),

      receiveChatTyping: (room, userId, userName) => {
        if (userId === get().user?.id) return; // our own other tab
        patchRoom(room, (r) => receiveTyping(r, userId, userName, Date.now()));
      },

      sendChatMessage: async (room, text) => {
        if (!get().chatRooms[room]) return;
        const clientMsgId = newClientMsgId();
        // Our message ends our typing hint on the other side, so the next keystroke may announce typing again.
        typingSentAt.delete(room);
        patchRoom(room, (r) => addPending(r, { clientMsgId, text, status: 'sending', attempts: 0, createdAt: Date.now() }));
        await attempt(room, clientMsgId);
      },

      retryChatMessage: async (room, clientMsgId) => {
        patchRoom(room, (r) => updatePending(r, clientMsgId, { attempts: 0, error: undefined, status: 'sending' }));
        await attempt(room, clientMsgId);
      },

      discardChatMessage: (room, clientMsgId) => patchRoom(room, (r) => dropPending(r, clientMsgId)),

      loadOlderChat: async (room) => {
        const current = get().chatRooms[room];
        if (!current || current.older === 'loading' || !current.hasOlder) return;
        const before = oldestMessageId(current);
        patchRoom(room, (r) => ({ ...r, older: 'loading' }));
        try {
          const { messages } = await deps.socket.request('chat:history', {
            room,
            ...(before ? { before } : {}),
            limit: CHAT_PAGE,
          });
          patchRoom(room, (r) => ({ ...mergeMessages(r, messages), older: 'idle', hasOlder: messages.length >= CHAT_PAGE }));
        } catch {
          patchRoom(room, (r) => ({ ...r, older: 'error' }));
        }
      },

      notifyTyping: (room) => {
        const now = Date.now();
        if (!get().user || !shouldSendTyping(typingSentAt.get(room), now)) return;
        typingSentAt.set(room, now);
        deps.socket.sendTyping(room);
      },

      deleteChatMessage: async (room, messageId) => {
        await deps.socket.request('chat:delete', { room, messageId });
        get().receiveChatDeleted(room, messageId);
      },

      muteChatUser: async (room, userId, minutes) => {
        await deps.socket.request('chat:mute', { room, userId, minutes });
      },
    };
  };
