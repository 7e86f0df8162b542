import { createHmac } from 'node:crypto';
import Janode, { type JanodeConnection, type JanodeHandle, type JanodeSession, type JanusMessage } from 'janode';
import VideoRoomPlugin from 'janode/plugins/videoroom';
import type { Logger } from 'pino';

// Janode logs to stdout on its own; Pavilion's logger reports what matters.
Janode.Logger.setLevel('none');

/** The VideoRoom plugin's package name: the plugin a core token grants, and the realm of room tokens. */
const VIDEOROOM = 'janus.plugin.videoroom';

/** How long a room token handed to a join stays valid (Janus checks it only when the join arrives). */
const ROOM_TOKEN_TTL_S = 10 * 60;
/** The pool's own core token: a credential of this server, never handed out. */
const CORE_TOKEN_TTL_S = 400 * 24 * 3600;

/** A Janus error answer (`433 Unauthorized (wrong token)`), with Janus's code. */
export class JanusError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
  ) {
    super(message);
  }
}

/** A janode error as a {@link JanusError}: janode puts Janus's code in `_code` and the message first. */
export function janusError(err: unknown): JanusError {
  if (err instanceof JanusError) return err;
  const e = err as { _code?: number; message?: string };
  const code = typeof e?._code === 'number' ? e._code : Number(/^(\d{3})\b/.exec(e?.message ?? '')?.[1] ?? Number.NaN);
  return new JanusError(e?.message ?? String(err), Number.isFinite(code) ? code : null);
}

/**
 * Signs a Janus token (Janus's signed-token mode): `expiry,realm,descriptor…:base64(HMAC-SHA1(secret, data))`.
 * Janus accepts it when the signature matches its `token_auth_secret`, it has not expired and it names what is asked.
 */
export function signJanusToken(secret: string, realm: string, descriptors: string[], ttlS: number, nowMs = Date.now()): string {
  const data = [Math.floor(nowMs / 1000) + ttlS, realm, ...descriptors].join(',');
  return `${data}:${createHmac('sha1', secret).update(data).digest('base64')}`;
}

/** A VideoRoom answer's plugin data (`plugindata.data`). */
export function roomData(answer: JanusMessage): Record<string, unknown> {
  return answer.plugindata?.data ?? {};
}

/** One Janus server: its URL, its connection (made on first use, again after it drops) and a handle for room admin. */
interface Server {
  url: string;
  connection: Promise<JanodeConnection> | null;
  admin: Promise<JanodeHandle> | null;
}

/** A room as the VideoRoom's `list` describes it (the fields Pavilion reads). */
export interface JanusRoomInfo {
  room: string;
  num_participants?: number;
  record?: boolean;
  rec_dir?: string;
}

/** How a room is made. */
export interface RoomOptions {
  secret: string;
  record: boolean;
  /** Where Janus writes the recording, as the Janus machine sees it. */
  recDir?: string;
}

/**
 * The Janus servers this node may place sessions on (`JANUS_URL`, or the local one). Holds one WebSocket
 * per server (janode), creates and destroys VideoRooms with the admin key, picks the least-loaded server
 * and signs the per-user room tokens Janus checks on every join.
 */
export class JanusPool {
  private readonly servers: Map<string, Server>;
  private closed = false;

  constructor(
    urls: string[],
    /** `JANUS_ADMIN_SECRET`: the VideoRoom admin key and the secret Janus verifies signed tokens with. */
    private readonly secret: string,
    private readonly logger: Logger,
    /**
     * Where recordings go when this node can read them: `janusDir` as Janus sees the folder, `localDir` as this
     * machine does (the same folder for the local Janus; a shared volume otherwise). Null: no recordings.
     */
    readonly recordings: { janusDir: string; localDir: string } | null = null,
  ) {
    if (urls.length === 0) throw new Error('JanusPool needs at least one Janus URL');
    this.servers = new Map(urls.map((url) => [url, { url, connection: null, admin: null }]));
  }

  get urls(): string[] {
    return [...this.servers.keys()];
  }

  /** A room token for one user in one room: Janus's VideoRoom refuses a join whose token does not name that room. */
  roomToken(room: string, userId: string): string {
    // ':' ends a token's data and ',' separates its parts: neither may appear inside one.
    const who = userId.replace(/[^A-Za-z0-9_.-]/g, '_');
    return signJanusToken(this.secret, VIDEOROOM, [`room=${room}`, `user=${who}`], ROOM_TOKEN_TTL_S);
  }

