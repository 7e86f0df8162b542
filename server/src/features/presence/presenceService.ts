import { HALL_DEPTH, HALL_WIDTH, type VisitorPose } from '@pavilion/shared';
import type { Logger } from 'pino';
import { fail } from '../../errors/appError.js';
import { rooms } from '../../realtime/rooms.js';
import { Roster } from '../../realtime/roster.js';
import type { AppServer, AppSocket } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { CELL_COUNT, cellLabel, cellOf, cellsSeeEachOther, neighbourhood, spawnPoint } from './presenceGrid.js';

/** Tunables of the presence pipeline. */
export const PRESENCE = {
  /** This node publishes its visitors' changes to the other nodes this often (ms). */
  publishMs: 25,
  /** Each socket gets at most one `hall:presence` batch this often (ms): ≤ 10 per second. */
  flushMs: 100,
  /** Moves closer together than this from one socket are dropped (client sends at 10 Hz). */
  minMoveIntervalMs: 80,
  /**
   * A crowded neighbourhood: when a cell's 3×3 cells hold more visitors than this, its sockets get the
   * moves of their own cell at the full rate and those of the eight cells around it at a lower one.
   */
  fullRateNeighbours: 32,
  /** The lower rate: every this many flushes (2.5 Hz), carrying each such visitor's newest pose. */
  reducedRateEvery: 4,
  /** Cell batches serialized per turn of the event loop: a flush is many short tasks, never one long one. */
  cellsPerTurn: 12,
} as const;

/** What a node may change about {@link PRESENCE} (tests make crowds small). */
export interface PresenceOptions {
  fullRateNeighbours?: number;
}

type Pose = VisitorPose & { userId: string | null };

/** A visitor as the hall's mirror holds it: updated in place on every move (no allocation per move). */
interface Mirrored extends Pose {
  cell: number;
  /** The flush count when it last moved (a move with the count k came after flush k took its window). */
  movedAt: number;
}

interface LocalVisitor {
  pose: Pose;
  socket: AppSocket;
  cell: number;
  /** The socket's cell at the last flush: crossing a cell boundary gets it a personal catch-up. */
  flushedCell: number;
  lastMoveAt: number;
  /** The flush whose catch-up this socket got last (-1: none). */
  caughtUpAt: number;
}

/** Changes heard from all nodes since the last flush (ids; the poses are read from the mirror at the flush). */
interface Window {
  joined: Set<string>;
  /** Joins of visitors observers knew already (a status change re-announced): a leave must still be told. */
  restated: Set<string>;
  moved: Set<string>;
  /** id → the cell observers last knew it in. */
  left: Map<string, number>;
  /** id → its cell at the last flush, for visitors that moved since. */
  from: Map<string, number>;
}

const emptyWindow = (): Window => ({ joined: new Set(), restated: new Set(), moved: new Set(), left: new Map(), from: new Map() });

interface HallState {
  /** Every visitor in the hall on every node, kept by the presence channel. */
  mirror: Map<string, Mirrored>;
  byCell: (Set<string> | undefined)[];
  localCells: Int32Array;
  outgoing: { joined: Pose[]; moved: Map<string, Pose>; left: string[] };
  window: Window;
  /**
   * Visitors that moved since the last reduced-rate flush → their cell when they first did: what a crowded
   * cell's sockets are owed from the cells around it.
   */
  slow: Map<string, number>;
  /** Per cell, 1 while its neighbourhood is crowded (set at each reduced-rate flush for the next period). */
  crowded: Uint8Array;
  /** Room name per cell, made on first use. */
  cellRooms: (string | undefined)[];
  ready: Promise<void>;
}

/** A presence batch on the wire between nodes. */
interface NodeBatch {
  /** The publishing node (it applied the batch locally already); absent for sweeper batches. */
  n?: string;
  /** Joins, and re-announcements of a visitor whose status changed: id, userId, name, x, z, heading, org, dnd (0/1). */
  j: [string, string | null, string | null, number, number, number, (string | null)?, (0 | 1)?][];
  m: [string, number, number, number][];
  l: string[];
}

/** One change of a flush window, with the pose as it was when the flush began. */
interface Change {
  kind: 'join' | 'move' | 'exit' | 'left';
  id: string;
  name: string | null;
  org: string | null;
  dnd: boolean;
  x: number;
  z: number;
  heading: number;
  /** The cell it is in now (moves, exits). */
  to: number;
  /** The cell observers last knew it in (moves). */
  from: number;
}

