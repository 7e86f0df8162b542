import { fail } from '../../errors/appError.js';
import { rooms } from '../../realtime/rooms.js';
import type { AppServer, AppSocket } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { assertMayWatch } from './sessionAccess.js';
import type { SessionAudience } from './sessionAudience.js';
import type { SessionLifecycle } from './sessionLifecycle.js';

/** A WebRTC description or ICE candidate from one socket of a session to another. */
export interface RtcSignalPayload {
  sessionId: string;
  to: string;
  description?: { type: 'offer' | 'answer'; sdp: string };
  candidate?: object;
}

/**
 * The relay of WebRTC signalling between the sockets sending a session's video (its hosts, on any node)
 * and each viewer. Video goes peer to peer; only the signalling passes through the server.
 */
export class RtcRelay {
  /** socketId → sessions it hosts (sends video for) on this node. */
  private readonly hosting = new Map<string, Set<string>>();

  constructor(
    private readonly io: AppServer,
    private readonly redis: Redis,
    private readonly audience: SessionAudience,
    private readonly lifecycle: SessionLifecycle,
  ) {}

  /** The socket sends the session's video: it receives viewers' `rtc:want`. */
  async host(socket: AppSocket, id: string): Promise<void> {
    await socket.join(rooms.sessionHost(id));
    await this.redis.sAdd(keys.liveSessionHosts(id), socket.id);
    let mine = this.hosting.get(socket.id);
    if (!mine) {
      mine = new Set();
      this.hosting.set(socket.id, mine);
    }
    mine.add(id);
  }

  async unhost(socket: AppSocket, id: string): Promise<void> {
    this.hosting.get(socket.id)?.delete(id);
    if (socket.connected) await socket.leave(rooms.sessionHost(id));
    await this.redis.sRem(keys.liveSessionHosts(id), socket.id);
  }

  /** On disconnect: stops the video of every session the socket hosted, unless another socket still sends it. */
  async hostGone(socket: AppSocket): Promise<void> {
    const hosted = this.hosting.get(socket.id);
    this.hosting.delete(socket.id);
    for (const id of hosted ?? []) {
      await this.redis.sRem(keys.liveSessionHosts(id), socket.id);
      if ((await this.redis.sCard(keys.liveSessionHosts(id))) > 0) continue;
      await this.lifecycle.videoOff(id);
    }
  }

  /** A viewer asks for the host's video: relayed to the sockets sending it. */
  async want(socket: AppSocket, id: string): Promise<void> {
    const [broadcasting, audience] = await this.redis.hmGet(keys.liveSession(id), ['broadcasting', 'audience']);
    // A guest is told to sign in (not to join first), and the host is not even asked.
    assertMayWatch(audience, socket.data.userId);
    if (!this.audience.isViewer(socket, id)) throw fail.forbidden('join the session first (session:join)', 'notJoined');
    if (broadcasting !== '1') throw fail.conflict('the host is not sending video', 'notBroadcasting');
    this.io.to(rooms.sessionHost(id)).emit('rtc:want', { sessionId: id, from: socket.id });
  }

  /**
   * Relays an offer / answer / candidate between a host socket and a viewer socket of the same session
   * (on any node). Anything else — viewer to viewer, strangers — is refused.
   */
  async signal(socket: AppSocket, payload: RtcSignalPayload): Promise<void> {
    const id = payload.sessionId;
    const [fromHost, toHost, toViewer] = await Promise.all([
      this.redis.sIsMember(keys.liveSessionHosts(id), socket.id),
      this.redis.sIsMember(keys.liveSessionHosts(id), payload.to),
      this.audience.isViewerAnywhere(payload.to, id),
    ]);
    const fromViewer = this.audience.isViewer(socket, id);
    const allowed = (Boolean(fromHost) && toViewer) || (fromViewer && Boolean(toHost));
    if (!allowed) throw fail.forbidden('signals go only between the session host and its viewers', 'notPeer');
    const relay: { sessionId: string; from: string; description?: { type: 'offer' | 'answer'; sdp: string }; candidate?: never } = {
      sessionId: id,
      from: socket.id,
    };
    if (payload.description) relay.description = payload.description;
    if (payload.candidate) relay.candidate = payload.candidate as never;
    this.io.to(payload.to).emit('rtc:signal', relay);
  }
}
