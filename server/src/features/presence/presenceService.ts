import { clampToHall, HALL_DEPTH, HALL_WIDTH, type VisitorPose } from '@pavilion/shared';
import type { Logger } from 'pino';
import { fail } from '../../errors/appError.js';
import { rooms } from '../../realtime/rooms.js';
import { Roster } from '../../realtime/roster.js';
import type { AppServer, AppSocket } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { cellOf, cellsSeeEachOther, neighbourhood, spawnPoint } from './presenceGrid.js';

/** Tunables of the presence pipeline. */
export const PRESENCE = {
  /** This node publishes its visitors' changes to the other nodes this often (ms). */
  publishMs: 25,
  /** Each socket gets at most one `hall:presence` batch this often (ms): ≤ 10 per second. */
  flushMs: 100,
  /** Moves closer together than this from one socket are dropped (client sends at 10 Hz). */
  minMoveIntervalMs: 80,
} as const;

type Pose = VisitorPose & { userId: string | null };

interface LocalVisitor {
  pose: Pose;
  socket: AppSocket;
  cell: string;
  /** The socket's cell at the last flush: crossing a cell boundary gets it a personal catch-up. */
  flushedCell: string;
  lastMoveAt: number;
}

/** Changes heard from all nodes since the last flush. */
interface Window {
  joined: Map<string, Pose>;
  moved: Map<string, Pose>;
  /** id → the cell observers last knew it in. */
  left: Map<string, string>;
  /** id → its cell at the last flush, for visitors that moved since. */
  from: Map<string, string>;
}

const emptyWindow = (): Window => ({ joined: new Map(), moved: new Map(), left: new Map(), from: new Map() });

interface HallState {
  /** Every visitor in the hall on every node, kept by the presence channel. */
  mirror: Map<string, Pose & { cell: string }>;
  byCell: Map<string, Set<string>>;
  localCells: Map<string, number>;
  outgoing: { joined: Pose[]; moved: Map<string, Pose>; left: string[] };
  window: Window;
  ready: Promise<void>;
}

/** A presence batch on the wire between nodes. */
interface NodeBatch {
  /** The publishing node (it applied the batch locally already); absent for sweeper batches. */
  n?: string;
  j: [string, string | null, string, number, number, number][];
  m: [string, number, number, number][];
  l: string[];
}

const round = (n: number) => Math.round(n * 100) / 100;

function normalizeHeading(h: number): number {
  const tau = Math.PI * 2;
  return round(((((h + Math.PI) % tau) + tau) % tau) - Math.PI);
}

/**
 * Who is where in each hall, with interest management. A hall is a grid of cells; a socket sits in
 * the room of its own cell. Each node publishes its visitors' joins/moves/leaves on a per-hall Redis
 * channel every 50 ms; every node mirrors the hall from that channel and, every 100 ms, sends each
 * cell room one `hall:presence` batch holding what changed in that cell and its eight neighbours —
 * serialized once per cell, so the cost follows local density rather than hall population.
 * The hall's roster in Redis holds every visitor's pose (for joins, and to expire the visitors of a node that died).
 */
export class PresenceService {
  private readonly halls = new Map<string, HallState>();
  private readonly socketHall = new Map<string, string>();
  private readonly timers: NodeJS.Timeout[] = [];
  /** hallId → this node's visitors, their poses stored in the hall's roster. */
  private readonly roster: Roster<LocalVisitor>;

  constructor(
    private readonly io: AppServer,
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly logger: Logger,
    private readonly nodeId: string,
  ) {
    const every = (ms: number, f: () => Promise<void> | void) => {
      const t = setInterval(() => {
        Promise.resolve()
          .then(f)
          .catch((err: Error) => this.logger.debug({ err: err.message }, 'presence tick failed'));
      }, ms);
      t.unref();
      this.timers.push(t);
    };
    every(PRESENCE.publishMs, () => this.publish());
    every(PRESENCE.flushMs, () => this.flush());
    this.roster = new Roster(redis, logger, {
      name: 'presence',
      entries: keys.presence,
      seen: keys.presenceSeen,
      // Every hall, not only those with visitors here: the visitors of a node that died may be anywhere.
      sweeps: { allScopes: () => this.redis.zRange(keys.hallIds, 0, -1) },
      store: (v) => JSON.stringify(v.pose),
      onExpired: async (hallId, gone) => {
        this.logger.info({ hallId, count: gone.length }, 'expired visitors of an unresponsive node');
        await this.redis.publish(keys.presenceChannel(hallId), JSON.stringify({ j: [], m: [], l: gone } satisfies NodeBatch));
      },
    });
  }