/** A crowded cell's due pose of a visitor in a cell around it. */
interface Owed {
  id: string;
  x: number;
  z: number;
  heading: number;
  /** Its cell when the period began: observers that could not see it then got it as a join instead. */
  start: number;
  /** Its cell at the previous flush when it moved in this flush's window too (else -1). */
  lastFrom: number;
  joinedNow: boolean;
  movedAt: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

function normalizeHeading(h: number): number {
  const tau = Math.PI * 2;
  return round(((((h + Math.PI) % tau) + tau) % tau) - Math.PI);
}

const clamp = (n: number, half: number) => Math.min(half, Math.max(-half, n));
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Who is where in each hall, with interest management. A hall is a grid of cells; a socket sits in
 * the room of its own cell. Each node publishes its visitors' joins/moves/leaves on a per-hall Redis
 * channel every 25 ms; every node mirrors the hall from that channel and, every 100 ms, sends each
 * cell room one `hall:presence` batch holding what changed in that cell and its eight neighbours —
 * serialized once per cell, so the cost follows local density rather than hall population. The flush
 * yields to the event loop every few cells, so moves keep being read while it runs. In a crowd (more
 * than {@link PRESENCE.fullRateNeighbours} visitors around a cell) the eight cells around are sent at a
 * quarter of the rate, each visitor with its newest pose.
 * The hall's roster in Redis holds every visitor's pose (for joins, and to expire the visitors of a node that died).
 */
export class PresenceService {
  private readonly halls = new Map<string, HallState>();
  private readonly socketHall = new Map<string, string>();
  private readonly timers: NodeJS.Timeout[] = [];
  /** hallId → this node's visitors, their poses stored in the hall's roster. */
  private readonly roster: Roster<LocalVisitor>;
  private readonly fullRateNeighbours: number;
  private flushes = 0;
  private flushing = false;
  /** A flush tick came while the previous flush was still running: run again as soon as it ends. */
  private flushOwed = false;
  private stopped = false;
  /** Called as a visitor leaves a hall (hall:leave, another hall:join, disconnect): e.g. to end their follow group. */
  private readonly leaveHooks: ((hallId: string, visitorId: string) => Promise<void>)[] = [];

  constructor(
    private readonly io: AppServer,
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly logger: Logger,
    private readonly nodeId: string,
    options: PresenceOptions = {},
  ) {
    this.fullRateNeighbours = options.fullRateNeighbours ?? PRESENCE.fullRateNeighbours;
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
    every(PRESENCE.flushMs, () => this.scheduleFlush());
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
    // Privacy first: guests are anonymous visitors; signed-in people show their name and organization.
    const userId = socket.data.userId;
    const org = userId && socket.data.orgId ? ((await this.redis.hGet(keys.org(socket.data.orgId), 'name')) ?? null) : null;
    const pose: Pose = { id: socket.id, userId, name: userId ? socket.data.displayName : null, org, dnd: false, ...spawn };
    const cell = cellOf(pose.x, pose.z);
    const stored = this.roster.track(hallId, socket.id, { pose, socket, cell, flushedCell: cell, lastMoveAt: 0, caughtUpAt: -1 });
    hall.localCells[cell] = (hall.localCells[cell] ?? 0) + 1;
    this.socketHall.set(socket.id, hallId);
    await socket.join([this.cellRoom(hallId, hall, cell), rooms.hall(hallId)]);
    // Local visitors see the change at the next flush without a round trip through Redis.
    this.applyJoined(hall, pose);
    hall.outgoing.joined.push(pose);
    await stored;
    return this.visibleFrom(hall, cell).filter((p) => p.id !== socket.id);
  }

