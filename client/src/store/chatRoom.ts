/**
 * One chat room as the client holds it: confirmed messages (server order), our own messages still on
 * their way (pending, keyed by clientMsgId), and who is typing. Pure functions over plain data, so the
 * rules (ordering, dedupe, pending → confirmed) are unit-tested without a socket.
 */
import type { ChatMessage, ErrorCode } from '@pavilion/shared';
import { compareStreamIds } from '../lib/streamIds';

/** Messages per history page (the server's default page, and what `booth:enter` carries). */
export const CHAT_PAGE = 50;
/** The longest message the server accepts (characters). */
export const MAX_CHAT_LENGTH = 2000;
/** How long "X is typing…" stays after the last typing hint (ms). */
export const TYPING_SHOWN_MS = 3000;
/** We tell a room we are typing at most this often (ms). */
export const TYPING_SEND_EVERY_MS = 2000;
/** At most this many messages are kept per room; older ones are paged in again on demand. */
export const MAX_KEPT_MESSAGES = 500;

/** Why a message of ours is not (yet) in the room. */
export interface SendError {
  code: ErrorCode | 'NETWORK';
  /** For RATE_LIMITED and mutes: when trying again makes sense. */
  retryAfterMs?: number;
}

/**
 * A message of ours the server has not confirmed: `sending` (on the wire), `queued` (offline; sent again
 * with the same clientMsgId when the socket is back) or `failed` (the server said no, or retries ran out).
 */
export interface PendingMessage {
  clientMsgId: string;
  text: string;
  status: 'sending' | 'queued' | 'failed';
  attempts: number;
  error?: SendError;
  createdAt: number;
}

/** A chat room's state on this client. */
export interface ChatRoomState {
  room: string;
  /** Confirmed messages, oldest first, each once. */
  messages: ChatMessage[];
  pending: PendingMessage[];
  /** Ids deleted by a moderator: a history page fetched before the deletion must not bring them back. */
  deleted: Record<string, true>;
  /** Whether the server may hold older messages than the first one here. */
  hasOlder: boolean;
  older: 'idle' | 'loading' | 'error';
  /** userId → who is typing and until when (local clock, ms). */
  typing: Record<string, { name: string; until: number }>;
}

/** The chat room of a booth. */
export function boothChatRoom(boothId: string): string {
  return `booth:${boothId}`;
}

/** A room with nothing in it yet. */
export function emptyRoom(room: string): ChatRoomState {
  return { room, messages: [], pending: [], deleted: {}, hasOlder: false, older: 'idle', typing: {} };
}

/** The newest confirmed message id, the cursor for catching up after a reconnect. */
export function lastMessageId(state: ChatRoomState): string | null {
  return state.messages.at(-1)?.id ?? null;
}

/** The oldest confirmed message id, the cursor for paging back. */
export function oldestMessageId(state: ChatRoomState): string | null {
  return state.messages[0]?.id ?? null;
}

/**
 * Adds confirmed messages: each id once, in id order, never one a moderator deleted. A message that
 * confirms one of our pending sends (same clientMsgId) replaces it, and its author stops "typing".
 */
export function mergeMessages(state: ChatRoomState, incoming: readonly ChatMessage[]): ChatRoomState {
  const fresh = incoming.filter((m) => m.room === state.room && !state.deleted[m.id]);
  if (fresh.length === 0) return state;
  let messages: ChatMessage[];
  const last = state.messages.at(-1);
  const sortedIncoming = [...fresh].sort((a, b) => compareStreamIds(a.id, b.id));
  const first = sortedIncoming[0] as ChatMessage;
  if (!last || compareStreamIds(first.id, last.id) > 0) {
    // The common case: live messages arrive after everything we have.
    messages = [...state.messages];
    for (const m of sortedIncoming) if (compareStreamIds(m.id, messages.at(-1)?.id ?? '0-0') > 0) messages.push(m);
  } else {
    const byId = new Map(state.messages.map((m) => [m.id, m]));
    for (const m of sortedIncoming) byId.set(m.id, m);
    messages = [...byId.values()].sort((a, b) => compareStreamIds(a.id, b.id));
  }
  let hasOlder = state.hasOlder;
  if (messages.length > MAX_KEPT_MESSAGES) {
    messages = messages.slice(messages.length - MAX_KEPT_MESSAGES);
    hasOlder = true;
  }
  const confirmed = new Set(fresh.map((m) => m.clientMsgId));
  const pending = state.pending.some((p) => confirmed.has(p.clientMsgId))
    ? state.pending.filter((p) => !confirmed.has(p.clientMsgId))
    : state.pending;
  let typing = state.typing;
  for (const m of fresh) {
    if (typing[m.userId]) {
      typing = { ...typing };
      delete typing[m.userId];
    }
  }
  return { ...state, messages, pending, typing, hasOlder };
}

/** A moderator deleted a message: it goes, and stays gone. */
export function removeMessage(state: ChatRoomState, messageId: string): ChatRoomState {
  return {
    ...state,
    messages: state.messages.filter((m) => m.id !== messageId),
    deleted: { ...state.deleted, [messageId]: true },
  };
}

/** Adds a message of ours that is on its way. */
export function addPending(state: ChatRoomState, pending: PendingMessage): ChatRoomState {
  return { ...state, pending: [...state.pending, pending] };
}

/** Changes one pending message (status, attempts, error). */
export function updatePending(state: ChatRoomState, clientMsgId: string, patch: Partial<PendingMessage>): ChatRoomState {
  if (!state.pending.some((p) => p.clientMsgId === clientMsgId)) return state;
  return { ...state, pending: state.pending.map((p) => (p.clientMsgId === clientMsgId ? { ...p, ...patch } : p)) };
}

/** Drops a pending message (the sender gave up on it). */
export function dropPending(state: ChatRoomState, clientMsgId: string): ChatRoomState {
  return { ...state, pending: state.pending.filter((p) => p.clientMsgId !== clientMsgId) };
}

/** Someone else is typing: show them for {@link TYPING_SHOWN_MS} from now. */
export function receiveTyping(state: ChatRoomState, userId: string, name: string, now: number): ChatRoomState {
  return { ...state, typing: { ...state.typing, [userId]: { name, until: now + TYPING_SHOWN_MS } } };
}

/** Who is typing now, by name. */
export function typingNames(state: ChatRoomState | undefined, now: number): string[] {
  if (!state) return [];
  return Object.values(state.typing)
    .filter((t) => t.until > now)
    .map((t) => t.name);
}

/** When the typing line next changes (the earliest expiry), or null when nobody is typing. */
export function nextTypingExpiry(state: ChatRoomState | undefined, now: number): number | null {
  if (!state) return null;
  const live = Object.values(state.typing)
    .map((t) => t.until)
    .filter((u) => u > now);
  return live.length ? Math.min(...live) : null;
}

/** Whether a keystroke should send a typing hint, given when we last sent one. */
export function shouldSendTyping(lastSentAt: number | undefined, now: number): boolean {
  return lastSentAt === undefined || now - lastSentAt >= TYPING_SEND_EVERY_MS;
}

/** A fresh idempotency key for one message (letters, digits and `-`, as the contract's ClientKey allows). */
export function newClientMsgId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  // Older browsers: 128 random bits from getRandomValues.
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
