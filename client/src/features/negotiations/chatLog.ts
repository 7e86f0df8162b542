import type { ChatMessage, ErrorCode } from '@pavilion/shared';
import { compareStreamIds } from '../../lib/streamIds';

/** A message of ours the server has not confirmed yet (or refused). */
export interface PendingChat {
  clientMsgId: string;
  text: string;
  status: 'sending' | 'failed';
  error?: ErrorCode | 'NETWORK';
}

/** The negotiation's chat as this screen holds it: confirmed messages in server order, and our pending sends. */
export interface ChatLog {
  messages: ChatMessage[];
  pending: PendingChat[];
}

/** At most this many messages stay on screen. */
export const MAX_CHAT_MESSAGES = 500;

/** The chat of a negotiation's room. */
export function negotiationRoom(negotiationId: string): string {
  return `negotiation:${negotiationId}`;
}

/**
 * Adds confirmed messages: each id once, in stream order, only the room's. A message that confirms one
 * of our sends (same clientMsgId) takes the pending one's place.
 */
export function mergeChat(log: ChatLog, room: string, incoming: readonly ChatMessage[]): ChatLog {
  const fresh = incoming.filter((m) => m.room === room);
  if (fresh.length === 0) return log;
  const byId = new Map(log.messages.map((m) => [m.id, m]));
  for (const m of fresh) byId.set(m.id, m);
  const messages = [...byId.values()].sort((a, b) => compareStreamIds(a.id, b.id)).slice(-MAX_CHAT_MESSAGES);
  const confirmed = new Set(fresh.map((m) => m.clientMsgId));
  return { messages, pending: log.pending.filter((p) => !confirmed.has(p.clientMsgId)) };
}

/** Drops one of our pending sends (the sender gave up on it). */
export function dropPending(log: ChatLog, clientMsgId: string): ChatLog {
  return { ...log, pending: log.pending.filter((p) => p.clientMsgId !== clientMsgId) };
}

/** Drops a deleted message (moderation). */
export function removeChatMessage(log: ChatLog, messageId: string): ChatLog {
  return { ...log, messages: log.messages.filter((m) => m.id !== messageId) };
}

/** Adds or updates one of our pending sends. */
export function upsertPending(log: ChatLog, pending: PendingChat): ChatLog {
  const known = log.pending.some((p) => p.clientMsgId === pending.clientMsgId);
  return {
    ...log,
    pending: known ? log.pending.map((p) => (p.clientMsgId === pending.clientMsgId ? pending : p)) : [...log.pending, pending],
  };
}