  /** The hot path (every visitor, ten times a second): updates in place, allocates nothing. */
  move(socket: AppSocket, x: number, z: number, heading: number): void {
    const hallId = this.socketHall.get(socket.id);
    const hall = hallId === undefined ? undefined : this.halls.get(hallId);
    const me = hallId === undefined ? undefined : this.roster.members(hallId).get(socket.id);
    if (!hallId || !hall || !me) throw fail.conflict('join a hall first (hall:join)', 'notJoined');
    const now = Date.now();
    // Excess rate is dropped, not queued: the next move carries the newer pose anyway.
    if (now - me.lastMoveAt < PRESENCE.minMoveIntervalMs) return;
    me.lastMoveAt = now;
    const pose = me.pose;
    pose.x = round(clamp(x, HALL_WIDTH / 2));
    pose.z = round(clamp(z, HALL_DEPTH / 2));
    pose.heading = normalizeHeading(heading);
    this.roster.changed(hallId, socket.id);
    const cell = cellOf(pose.x, pose.z);
    if (cell !== me.cell) {
      hall.localCells[me.cell] = (hall.localCells[me.cell] ?? 1) - 1;
      hall.localCells[cell] = (hall.localCells[cell] ?? 0) + 1;
      void socket.leave(this.cellRoom(hallId, hall, me.cell));
      void socket.join(this.cellRoom(hallId, hall, cell));
      me.cell = cell;
    }
    hall.outgoing.moved.set(pose.id, pose);
    this.applyMoved(hall, pose.id, pose.x, pose.z, pose.heading);
  }

  /** Runs `hook` whenever a visitor leaves a hall on this node. */
  onLeave(hook: (hallId: string, visitorId: string) => Promise<void>): void {
    this.leaveHooks.push(hook);
  }

  async leave(socket: AppSocket): Promise<void> {
    const hallId = this.socketHall.get(socket.id);
    if (!hallId) return;
    this.socketHall.delete(socket.id);
    const hooks = this.leaveHooks.map((hook) =>
      hook(hallId, socket.id).catch((err: Error) => this.logger.warn({ err: err.message }, 'presence leave hook failed')),
    );
    const hall = this.halls.get(hallId);
    const me = this.roster.members(hallId).get(socket.id);
    if (!hall || !me) return;
    const removed = this.roster.untrack(hallId, socket.id);
    hall.localCells[me.cell] = (hall.localCells[me.cell] ?? 1) - 1;
    hall.outgoing.moved.delete(socket.id);
    hall.outgoing.left.push(socket.id);
    this.applyLeft(hall, socket.id);
    if (socket.connected) await Promise.all([socket.leave(this.cellRoom(hallId, hall, me.cell)), socket.leave(rooms.hall(hallId))]);
    await Promise.all([removed, ...hooks]);
  }

  /**
   * Sets a visitor's do-not-disturb status. It travels as a join of someone already known (an upsert on
   * every client), through the same channel and flush as moves, so every node and nearby socket hears it.
   */
  setDnd(socket: AppSocket, on: boolean): void {
    const hallId = this.socketHall.get(socket.id);
    const hall = hallId === undefined ? undefined : this.halls.get(hallId);
    const me = hallId === undefined ? undefined : this.roster.members(hallId).get(socket.id);
    if (!hallId || !hall || !me) throw fail.conflict('join a hall first (hall:join)', 'notJoined');
    if (me.pose.dnd === on) return;
    me.pose.dnd = on;
    this.roster.changed(hallId, socket.id);
    hall.outgoing.moved.delete(socket.id);
    hall.outgoing.joined.push({ ...me.pose });
    this.applyJoined(hall, { ...me.pose });
  }

  /**
   * A visitor in a hall as this node's mirror of it knows them (every node's visitors), or undefined.
   * The mirror is at most one publish interval behind the visitor's own node.
   */
  visitor(hallId: string, id: string): (VisitorPose & { userId: string | null }) | undefined {
    const m = this.halls.get(hallId)?.mirror.get(id);
    return m ? { id: m.id, userId: m.userId, name: m.name, org: m.org, dnd: m.dnd, x: m.x, z: m.z, heading: m.heading } : undefined;
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.roster.stop();
  }

  // ---------- internals ----------