  /** A new Janus session on `url`, for one socket's handles (destroying it detaches them all). */
  async session(url: string): Promise<JanodeSession> {
    const connection = await this.connection(this.server(url));
    return connection.create();
  }

  /** Attaches a VideoRoom handle to a session. */
  attach(session: JanodeSession): Promise<JanodeHandle> {
    return session.attach(VideoRoomPlugin);
  }

  /**
   * The server with the fewest rooms and participants now (each room counts one, each participant one more);
   * servers that do not answer are skipped. Null when none answers.
   */
  async leastLoaded(): Promise<string | null> {
    const loads = await Promise.all(
      this.urls.map(async (url) => {
        try {
          const list = await this.rooms(url);
          return { url, load: list.reduce((n, r) => n + 1 + (r.num_participants ?? 0), 0) };
        } catch (err) {
          this.logger.warn({ err: janusError(err).message, url }, 'janus does not answer');
          return null;
        }
      }),
    );
    let best: { url: string; load: number } | null = null;
    for (const l of loads) if (l && (!best || l.load < best.load)) best = l;
    return best?.url ?? null;
  }

  /** The rooms on `url` as the VideoRoom lists them to the admin key (private ones included). */
  async rooms(url: string): Promise<JanusRoomInfo[]> {
    const answer = await (await this.admin(url)).message({ request: 'list', admin_key: this.secret });
    return (roomData(answer).list as JanusRoomInfo[] | undefined) ?? [];
  }

  /** Creates the session's room: one publisher, only signed room tokens may join, recorded if asked. */
  async createRoom(url: string, room: string, o: RoomOptions): Promise<void> {
    const body: Record<string, unknown> = {
      request: 'create',
      room,
      description: room,
      secret: o.secret,
      admin_key: this.secret,
      is_private: true,
      publishers: 1,
      signed_tokens: true,
      videocodec: 'vp8',
      audiocodec: 'opus',
      bitrate: 2_000_000,
      fir_freq: 5,
      notify_joining: false,
      // Janus records every publisher of a recorded room (the one host) into rec_dir.
      record: Boolean(o.record && o.recDir),
    };
    if (o.record && o.recDir) body.rec_dir = o.recDir;
    await (await this.admin(url)).message(body);
  }

  /** Destroys a room: Janus tells and drops every participant. A room that is already gone counts as destroyed. */
  async destroyRoom(url: string, room: string, secret: string): Promise<void> {
    try {
      await (await this.admin(url)).message({ request: 'destroy', room, secret });
    } catch (err) {
      if (janusError(err).code !== 426) throw janusError(err); // 426: no such room
    }
  }

  /** Whether the room exists on `url`. */
  async roomExists(url: string, room: string): Promise<boolean> {
    const answer = await (await this.admin(url)).message({ request: 'exists', room });
    return roomData(answer).exists === true;
  }

  /** Drops a participant (a stale publisher after the host's page reconnected). */
  async kick(url: string, room: string, secret: string, id: string): Promise<void> {
    await (await this.admin(url)).message({ request: 'kick', room, secret, id }).catch(() => {});
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      [...this.servers.values()].map(async (s) => {
        const c = await s.connection?.catch(() => null);
        s.connection = null;
        s.admin = null;
        await c?.close().catch(() => {});
      }),
    );
  }

  private server(url: string): Server {
    const s = this.servers.get(url);
    if (!s) throw new Error(`unknown Janus server ${url}`);
    return s;
  }

  private connection(s: Server): Promise<JanodeConnection> {
    if (this.closed) return Promise.reject(new Error('the Janus pool is closed'));
    if (!s.connection) {
      const made = Janode.connect({
        address: { url: s.url, token: signJanusToken(this.secret, 'janus', [VIDEOROOM], CORE_TOKEN_TTL_S) },
        retry_time_secs: 1,
        max_retries: 2,
      });
      s.connection = made;
      made.then(
        (c) => {
          const forget = () => {
            if (s.connection === made) {
              s.connection = null;
              s.admin = null;
            }
          };
          c.once(Janode.EVENT.CONNECTION_CLOSED, forget);
          c.once(Janode.EVENT.CONNECTION_ERROR, forget);
        },
        () => {
          if (s.connection === made) s.connection = null;
        },
      );
    }
    return s.connection;
  }

  private admin(url: string): Promise<JanodeHandle> {
    const s = this.server(url);
    if (!s.admin) {
      const made = this.connection(s)
        .then((c) => c.create())
        .then((session) => session.attach(VideoRoomPlugin));
      s.admin = made;
      made.catch(() => {
        if (s.admin === made) s.admin = null;
      });
    }
    return s.admin;
  }
}
