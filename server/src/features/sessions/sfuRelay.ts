import { randomBytes } from 'node:crypto';
import type { JanodeHandle, JanodeSession } from 'janode';
import type { Logger } from 'pino';
import { AppError, fail } from '../../errors/appError.js';
import type { AppSocket } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { JanusError, type JanusPool, janusError, roomData } from '../../sfu/janusPool.js';
import { assertMayWatch } from './sessionAccess.js';

/** A WebRTC description as the sfu:* events carry it. */
export interface SdpDescription {
  type: 'offer' | 'answer';
  sdp: string;
}

/** Where a live session's VideoRoom is, as kept in the session hash (`sfuUrl`, `sfuSecret`). */
export interface SfuRoom {
  transport: 'sfu' | 'p2p';
  url: string;
  secret: string;
}

/** One socket's Janus session (on one server) and its VideoRoom handles, one per session it publishes or watches. */
interface SocketJanus {
  url: string;
  session: Promise<JanodeSession>;
  handles: Map<string, { role: 'publisher' | 'subscriber'; handle: JanodeHandle }>;
}

/** The simulcast layer a viewer gets until it picks one: the middle one fits most links. */
const DEFAULT_SUBSTREAM = 1;

/** How long a viewer's join waits for a feed whose publisher is still connecting (Janus: 428 until it is up). */
const FEED_WAIT_MS = 8_000;

/**
 * How long Janus may take to answer a join, a publish or a start (it answers in milliseconds; the page gives up on
 * any request after 8 s). Janus never answers a join whose peer connection it cannot set up — with every port of its
 * RTP range in use, say — so without a deadline the caller would wait forever.
 */
const JANUS_ANSWER_MS = 4_000;

/** A Janus request, or a JanusError once {@link JANUS_ANSWER_MS} has passed without its answer. */
function answered<T>(request: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new JanusError(`no answer within ${JANUS_ANSWER_MS / 1000} s (are all its RTP ports in use?)`, null)),
      JANUS_ANSWER_MS,
    );
  });
  return Promise.race([request, deadline]).finally(() => clearTimeout(timer));
}