  private async hall(hallId: string): Promise<HallState> {
    let hall = this.halls.get(hallId);
    if (!hall) {
      const state: HallState = {
        mirror: new Map(),
        byCell: new Array(CELL_COUNT).fill(undefined),
        localCells: new Int32Array(CELL_COUNT),
        outgoing: { joined: [], moved: new Map(), left: [] },
        window: emptyWindow(),
        slow: new Map(),
        crowded: new Uint8Array(CELL_COUNT),
        cellRooms: new Array(CELL_COUNT).fill(undefined),
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

  private cellRoom(hallId: string, hall: HallState, cell: number): string {
    let room = hall.cellRooms[cell];
    if (room === undefined) {
      room = rooms.hallCell(hallId, cellLabel(cell));
      hall.cellRooms[cell] = room;
    }
    return room;
  }

  /** Adds a visitor to the mirror, or moves it there; updates in place when it is known. */
  private mirrorPut(hall: HallState, p: Pose): Mirrored {
    const cell = cellOf(p.x, p.z);
    let m = hall.mirror.get(p.id);
    if (m) {
      if (m.cell !== cell) hall.byCell[m.cell]?.delete(p.id);
      m.userId = p.userId;
      m.name = p.name;
      m.org = p.org;
      m.dnd = p.dnd;
      m.x = p.x;
      m.z = p.z;
      m.heading = p.heading;
      m.cell = cell;
    } else {
      m = {
        id: p.id,
        userId: p.userId,
        name: p.name,
        org: p.org,
        dnd: p.dnd,
        x: p.x,
        z: p.z,
        heading: p.heading,
        cell,
        movedAt: this.flushes,
      };
      hall.mirror.set(p.id, m);
    }
    this.cellSet(hall, cell).add(p.id);
    return m;
  }

  private cellSet(hall: HallState, cell: number): Set<string> {
    let set = hall.byCell[cell];
    if (!set) {
      set = new Set();
      hall.byCell[cell] = set;
    }
    return set;
  }

  private mirrorDelete(hall: HallState, id: string): void {
    const prev = hall.mirror.get(id);
    if (!prev) return;
    hall.byCell[prev.cell]?.delete(id);
    hall.mirror.delete(id);
  }

  private visibleFrom(hall: HallState, cell: number): VisitorPose[] {
    const out: VisitorPose[] = [];
    for (const c of neighbourhood(cell)) {
      for (const id of hall.byCell[c] ?? []) {
        const p = hall.mirror.get(id);
        if (p) out.push({ id: p.id, name: p.name, org: p.org, dnd: p.dnd, x: p.x, z: p.z, heading: p.heading });
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
        j: o.joined.map((p) => [p.id, p.userId, p.name, p.x, p.z, p.heading, p.org, p.dnd ? 1 : 0]),
        m: [],
        l: o.left,
      };
      for (const p of o.moved.values()) batch.m.push([p.id, p.x, p.z, p.heading]);
      o.joined = [];
      o.moved.clear();
      o.left = [];
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
    for (const [id, userId, name, x, z, heading, org, dnd] of batch.j ?? [])
      this.applyJoined(hall, { id, userId, name, x, z, heading, org: org ?? null, dnd: dnd === 1 });
    for (const [id, x, z, heading] of batch.m ?? []) this.applyMoved(hall, id, x, z, heading);
    for (const id of batch.l ?? []) this.applyLeft(hall, id);
  }

  private applyJoined(hall: HallState, pose: Pose): void {
    if (hall.mirror.has(pose.id) && !hall.window.joined.has(pose.id)) hall.window.restated.add(pose.id);
    hall.window.left.delete(pose.id);
    hall.window.joined.add(pose.id);
    this.mirrorPut(hall, pose);
  }

  private applyMoved(hall: HallState, id: string, x: number, z: number, heading: number): void {
    const w = hall.window;
    const m = hall.mirror.get(id);
    if (!m) return; // left already, or unknown: its join (with the name) comes first on the channel
    if (!w.joined.has(id)) {
      if (!w.from.has(id)) w.from.set(id, m.cell);
      w.moved.add(id);
    }
    if (!hall.slow.has(id)) hall.slow.set(id, m.cell);
    const cell = cellOf(x, z);
    if (cell !== m.cell) {
      hall.byCell[m.cell]?.delete(id);
      this.cellSet(hall, cell).add(id);
      m.cell = cell;
    }
    m.x = x;
    m.z = z;
    m.heading = heading;
    m.movedAt = this.flushes;
  }

  private applyLeft(hall: HallState, id: string): void {
    const w = hall.window;
    const prev = hall.mirror.get(id);
    const restated = w.restated.delete(id);
    if (w.joined.delete(id) && !restated) {
      // Joined and left within one window: nobody was told, nobody needs to be.
      w.from.delete(id);
    } else if (prev) {
      w.left.set(id, w.from.get(id) ?? prev.cell);
      w.moved.delete(id);
      w.from.delete(id);
    }
    hall.slow.delete(id);
    this.mirrorDelete(hall, id);
  }

  private scheduleFlush(): void {
    if (this.flushing) {
      this.flushOwed = true;
      return;
    }
    this.flushing = true;
    this.flush()
      .catch((err: Error) => this.logger.warn({ err: err.message }, 'presence flush failed'))
      .finally(() => {
        this.flushing = false;
        if (this.flushOwed && !this.stopped) {
          this.flushOwed = false;
          this.scheduleFlush();
        }
      });
  }

  /**
   * One flush: every hall's window is taken (and its poses copied) at once, then the cell batches are
   * serialized and sent a few cells per turn of the event loop, so incoming moves are read in between.
   */
  private async flush(): Promise<void> {
    this.flushes += 1;
    const reducedNow = this.flushes % PRESENCE.reducedRateEvery === 0;
    const work: (() => void)[] = [];
    for (const [hallId, hall] of this.halls) this.planHall(hallId, hall, reducedNow, work);
    for (let i = 0; i < work.length; i++) {
      if (i > 0 && i % PRESENCE.cellsPerTurn === 0) {
        await nextTurn();
        if (this.stopped) return;
      }
      (work[i] as () => void)();
    }
  }

  /** Takes a hall's window and queues one task per cell with local sockets (and sends the catch-ups now). */
  private planHall(hallId: string, hall: HallState, reducedNow: boolean, work: (() => void)[]): void {
    const w = hall.window;
    const owedAll = reducedNow ? hall.slow : undefined;
    if (owedAll) hall.slow = new Map();
    const changed = w.joined.size + w.moved.size + w.left.size > 0 || (owedAll?.size ?? 0) > 0;
    const crossers: LocalVisitor[] = [];
    for (const v of this.roster.members(hallId).values()) if (v.cell !== v.flushedCell) crossers.push(v);
    if (!changed && crossers.length === 0) return;
    hall.window = emptyWindow();

    // Index the window by the cells it matters to, with each pose as it is now: the batches below are
    // sent over several turns while moves keep arriving, and must all tell the same moment.
    const byCell = new Map<number, Change[]>();
    const add = (cell: number, e: Change) => {
      const list = byCell.get(cell);
      if (list) list.push(e);
      else byCell.set(cell, [e]);
    };
    const change = (kind: Change['kind'], id: string, m: Mirrored | undefined, to: number, from: number): Change => ({
      kind,
      id,
      name: m?.name ?? null,
      org: m?.org ?? null,
      dnd: m?.dnd ?? false,
      x: m?.x ?? 0,
      z: m?.z ?? 0,
      heading: m?.heading ?? 0,
      to,
      from,
    });
    for (const id of w.joined) {
      const m = hall.mirror.get(id);
      if (m) add(m.cell, change('join', id, m, m.cell, m.cell));
    }
    for (const id of w.moved) {
      const m = hall.mirror.get(id);
      if (!m) continue;
      const from = w.from.get(id) ?? m.cell;
      add(m.cell, change('move', id, m, m.cell, from));
      if (from !== m.cell) add(from, change('exit', id, undefined, m.cell, from));
    }
    for (const [id, cell] of w.left) add(cell, change('left', id, undefined, cell, cell));

    // What crowded cells are owed from around them: every visitor that moved in the period, newest pose.
    const owedByCell = new Map<number, Owed[]>();
    if (owedAll) {
      for (const [id, start] of owedAll) {
        const m = hall.mirror.get(id);
        if (!m) continue;
        const o: Owed = {
          id,
          x: m.x,
          z: m.z,
          heading: m.heading,
          start,
          lastFrom: w.from.get(id) ?? -1,
          joinedNow: w.joined.has(id),
          movedAt: m.movedAt,
        };
        const list = owedByCell.get(m.cell);
        if (list) list.push(o);
        else owedByCell.set(m.cell, [o]);
      }
    }

    // A socket that crossed into a new cell gets its new surroundings whole, and loses the old ones —
    // now, while the mirror still matches the window. Only the cells around its old and new position
    // are looked at, so the cost is local.
    const crosserIds: string[] = [];
    for (const v of crossers) {
      crosserIds.push(v.socket.id);
      const now = neighbourhood(v.cell);
      const joined = this.visibleFrom(hall, v.cell).filter((p) => p.id !== v.socket.id);
      const gone = new Set<string>();
      for (const c of neighbourhood(v.flushedCell)) {
        if (!now.includes(c)) for (const id of hall.byCell[c] ?? []) gone.add(id);
        // Visitors this socket could see that left, or walked out of its new view, during the window.
        for (const e of byCell.get(c) ?? []) {
          if (e.kind === 'left' || (e.kind === 'exit' && !now.includes(e.to))) gone.add(e.id);
        }
      }
      v.flushedCell = v.cell;
      v.caughtUpAt = this.flushes;
      v.socket.emit('hall:presence', { hallId, joined, moved: [], left: [...gone] });
    }

    // Sockets caught up during this period already have the poses owed from before their catch-up: they
    // get the owed poses of visitors that moved since, in their own emit.
    const periodStart = this.flushes - PRESENCE.reducedRateEvery;
    const recent = new Map<number, LocalVisitor[]>();
    if (owedAll) {
      for (const v of this.roster.members(hallId).values()) {
        if (v.caughtUpAt <= periodStart || v.caughtUpAt === this.flushes) continue;
        const list = recent.get(v.cell);
        if (list) list.push(v);
        else recent.set(v.cell, [v]);
      }
    }

    const crowded = hall.crowded;
    for (let home = 0; home < CELL_COUNT; home++) {
      if ((hall.localCells[home] ?? 0) <= 0) continue;
      const isCrowded = crowded[home] === 1;
      work.push(() => {
        const joined: VisitorPose[] = [];
        const moved: { id: string; x: number; z: number; heading: number }[] = [];
        const owed: Owed[] = [];
        const left: string[] = [];
        for (const c of neighbourhood(home)) {
          for (const e of byCell.get(c) ?? []) {
            if (e.kind === 'join') joined.push({ id: e.id, name: e.name, org: e.org, dnd: e.dnd, x: e.x, z: e.z, heading: e.heading });
            else if (e.kind === 'move') {
              if (!cellsSeeEachOther(home, e.from))
                joined.push({ id: e.id, name: e.name, org: e.org, dnd: e.dnd, x: e.x, z: e.z, heading: e.heading });
              // In a crowd, the cells around are owed the newest pose at the next reduced-rate flush.
              else if (!isCrowded || e.to === home) moved.push({ id: e.id, x: e.x, z: e.z, heading: e.heading });
            } else if (e.kind === 'exit' && !cellsSeeEachOther(home, e.to)) left.push(e.id);
            else if (e.kind === 'left') left.push(e.id);
          }
          if (!isCrowded || c === home) continue;
          for (const o of owedByCell.get(c) ?? []) {
            // Observers that could not see it when the period began had it as a join; so did those this
            // window's own move brought it to.
            if (o.joinedNow || !cellsSeeEachOther(home, o.start) || (o.lastFrom >= 0 && !cellsSeeEachOther(home, o.lastFrom))) continue;
            owed.push(o);
          }
        }
        // Late sockets' owed poses are a subset of `owed`: nothing owed to the cell, nothing owed to them.
        if (joined.length + moved.length + left.length + owed.length === 0) return;
        const late = recent.get(home) ?? [];
        const asMoved = (o: Owed) => ({ id: o.id, x: o.x, z: o.z, heading: o.heading });
        const skip = late.length > 0 ? [...crosserIds, ...late.map((v) => v.socket.id)] : crosserIds;
        const room = this.io.local.to(this.cellRoom(hallId, hall, home));
        (skip.length > 0 ? room.except(skip) : room).emit('hall:presence', {
          hallId,
          joined,
          moved: owed.length > 0 ? [...moved, ...owed.map(asMoved)] : moved,
          left,
        });
        for (const v of late) {
          if (crosserIds.includes(v.socket.id)) continue;
          const since = owed.filter((o) => o.movedAt >= v.caughtUpAt).map(asMoved);
          if (joined.length + moved.length + left.length + since.length === 0) continue;
          v.socket.emit('hall:presence', { hallId, joined, moved: [...moved, ...since], left });
        }
      });
    }

    // Which cells are crowded for the next period; decided only here, so a cell is never owed a pose it was sent.
    if (reducedNow) {
      work.push(() => {
        for (let home = 0; home < CELL_COUNT; home++) {
          if ((hall.localCells[home] ?? 0) <= 0) {
            crowded[home] = 0;
            continue;
          }
          let around = 0;
          for (const c of neighbourhood(home)) around += hall.byCell[c]?.size ?? 0;
          crowded[home] = around > this.fullRateNeighbours ? 1 : 0;
        }
      });
    }
  }
}
