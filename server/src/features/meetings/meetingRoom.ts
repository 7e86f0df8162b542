import type { MeetingJoinAnswer, MeetingStream, ServerToClientEvents } from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import { rooms } from '../../realtime/rooms.js';
import type { AppServer, AppSocket } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import type { IceServersFor } from '../../sfu/iceServers.js';
import type { ChatActor, ChatRoomPolicy, ChatService } from '../chat/chatService.js';
import { MeetingService } from './meetingService.js';

/** How long a meeting room's socket list outlives the meeting (stale ids of a crashed node go with it). */
const ROOM_SOCKETS_TTL_MS = 86_400_000;

/** A WebRTC description or ICE candidate from one party's socket to the other's. */
export interface MeetingSignalPayload {
  meetingId: string;
  stream: MeetingStream;
  to: string;
  description?: { type: 'offer' | 'answer'; sdp: string };
  candidate?: object;
}

/**
 * The private room of a 1:1 meeting: its two parties' sockets (on any node), its chat, and the relay of
 * WebRTC signalling between them. Each party sends its camera over its own one-way connection (the live
 * sessions' peer-to-peer transport, once per direction); signals pass only between sockets that entered the
 * room, and only a party can enter.
 */
export class MeetingRoom {
  /** socketId → meetings whose room it is in, on this node. */
  private readonly joined = new Map<string, Set<string>>();

  constructor(
    private readonly io: AppServer,
    private readonly redis: Redis,
    private readonly meetings: MeetingService,
    private readonly chat: ChatService,
    /** The ICE servers of one party (TURN credentials are made per user and join). */
    private readonly iceServers: IceServersFor,
  ) {}

  async join(socket: AppSocket, userId: string, id: string): Promise<MeetingJoinAnswer> {
    const meeting = await this.meetings.forParty({ id: userId }, id);
    const entered = await this.meetings.enter(userId, id);
    const room = rooms.meeting(id);
    await socket.join(room);
    let mine = this.joined.get(socket.id);
    if (!mine) {
      mine = new Set();
      this.joined.set(socket.id, mine);
    }
    mine.add(id);
    await this.redis
      .multi()
      .sAdd(keys.meetingSockets(id), socket.id)
      .pExpireAt(keys.meetingSockets(id), Math.max(meeting.endsAt, Date.now()) + ROOM_SOCKETS_TTL_MS)
      .exec();
    socket.to(room).emit('meeting:peer', { meetingId: id, userId, from: socket.id });
    const messages = await this.chat.history(room, {});
    return {
      meeting: entered,
      messages,
      iceServers: this.iceServers(userId),
      media: 'p2p',
      stream: MeetingService.sideOf(entered, userId) ?? 'visitor',
    };
  }

  async leave(socket: AppSocket, id: string): Promise<void> {
    const mine = this.joined.get(socket.id);
    if (!mine?.delete(id)) return;
    if (mine.size === 0) this.joined.delete(socket.id);
    await this.redis.sRem(keys.meetingSockets(id), socket.id);
    this.io.to(rooms.meeting(id)).emit('meeting:gone', { meetingId: id, from: socket.id });
    if (socket.connected) await socket.leave(rooms.meeting(id));
  }

  /** On disconnect: leaves every meeting room the socket was in. */
  async leaveAll(socket: AppSocket): Promise<void> {
    for (const id of [...(this.joined.get(socket.id) ?? [])]) await this.leave(socket, id);
  }

  private assertInRoom(socket: AppSocket, id: string): void {
    if (!this.joined.get(socket.id)?.has(id)) throw fail.forbidden('enter the meeting room first (meeting:join)', 'notJoined');
  }

  /** A party asks the other party's tab for its camera (`stream`). */
  want(socket: AppSocket, id: string, stream: MeetingStream): void {
    this.assertInRoom(socket, id);
    socket.to(rooms.meeting(id)).emit('meeting:want', { meetingId: id, stream, from: socket.id });
  }

  /** Relays an offer / answer / candidate to another socket in the same meeting room; anything else is refused. */
  async signal(socket: AppSocket, payload: MeetingSignalPayload): Promise<void> {
    this.assertInRoom(socket, payload.meetingId);
    const peer = payload.to !== socket.id && (await this.redis.sIsMember(keys.meetingSockets(payload.meetingId), payload.to));
    if (!peer) throw fail.forbidden("signals go only between the meeting's two parties", 'notPeer');
    const relay: Parameters<ServerToClientEvents['meeting:signal']>[0] = {
      meetingId: payload.meetingId,
      stream: payload.stream,
      from: socket.id,
    };
    if (payload.description) relay.description = payload.description;
    if (payload.candidate) relay.candidate = payload.candidate as never;
    this.io.to(payload.to).emit('meeting:signal', relay);
  }

  /** Chat in `meeting:<id>`: only its two parties read and post; nobody moderates a private room. */
  chatPolicy(): ChatRoomPolicy {
    const party = async (id: string, who: ChatActor) => {
      if (!who.userId) throw fail.unauthenticated();
      await this.meetings.forParty({ id: who.userId }, id);
    };
    return {
      joinOnRead: true,
      assertCanRead: party,
      assertCanPost: party,
      isModerator: async () => false,
    };
  }
}