  /** Visitors in a hall right now (all nodes), for the lobby. */
  async hallVisitorCount(hallId: string): Promise<number> {
    return this.roster.count(hallId);
  }

  /** The hall a socket has joined, if any. */
  hallOf(socketId: string): string | undefined {
    return this.socketHall.get(socketId);
  }

  async join(socket: AppSocket, hallId: string): Promise<VisitorPose[]> {
    if (!(await this.redis.exists(keys.hall(hallId)))) throw fail.notFound('hall');
    const previous = this.socketHall.get(socket.id);
    if (previous) await this.leave(socket);
    const hall = await this.hall(hallId);
    const spawn = spawnPoint();
    const pose: Pose = { id: socket.id, userId: socket.data.userId, name: socket.data.displayName, ...spawn };
    const cell = cellOf(pose.x, pose.z);
    const stored = this.roster.track(hallId, socket.id, { pose, socket, cell, flushedCell: cell, lastMoveAt: 0 });
    hall.localCells.set(cell, (hall.localCells.get(cell) ?? 0) + 1);
    this.socketHall.set(socket.id, hallId);
    await socket.join([rooms.hallCell(hallId, cell), rooms.hall(hallId)]);
    // Local visitors see the change at the next flush without a round trip through Redis.
    this.applyJoined(hall, pose);
    hall.outgoing.joined.push(pose);
    await stored;
    return this.visibleFrom(hall, cell).filter((p) => p.id !== socket.id);
  }

  move(socket: AppSocket, x: number, z: number, heading: number): void {
    const hallId = this.socketHall.get(socket.id);
    if (!hallId) throw fail.conflict('join a hall first (hall:join)', 'notJoined');
    const hall = this.halls.get(hallId);
    const me = this.roster.members(hallId).get(socket.id);
    if (!hall || !me) throw fail.conflict('join a hall first (hall:join)', 'notJoined');
    const now = Date.now();
    // Excess rate is dropped, not queued: the next move carries the newer pose anyway.
    if (now - me.lastMoveAt < PRESENCE.minMoveIntervalMs) return;
    me.lastMoveAt = now;
    const p = clampToHall(x, z, HALL_WIDTH, HALL_DEPTH);
    me.pose = { ...me.pose, x: round(p.x), z: round(p.z), heading: normalizeHeading(heading) };
    this.roster.changed(hallId, socket.id);
    const cell = cellOf(me.pose.x, me.pose.z);
    if (cell !== me.cell) {
      hall.localCells.set(me.cell, (hall.localCells.get(me.cell) ?? 1) - 1);
      hall.localCells.set(cell, (hall.localCells.get(cell) ?? 0) + 1);
      void socket.leave(rooms.hallCell(hallId, me.cell));
      void socket.join(rooms.hallCell(hallId, cell));
      me.cell = cell;
    }
    hall.outgoing.moved.set(me.pose.id, me.pose);
    this.applyMoved(hall, me.pose.id, me.pose.x, me.pose.z, me.pose.heading);
  }

  async leave(socket: AppSocket): Promise<void> {
    const hallId = this.socketHall.get(socket.id);
    if (!hallId) return;
    this.socketHall.delete(socket.id);
    const hall = this.halls.get(hallId);
    const me = this.roster.members(hallId).get(socket.id);
    if (!hall || !me) return;
    const removed = this.roster.untrack(hallId, socket.id);
    hall.localCells.set(me.cell, (hall.localCells.get(me.cell) ?? 1) - 1);
    hall.outgoing.moved.delete(socket.id);
    hall.outgoing.left.push(socket.id);
    this.applyLeft(hall, socket.id);
    if (socket.connected) await Promise.all([socket.leave(rooms.hallCell(hallId, me.cell)), socket.leave(rooms.hall(hallId))]);
    await removed;
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.roster.stop();
  }

