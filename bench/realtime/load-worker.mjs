// One load-generating process for bench/realtime.bench.mjs (forked; commands over IPC). It holds
// socket.io-client connections to a Pavilion node (`mode: 'pavilion'`) or to bench/bare-server.mjs
// (`mode: 'bare'`) and measures latency on its own clock: send and receive times are both taken here
// (`performance.timeOrigin + performance.now()`), so only movers/senders and observers/watchers that
// live in this process are paired.
import { io } from 'socket.io-client';
import { LatencyHistogram } from './histogram.mjs';
import { startProfile, stopProfile } from './profiler.mjs';

const clock = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The hall floor (metres, centred on the origin) and Pavilion's interest cell. */
const HALL = { halfWidth: 202, halfDepth: 119, cell: 20 };
/** Keep movers this far inside the walls so the server's clamp never rewrites an encoded position. */
const INSET = 4;
const MOVE_PERIOD_MS = 100;
/** Pavilion drops moves closer than 80 ms apart; never send two closer than this. */
const MIN_GAP_MS = 85;
const WALK_STEP_M = 0.15; // 1.5 m/s at 10 Hz
/**
 * Which send a pose came from rides in its heading: seq n is sent as heading (n − 300) / 100 rad, which the
 * server's normalisation and rounding to 0.01 leave unchanged (−3.00 … 2.99 lies inside [−π, π)). The
 * position stays the true walk, rounded to the centimetre, so the load crosses cells as real walkers do.
 */
const MAX_SEQ = 600;
const headingOf = (seq) => (seq - 300) / 100;
const seqOf = (heading) => Math.round(heading * 100) + 300;

let sockets = [];
let presence = null;
let fanout = null;
/** Sockets that dropped while the benchmark still needed them, by reason (a lost watcher is not a lost message). */
let drops = {};
const takeDrops = () => {
  const d = drops;
  drops = {};
  return d;
};

function connect(url, extra = {}) {
  return new Promise((resolve, reject) => {
    const s = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, timeout: 20_000, ...extra });
    const timer = setTimeout(() => {
      s.close();
      reject(new Error('connect timeout'));
    }, 30_000);
    s.once('connect', () => {
      clearTimeout(timer);
      sockets.push(s);
      s.on('disconnect', (reason) => {
        drops[reason] = (drops[reason] ?? 0) + 1;
      });
      resolve(s);
    });
    s.once('connect_error', (err) => {
      clearTimeout(timer);
      s.close();
      reject(err);
    });
  });
}

async function ask(s, event, payload, timeoutMs = 20_000) {
  const answer = await s.timeout(timeoutMs).emitWithAck(event, payload);
  if (answer && answer.ok === false) throw new Error(`${event}: ${answer.error?.code} ${answer.error?.message}`);
  return answer;
}

/** Runs `fn(i)` for i < n, `batch` at a time with a pause between batches; counts failures by message. */
async function inBatches(n, batch, pauseMs, fn) {
  let ok = 0;
  const errors = {};
  const t0 = performance.now();
  for (let i = 0; i < n; i += batch) {
    const results = await Promise.allSettled(Array.from({ length: Math.min(batch, n - i) }, (_, j) => fn(i + j)));
    for (const r of results) {
      if (r.status === 'fulfilled') ok += 1;
      else {
        const key = String(r.reason?.message ?? r.reason).slice(0, 120);
        errors[key] = (errors[key] ?? 0) + 1;
      }
    }
    if (pauseMs > 0 && i + batch < n) await sleep(pauseMs);
  }
  return { ok, failed: n - ok, errors, ms: performance.now() - t0 };
}

const randomIn = (half) => (Math.random() * 2 - 1) * (half - INSET);
const cellKey = (x, z) => `${Math.floor((x + HALL.halfWidth) / HALL.cell)}:${Math.floor((z + HALL.halfDepth) / HALL.cell)}`;

