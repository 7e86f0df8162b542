import type { ChatAuthorRole, ChatMessage } from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import type { AppSocket } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';

const sendScript = LuaScript.fromFile('./chatSend.lua', import.meta.url);

/** Chat limits. */
export const CHAT = {
  /** Messages per user per room per window. */
  rateLimit: 5,
  rateWindowMs: 10_000,
  /** Messages kept per room (approximate trim). */
  maxLen: 10_000,
  /** How long a clientMsgId is remembered for idempotent resends. */
  idempotencyMs: 24 * 3600 * 1000,
  historyDefault: 50,
} as const;

/** The caller of a chat action. */
export interface ChatActor {
  socket: AppSocket;
  userId: string | null;
  orgId: string | null;
  role: string;
}

/** Who may do what in one kind of chat room. Features that own a room type register one. */
export interface ChatRoomPolicy {
  /** Throws NOT_FOUND / FORBIDDEN unless the caller may read the room (and receive its messages). */
  assertCanRead(roomId: string, who: ChatActor): Promise<void>;
  /** Throws unless the caller may post there. */
  assertCanPost(roomId: string, who: ChatActor): Promise<void>;
  /** Whether the caller may delete messages and mute people there. */
  isModerator(roomId: string, who: ChatActor): Promise<boolean>;
  /** Reading the history also subscribes the socket to the room (rooms without an enter event). */
  joinOnRead?: boolean;
  /** Called after a new message is stored (e.g. to hash it into an audit trail). */
  afterPost?(roomId: string, message: ChatMessage): Promise<void>;
}

/** The badge a message carries: decided by the server from who the sender is in that room when they send. */
export async function authorRoleIn(policy: ChatRoomPolicy, roomId: string, who: ChatActor): Promise<ChatAuthorRole> {
  if (who.role === 'organizer') return 'organizer';
  return (await policy.isModerator(roomId, who)) ? 'staff' : 'visitor';
}

/** Splits `booth:abc` into its type and id. */
export function parseRoom(room: string): { type: string; id: string } {
  const i = room.indexOf(':');
  return { type: room.slice(0, i), id: room.slice(i + 1) };
}

function toMessage(room: string, id: string, f: Record<string, string>): ChatMessage {
  return {
    id,
    room,
    userId: f.u ?? '',
    userName: f.n ?? '',
    // Messages stored before roles were recorded show no badge.
    authorRole: (f.r ?? 'visitor') as ChatAuthorRole,
    text: f.t ?? '',
    at: Number(id.split('-')[0]),
    clientMsgId: f.c ?? '',
  };
}

/** Chat rooms as capped Redis Streams: idempotent sends, paging history, moderation. */
export class ChatService {
  private readonly policies = new Map<string, ChatRoomPolicy>();

  constructor(private readonly redis: Redis) {}

  registerPolicy(type: string, policy: ChatRoomPolicy): void {
    this.policies.set(type, policy);
  }

  policy(room: string): { policy: ChatRoomPolicy; id: string } {
    const { type, id } = parseRoom(room);
    const policy = this.policies.get(type);
    if (!policy) throw fail.notFound('chatRoom', 'chat room not found');
    return { policy, id };
  }

  /** Appends a message; a resend with the same clientMsgId returns the first message and `duplicate: true`. */
  async send(
    room: string,
    user: { id: string; name: string; role: ChatAuthorRole },
    text: string,
    clientMsgId: string,
  ): Promise<{ message: ChatMessage; duplicate: boolean }> {
    const [kind, json] = (await sendScript.run(
      this.redis,
      [keys.chatStream(room), keys.chatIdempotency(room, user.id, clientMsgId), keys.chatRate(room, user.id), keys.chatMute(room, user.id)],
      [room, user.id, user.name, text, clientMsgId, CHAT.rateLimit, CHAT.rateWindowMs, CHAT.maxLen, CHAT.idempotencyMs, user.role],
    )) as [string, string];
    return { message: JSON.parse(json) as ChatMessage, duplicate: kind === 'dup' };
  }

  /** Messages oldest first: the latest `limit`, those before a message id, or those after one (catch-up after a reconnect). */
  async history(room: string, opts: { before?: string; after?: string; limit?: number }): Promise<ChatMessage[]> {
    const limit = opts.limit ?? CHAT.historyDefault;
    const stream = keys.chatStream(room);
    if (opts.after) {
      const rows = await this.redis.xRange(stream, `(${opts.after}`, '+', { COUNT: limit });
      return rows.map((r) => toMessage(room, r.id, r.message as Record<string, string>));
    }
    const rows = await this.redis.xRevRange(stream, opts.before ? `(${opts.before}` : '+', '-', { COUNT: limit });
    return rows.reverse().map((r) => toMessage(room, r.id, r.message as Record<string, string>));
  }

  /** Deletes a message; false when it was not there. */
  async delete(room: string, messageId: string, by: string): Promise<boolean> {
    // The log keeps who wrote it and how it began, so moderation can be reviewed after the message is gone.
    const [row] = await this.redis.xRange(keys.chatStream(room), messageId, messageId);
    const removed = await this.redis.xDel(keys.chatStream(room), messageId);
    if (removed > 0) {
      const m = (row?.message ?? {}) as Record<string, string>;
      await this.log('delete', room, by, { messageId, userId: m.u ?? '', excerpt: (m.t ?? '').slice(0, 120) });
    }
    return removed > 0;
  }

  async mute(room: string, userId: string, minutes: number, by: string): Promise<void> {
    await this.redis.set(keys.chatMute(room, userId), by, { PX: minutes * 60_000 });
    await this.log('mute', room, by, { userId, minutes });
  }

  private async log(action: string, room: string, by: string, detail: Record<string, unknown>): Promise<void> {
    await this.redis.xAdd(
      keys.moderationLog,
      '*',
      { action, room, by, detail: JSON.stringify(detail) },
      { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: 100_000 } },
    );
  }
}