  // ---------- internals ----------

  private async hall(hallId: string): Promise<HallState> {
    let hall = this.halls.get(hallId);
    if (!hall) {
      const state: HallState = {
        mirror: new Map(),
        byCell: new Map(),
        localCells: new Map(),
        outgoing: { joined: [], moved: new Map(), left: [] },
        window: emptyWindow(),
        ready: Promise.resolve(),
      };
      state.ready = (async () => {
        // Subscribe first, then load the roster: nothing published in between is missed.
        await this.subscriber.subscribe(keys.presenceChannel(hallId), (message) => this.receive(state, message));
        for (const json of await this.roster.stored(hallId)) {
          try {
            const p = JSON.parse(json) as Pose;
            if (!state.mirror.has(p.id)) this.mirrorPut(state, p);
          } catch {
            /* skip a malformed entry */
          }
        }
      })();
      this.halls.set(hallId, state);
      hall = state;
    }
    await hall.ready;
    return hall;
  }

  private mirrorPut(hall: HallState, p: Pose): string {
    const cell = cellOf(p.x, p.z);
    const prev = hall.mirror.get(p.id);
    if (prev && prev.cell !== cell) hall.byCell.get(prev.cell)?.delete(p.id);
    hall.mirror.set(p.id, { ...p, cell });
    let set = hall.byCell.get(cell);
    if (!set) {
      set = new Set();
      hall.byCell.set(cell, set);
    }
    set.add(p.id);
    return cell;
  }

  private mirrorDelete(hall: HallState, id: string): void {
    const prev = hall.mirror.get(id);
    if (!prev) return;
    hall.byCell.get(prev.cell)?.delete(id);
    hall.mirror.delete(id);
  }

  private visibleFrom(hall: HallState, cell: string): VisitorPose[] {
    const out: VisitorPose[] = [];
    for (const c of neighbourhood(cell)) {
      for (const id of hall.byCell.get(c) ?? []) {
        const p = hall.mirror.get(id);
        if (p) out.push({ id: p.id, name: p.name, x: p.x, z: p.z, heading: p.heading });
      }
    }
    return out;
  }

  private async publish(): Promise<void> {
    for (const [hallId, hall] of this.halls) {
      const o = hall.outgoing;
      if (o.joined.length === 0 && o.moved.size === 0 && o.left.length === 0) continue;
      const batch: NodeBatch = {
        n: this.nodeId,
        j: o.joined.map((p) => [p.id, p.userId, p.name, p.x, p.z, p.heading]),
        m: [...o.moved.values()].map((p) => [p.id, p.x, p.z, p.heading]),
        l: o.left,
      };
      hall.outgoing = { joined: [], moved: new Map(), left: [] };
      await this.redis.publish(keys.presenceChannel(hallId), JSON.stringify(batch));
    }
  }

  private receive(hall: HallState, message: string): void {
    let batch: NodeBatch;
    try {
      batch = JSON.parse(message) as NodeBatch;
    } catch {
      return;
    }
    if (batch.n === this.nodeId) return; // applied locally when it happened
    for (const [id, userId, name, x, z, heading] of batch.j ?? []) this.applyJoined(hall, { id, userId, name, x, z, heading });
    for (const [id, x, z, heading] of batch.m ?? []) this.applyMoved(hall, id, x, z, heading);
    for (const id of batch.l ?? []) this.applyLeft(hall, id);
  }

  private applyJoined(hall: HallState, pose: Pose): void {
    hall.window.left.delete(pose.id);
    hall.window.joined.set(pose.id, pose);
    this.mirrorPut(hall, pose);
  }

  private applyMoved(hall: HallState, id: string, x: number, z: number, heading: number): void {
    const w = hall.window;
    const prev = hall.mirror.get(id);
    if (!prev) return; // left already, or unknown: its join (with the name) comes first on the channel
    const pose: Pose = { id, userId: prev.userId, name: prev.name, x, z, heading };
    if (w.joined.has(id)) w.joined.set(id, pose);
    else {
      if (!w.from.has(id)) w.from.set(id, prev.cell);
      w.moved.set(id, pose);
    }
    this.mirrorPut(hall, pose);
  }