const handlers = {
  /** (a) `n` visitors: Pavilion sockets join a hall and walk to a random spot; bare sockets join one room. */
  async heapSetup({ url, mode, n, batch, pauseMs, halls }) {
    return inBatches(n, batch, pauseMs, async (i) => {
      const s = await connect(url);
      const hallId = halls[i % halls.length];
      if (mode === 'pavilion') {
        await ask(s, 'hall:join', { hallId });
        s.emit('hall:move', { x: randomIn(HALL.halfWidth), z: randomIn(HALL.halfDepth), heading: 0 });
      } else {
        await ask(s, 'join', { room: `hall:${hallId}` });
      }
    });
  },

  /**
   * (b) `n` movers/observers in one hall, each walked straight to a random start position. Bare sockets
   * join a room by `bareRooms`: 'pairs' (two sockets of this process: each move reaches one other socket)
   * or 'cells' (the 20 m cell of the start position, like a naive presence room).
   */
  async presenceSetup({ url, urls = [url], mode, n, batch, pauseMs, hallId, bareRooms = 'pairs', roomPrefix = 'w' }) {
    presence = {
      mode,
      movers: new Map(),
      hist: new LatencyHistogram(),
      // Poses whose mover and observer sit on different nodes (with more than one node).
      crossHist: new LatencyHistogram(),
      recording: false,
      measureFrom: 0,
      measureTo: 0,
      batches: 0,
      entries: 0,
      duplicates: 0,
      stale: 0,
    };
    const result = await inBatches(n, batch, pauseMs, async (i) => {
      // Mover i on node i mod nodes: bare pairs (2k, 2k + 1) then always sit on two nodes.
      const node = i % urls.length;
      const s = await connect(urls[node]);
      const m = {
        s,
        id: s.id,
        node,
        px: randomIn(HALL.halfWidth),
        pz: randomIn(HALL.halfDepth),
        dir: Math.random() * Math.PI * 2,
        seq: 0,
        sentAt: new Float64Array(MAX_SEQ),
        seen: new Uint8Array(MAX_SEQ),
        nextAt: 0,
        // Observer side: the newest seq seen per local mover (duplicates and out-of-order are not samples).
        lastSeen: new Map(),
      };
      if (mode === 'pavilion') {
        s.on('hall:presence', (b) => {
          presence.batches += 1;
          for (const e of b.moved) observe(m, e);
          for (const e of b.joined) observe(m, e);
        });
        await ask(s, 'hall:join', { hallId });
        s.emit('hall:move', { x: m.px, z: m.pz, heading: headingOf(0) });
      } else {
        s.on('move', (e) => {
          presence.batches += 1;
          observe(m, e);
        });
        const room = bareRooms === 'cells' ? `${hallId}:${cellKey(m.px, m.pz)}` : `${roomPrefix}:pair:${i >> 1}`;
        await ask(s, 'join', { room });
      }
      presence.movers.set(s.id, m);
    });
    return { ...result, movers: presence.movers.size };
  },

  /** (b) Everyone moves at 10 Hz for `durationMs`; latencies of sends after `warmupMs` are recorded. */
  async presenceRun({ durationMs, warmupMs, drainMs }) {
    const p = presence;
    // A window may be measured again (the orchestrator retries one taken on a busy machine): fresh counters.
    Object.assign(p, {
      hist: new LatencyHistogram(),
      crossHist: new LatencyHistogram(),
      batches: 0,
      entries: 0,
      duplicates: 0,
      stale: 0,
    });
    drops = {};
    const movers = [...p.movers.values()];
    const t0 = clock();
    for (const m of movers) m.nextAt = t0 + Math.random() * MOVE_PERIOD_MS;
    p.measureFrom = t0 + warmupMs;
    p.measureTo = t0 + durationMs;
    p.recording = true;
    const event = p.mode === 'pavilion' ? 'hall:move' : 'move';
    let sent = 0;
    let sentInWindow = 0;
    let late = 0;
    const cpu0 = process.cpuUsage();
    await new Promise((resolve) => {
      const timer = setInterval(() => {
        const now = clock();
        if (now >= p.measureTo) {
          clearInterval(timer);
          resolve();
          return;
        }
        for (const m of movers) {
          if (now < m.nextAt) continue;
          if (now - m.nextAt > 50) late += 1;
          m.nextAt = Math.max(m.nextAt + MOVE_PERIOD_MS, now + MIN_GAP_MS);
          walk(m);
          m.seq += 1;
          if (m.seq >= MAX_SEQ) continue; // > 60 s of moves: not in this benchmark
          const at = clock();
          m.sentAt[m.seq] = at;
          m.s.emit(event, { x: Math.round(m.px * 100) / 100, z: Math.round(m.pz * 100) / 100, heading: headingOf(m.seq) });
          sent += 1;
          if (at >= p.measureFrom) sentInWindow += 1;
        }
      }, 5);
    });
    await sleep(drainMs);
    p.recording = false;
    const cpu = process.cpuUsage(cpu0);
    let seenInWindow = 0;
    for (const m of movers) {
      for (let q = 1; q < Math.min(m.seq + 1, MAX_SEQ); q++) if (m.seen[q] && m.sentAt[q] >= p.measureFrom) seenInWindow += 1;
    }
    return {
      hist: p.hist.toJSON(),
      crossHist: p.crossHist.toJSON(),
      sent,
      sentInWindow,
      seenInWindow,
      late,
      batches: p.batches,
      entries: p.entries,
      duplicates: p.duplicates,
      stale: p.stale,
      drops: takeDrops(),
      cpuPercent: ((cpu.user + cpu.system) / 1000 / (durationMs + drainMs)) * 100,
    };
  },

  /** (c) Watchers enter one booth (on the node given per group); senders (accounts) enter it too. */
  async fanoutSetup({ mode, boothId, watchers, senders, batch, pauseMs }) {
    fanout = { mode, boothId, sendTimes: new Map(), hist: {}, receipts: new Map(), senders: [] };
    const room = mode === 'pavilion' ? `booth:${boothId}` : 'booth';
    const enter = (s) => (mode === 'pavilion' ? ask(s, 'booth:enter', { boothId }) : ask(s, 'join', { room }));
    const event = mode === 'pavilion' ? 'chat:message' : 'chat';
    const groups = [];
    for (const g of watchers) {
      if (!fanout.hist[g.label]) fanout.hist[g.label] = new LatencyHistogram();
      groups.push(
        await inBatches(g.n, batch, pauseMs, async () => {
          const s = await connect(g.url);
          s.on(event, ({ message }) => {
            const sentAt = fanout.sendTimes.get(message.clientMsgId);
            if (sentAt === undefined) return; // another process's sender: not on our clock
            const ms = clock() - sentAt;
            fanout.hist[g.label].add(ms); // looked up here: fanoutReset replaces the histograms
            const r = fanout.receipts.get(message.clientMsgId);
            if (r) {
              r.n += 1;
              if (ms > r.max) r.max = ms;
            } else fanout.receipts.set(message.clientMsgId, { n: 1, max: ms });
          });
          await enter(s);
        }),
      );
    }
    for (const snd of senders) {
      const s = await connect(snd.url, snd.token ? { auth: { token: snd.token } } : {});
      await enter(s);
      fanout.senders.push(s);
    }
    return { groups, senders: fanout.senders.length };
  },

  /** (c) One message from one of this process's senders; resolves with its ack time. */
  async fanoutSend({ sender, clientMsgId, text }) {
    const s = fanout.senders[sender];
    const room = fanout.mode === 'pavilion' ? `booth:${fanout.boothId}` : 'booth';
    const at = clock();
    fanout.sendTimes.set(clientMsgId, at);
    try {
      await ask(s, fanout.mode === 'pavilion' ? 'chat:send' : 'chat', { room, text, clientMsgId }, 10_000);
      return { ok: true, ackMs: clock() - at };
    } catch (err) {
      return { ok: false, error: String(err?.message ?? err) };
    }
  },

  /** Forgets the measurements so far (before measuring the same watchers again). */
  async fanoutReset() {
    for (const label of Object.keys(fanout.hist)) fanout.hist[label] = new LatencyHistogram();
    fanout.sendTimes.clear();
    fanout.receipts.clear();
    drops = {};
    return {};
  },

  async fanoutCollect() {
    const hist = {};
    for (const [label, h] of Object.entries(fanout.hist)) hist[label] = h.toJSON();
    return { hist, sent: fanout.sendTimes.size, receipts: Object.fromEntries(fanout.receipts), drops: takeDrops() };
  },

  async profileStart() {
    await startProfile();
    return {};
  },

  async profileStop({ file }) {
    return { file: await stopProfile(file) };
  },

  async closeAll() {
    const n = sockets.length;
    for (const s of sockets) {
      s.removeAllListeners();
      s.disconnect();
    }
    sockets = [];
    presence = null;
    fanout = null;
    drops = {};
    await sleep(200);
    return { closed: n };
  },
};