/** Runs a join again while Janus says the feed does not exist yet (its publisher's connection is not up). */
async function retryWhileConnecting<T>(join: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + FEED_WAIT_MS;
  for (;;) {
    try {
      return await join();
    } catch (err) {
      if (janusError(err).code !== 428 || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function sfuFailure(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = janusError(err);
  return new AppError('CONFLICT', `the media server refused: ${e.message}`, {
    reason: 'sfuFailed',
    details: e.code === null ? {} : { janusCode: e.code },
  });
}

/**
 * Live video through Janus's VideoRoom. Pavilion owns the rooms (one per live session, made with a secret of
 * its own when the session goes live, destroyed when it ends) and relays the signalling over Socket.IO: the
 * browser never talks to Janus, only sends media to it. Every join carries a room token signed for that user
 * and that room, which Janus itself verifies; who may publish (booth staff) and watch (viewers of the session)
 * is decided here before a token is made.
 */
export class SfuRelay {
  /** socketId → its Janus session and handles (on this node). */
  private readonly sockets = new Map<string, SocketJanus>();

  constructor(
    private readonly pool: JanusPool,
    private readonly redis: Redis,
    /** Whether the socket joined the session as a viewer (session:join). */
    private readonly isViewer: (socket: AppSocket, sessionId: string) => boolean,
    private readonly logger: Logger,
    /** Where Janus writes a session's recording, as Janus sees it (null: recordings off). */
    private readonly recDirOf: ((sessionId: string) => string) | null,
  ) {}

  // ---------- rooms ----------

  /**
   * Makes the VideoRoom of a session about to go live, on the least-loaded server: `p2p` when no server answers
   * (the session still goes live; its video goes peer to peer).
   */
  async openRoom(sessionId: string, record: boolean): Promise<SfuRoom & { recorded: boolean }> {
    const url = await this.pool.leastLoaded();
    if (!url) return { transport: 'p2p', url: '', secret: '', recorded: false };
    const secret = randomBytes(18).toString('base64url');
    const recorded = record && this.recDirOf !== null;
    try {
      await this.pool.createRoom(url, sessionId, { secret, record: recorded, recDir: recorded ? this.recDirOf?.(sessionId) : undefined });
    } catch (err) {
      if (janusError(err).code !== 427) {
        this.logger.warn({ err: janusError(err).message, sessionId }, 'VideoRoom not created: the session goes peer to peer');
        return { transport: 'p2p', url: '', secret: '', recorded: false };
      }
      // 427: the room exists (a retried start): make it again with this secret.
      return this.openRoomAgain(url, sessionId, secret, recorded);
    }
    return { transport: 'sfu', url, secret, recorded };
  }

  private async openRoomAgain(url: string, sessionId: string, secret: string, recorded: boolean): Promise<SfuRoom & { recorded: boolean }> {
    const old = await this.redis.hmGet(keys.liveSession(sessionId), ['sfuSecret']);
    if (old[0]) await this.pool.destroyRoom(url, sessionId, old[0]).catch(() => {});
    try {
      await this.pool.createRoom(url, sessionId, { secret, record: recorded, recDir: recorded ? this.recDirOf?.(sessionId) : undefined });
      return { transport: 'sfu', url, secret, recorded };
    } catch {
      return { transport: 'p2p', url: '', secret: '', recorded: false };
    }
  }

  /** Destroys a session's room: Janus hangs up on the host and every viewer. */
  async closeRoom(sessionId: string, room: Pick<SfuRoom, 'url' | 'secret'>): Promise<void> {
    if (!room.url) return;
    try {
      await this.pool.destroyRoom(room.url, sessionId, room.secret);
    } catch (err) {
      this.logger.warn({ err: janusError(err).message, sessionId }, 'VideoRoom not destroyed');
    }
  }

  // ---------- signalling ----------

  /** The host's offer: joins the room as its only publisher (recorded when the session is) and answers. */
  async publish(socket: AppSocket, sessionId: string, offer: SdpDescription): Promise<SdpDescription> {
    const room = await this.liveRoom(sessionId);
    const orgId = socket.data.orgId ?? null;
    if (!orgId || orgId !== room.orgId) throw fail.forbidden("only staff of this booth's organization may send its video", 'notHost');
    const userId = socket.data.userId ?? '';
    // The room takes one publisher: one left behind by this host's previous page (or socket) goes first.
    if (room.feed) await this.pool.kick(room.url, sessionId, room.secret, room.feed);
    await this.drop(socket.id, sessionId);
    const feed = `host-${randomBytes(6).toString('hex')}`;
    const handle = await this.handle(socket, room.url, sessionId, 'publisher');
    try {
      const body: Record<string, unknown> = {
        request: 'joinandconfigure',
        ptype: 'publisher',
        room: sessionId,
        id: feed,
        display: 'host',
        token: this.pool.roomToken(sessionId, userId),
        audio: true,
        video: true,
      };
      const answer = await answered(handle.message(body, { type: offer.type, sdp: offer.sdp, trickle: false }));
      if (!answer.jsep) throw new Error('Janus gave no answer to the offer');
      await this.redis.hSet(keys.liveSession(sessionId), 'sfuFeed', feed);
      return { type: answer.jsep.type, sdp: answer.jsep.sdp };
    } catch (err) {
      void this.drop(socket.id, sessionId); // the refusal need not wait for Janus to let go
      throw sfuFailure(err);
    }
  }

  /** A viewer asks for the host's feed: Janus offers it (its own candidates only), the viewer answers with `answer`. */
  async subscribe(socket: AppSocket, sessionId: string, substream = DEFAULT_SUBSTREAM): Promise<SdpDescription> {
    const room = await this.liveRoom(sessionId);
    // Before anything else, and before any room token is made: a guest is told to sign in (not to join first).
    assertMayWatch(room.audience, socket.data.userId);
    if (!this.isViewer(socket, sessionId)) throw fail.forbidden('join the session first (session:join)', 'notJoined');
    if (!room.feed || !room.broadcasting) throw fail.conflict('the host is not sending video', 'notBroadcasting');
    await this.drop(socket.id, sessionId);
    const handle = await this.handle(socket, room.url, sessionId, 'subscriber');
    try {
      const join = () =>
        answered(
          handle.message({
            request: 'join',
            ptype: 'subscriber',
            room: sessionId,
            streams: [{ feed: room.feed }],
            token: this.pool.roomToken(sessionId, socket.data.userId ?? `guest-${socket.id}`),
          }),
        );
      const joined = await retryWhileConnecting(join);
      if (!joined.jsep) throw new Error('Janus offered no stream');
      // The layer applies once the stream is up; asking now sets it from the first packet.
      await answered(handle.message({ request: 'configure', substream })).catch(() => {});
      return { type: joined.jsep.type, sdp: joined.jsep.sdp };
    } catch (err) {
      void this.drop(socket.id, sessionId); // the refusal need not wait for Janus to let go
      throw sfuFailure(err);
    }
  }

  /** The viewer's answer to Janus's offer: the stream starts. */
  async answer(socket: AppSocket, sessionId: string, answer: SdpDescription): Promise<void> {
    const handle = this.handleOf(socket.id, sessionId, 'subscriber');
    try {
      const started = await answered(handle.message({ request: 'start' }, { type: answer.type, sdp: answer.sdp, trickle: false }));
      if (roomData(started).started !== 'ok') throw new Error('Janus did not start the stream');
    } catch (err) {
      throw sfuFailure(err);
    }
  }

  /** The viewer picks a simulcast layer (0 low … 2 high); Janus switches at the next keyframe. */
  async layer(socket: AppSocket, sessionId: string, substream: number): Promise<void> {
    const handle = this.handleOf(socket.id, sessionId, 'subscriber');
    try {
      await answered(handle.message({ request: 'configure', substream }));
    } catch (err) {
      throw sfuFailure(err);
    }
  }

  /** The host stopped sending (or a viewer stopped watching): its handle for that session leaves the room. */
  async drop(socketId: string, sessionId: string): Promise<void> {
    const mine = this.sockets.get(socketId);
    const entry = mine?.handles.get(sessionId);
    if (!mine || !entry) return;
    mine.handles.delete(sessionId);
    await answered(entry.handle.detach()).catch(() => {});
  }

  /** On disconnect: the socket's Janus session goes, and with it every handle (Janus hangs up its peer connections). */
  async socketGone(socketId: string): Promise<void> {
    const mine = this.sockets.get(socketId);
    if (!mine) return;
    this.sockets.delete(socketId);
    const session = await mine.session.catch(() => null);
    await session?.destroy().catch(() => {});
  }

  /** Ends every socket's Janus session (the node is closing). */
  async close(): Promise<void> {
    await Promise.all([...this.sockets.keys()].map((id) => this.socketGone(id)));
  }

  private async liveRoom(sessionId: string) {
    const [status, transport, url, secret, feed, orgId, record, broadcasting, audience] = await this.redis.hmGet(
      keys.liveSession(sessionId),
      ['status', 'transport', 'sfuUrl', 'sfuSecret', 'sfuFeed', 'orgId', 'record', 'broadcasting', 'audience'],
    );
    if (!status) throw fail.notFound('session');
    if (status !== 'live') throw fail.conflict('the session is not live', 'notLive');
    if (transport !== 'sfu' || !url || !secret) throw fail.conflict("this session's video goes peer to peer", 'notSfu');
    return { url, secret, feed, orgId, record: record === '1', broadcasting: broadcasting === '1', audience };
  }

  private async handle(socket: AppSocket, url: string, sessionId: string, role: 'publisher' | 'subscriber'): Promise<JanodeHandle> {
    let mine = this.sockets.get(socket.id);
    if (mine && mine.url !== url) {
      await this.socketGone(socket.id);
      mine = undefined;
    }
    if (!mine) {
      const made: SocketJanus = { url, session: this.pool.session(url), handles: new Map() };
      this.sockets.set(socket.id, made);
      made.session.catch(() => {
        if (this.sockets.get(socket.id) === made) this.sockets.delete(socket.id);
      });
      mine = made;
    }
    let handle: JanodeHandle;
    try {
      handle = await this.pool.attach(await mine.session);
    } catch (err) {
      throw sfuFailure(err);
    }
    // The socket may have gone while Janus answered: nothing may outlive it.
    if (!socket.connected || this.sockets.get(socket.id) !== mine) {
      await handle.detach().catch(() => {});
      throw fail.conflict('the connection closed', 'sfuFailed');
    }
    mine.handles.set(sessionId, { role, handle });
    return handle;
  }

  private handleOf(socketId: string, sessionId: string, role: 'publisher' | 'subscriber'): JanodeHandle {
    const entry = this.sockets.get(socketId)?.handles.get(sessionId);
    if (!entry || entry.role !== role) throw fail.conflict('ask for the video first (sfu:subscribe)', 'notSfu');
    return entry.handle;
  }
}