  private applyLeft(hall: HallState, id: string): void {
    const w = hall.window;
    const prev = hall.mirror.get(id);
    if (w.joined.delete(id)) {
      // Joined and left within one window: nobody was told, nobody needs to be.
      w.from.delete(id);
    } else if (prev) {
      w.left.set(id, w.from.get(id) ?? prev.cell);
      w.moved.delete(id);
      w.from.delete(id);
    }
    this.mirrorDelete(hall, id);
  }

  private flush(): void {
    for (const [hallId, hall] of this.halls) {
      const w = hall.window;
      const changed = w.joined.size + w.moved.size + w.left.size > 0;
      const crossers = [...this.roster.members(hallId).values()].filter((v) => v.cell !== v.flushedCell);
      if (!changed && crossers.length === 0) continue;
      hall.window = emptyWindow();

      // Index the window by the cells it matters to.
      type Entry = { kind: 'join' | 'move' | 'exit' | 'left'; id: string; pose?: Pose; to?: string; from?: string };
      const byCell = new Map<string, Entry[]>();
      const add = (cell: string, e: Entry) => {
        const list = byCell.get(cell);
        if (list) list.push(e);
        else byCell.set(cell, [e]);
      };
      for (const [id, pose] of w.joined) add(cellOf(pose.x, pose.z), { kind: 'join', id, pose });
      for (const [id, pose] of w.moved) {
        const to = cellOf(pose.x, pose.z);
        const from = w.from.get(id) ?? to;
        add(to, { kind: 'move', id, pose, from });
        if (from !== to) add(from, { kind: 'exit', id, to });
      }
      for (const [id, cell] of w.left) add(cell, { kind: 'left', id });

      const crosserIds = new Set(crossers.map((c) => c.socket.id));
      for (const [home, count] of hall.localCells) {
        if (count <= 0) continue;
        const joined: VisitorPose[] = [];
        const moved: { id: string; x: number; z: number; heading: number }[] = [];
        const left: string[] = [];
        for (const c of neighbourhood(home)) {
          for (const e of byCell.get(c) ?? []) {
            if (e.kind === 'join' && e.pose) joined.push(toVisitor(e.pose));
            else if (e.kind === 'move' && e.pose) {
              if (e.from && cellsSeeEachOther(home, e.from)) moved.push({ id: e.id, x: e.pose.x, z: e.pose.z, heading: e.pose.heading });
              else joined.push(toVisitor(e.pose));
            } else if (e.kind === 'exit' && e.to && !cellsSeeEachOther(home, e.to)) left.push(e.id);
            else if (e.kind === 'left') left.push(e.id);
          }
        }
        if (joined.length + moved.length + left.length === 0) continue;
        const room = this.io.local.to(rooms.hallCell(hallId, home));
        (crosserIds.size > 0 ? room.except([...crosserIds]) : room).emit('hall:presence', { hallId, joined, moved, left });
      }

      // A socket that crossed into a new cell gets its new surroundings whole, and loses the old ones.
      // Only the cells around its old and new position are looked at, so the cost is local.
      for (const v of crossers) {
        const now = new Set(neighbourhood(v.cell));
        const joined = this.visibleFrom(hall, v.cell).filter((p) => p.id !== v.socket.id);
        const gone = new Set<string>();
        for (const c of neighbourhood(v.flushedCell)) {
          if (!now.has(c)) for (const id of hall.byCell.get(c) ?? []) gone.add(id);
          // Visitors this socket could see that left, or walked out of its new view, during the window.
          for (const e of byCell.get(c) ?? []) {
            if (e.kind === 'left' || (e.kind === 'exit' && e.to && !now.has(e.to))) gone.add(e.id);
          }
        }
        const left = [...gone];
        v.flushedCell = v.cell;
        v.socket.emit('hall:presence', { hallId, joined, moved: [], left });
      }
    }
  }
}

function toVisitor(p: Pose): VisitorPose {
  return { id: p.id, name: p.name, x: p.x, z: p.z, heading: p.heading };
}