function walk(m) {
  m.dir += (Math.random() - 0.5) * 0.6;
  m.px += Math.cos(m.dir) * WALK_STEP_M;
  m.pz += Math.sin(m.dir) * WALK_STEP_M;
  const lx = HALL.halfWidth - INSET;
  const lz = HALL.halfDepth - INSET;
  if (Math.abs(m.px) > lx) {
    m.px = Math.sign(m.px) * lx;
    m.dir = Math.PI - m.dir;
  }
  if (Math.abs(m.pz) > lz) {
    m.pz = Math.sign(m.pz) * lz;
    m.dir = -m.dir;
  }
}

/** A pose of mover `e.id` reached observer `me`: if the mover lives here, that is a latency sample. */
function observe(me, e) {
  const p = presence;
  p.entries += 1;
  if (!p.recording || e.id === me.id) return;
  const mover = p.movers.get(e.id);
  if (!mover) return;
  const cross = mover.node !== me.node;
  const seq = seqOf(e.heading);
  if (seq <= 0 || seq >= MAX_SEQ) return; // the start pose, before any measured move
  const sentAt = mover.sentAt[seq];
  if (sentAt < p.measureFrom || sentAt > p.measureTo) return;
  const last = me.lastSeen.get(e.id) ?? 0;
  if (seq === last) {
    p.duplicates += 1;
    return;
  }
  if (seq < last) {
    p.stale += 1;
    return;
  }
  me.lastSeen.set(e.id, seq);
  mover.seen[seq] = 1;
  const ms = clock() - sentAt;
  p.hist.add(ms);
  if (cross) p.crossHist.add(ms);
}

process.on('message', async (msg) => {
  if (!msg || typeof msg !== 'object' || !msg.cmd) return;
  try {
    const result = await handlers[msg.cmd](msg.args ?? {});
    process.send({ id: msg.id, ok: true, result });
  } catch (err) {
    process.send({ id: msg.id, ok: false, error: String(err?.stack ?? err) });
  }
});
process.on('disconnect', () => process.exit(0));
