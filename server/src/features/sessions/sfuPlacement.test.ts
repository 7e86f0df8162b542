import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LiveSession } from '@pavilion/shared';
import { pino } from 'pino';
import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket } from 'werift';
import { keys } from '../../redis/keys.js';
import type { LocalRedis } from '../../redis/localRedis.js';
import { JanusPool } from '../../sfu/janusPool.js';
import { type LocalJanus, startLocalJanus } from '../../sfu/localJanus.js';
import {
  api,
  connectSocket,
  emitAck,
  nextEvent,
  registerExhibitorWithBooth,
  startTestNode,
  startTestRedis,
  type TestNode,
  type TestSocket,
} from '../../testing/harness.js';
import { publishThroughSfu } from '../../testing/webrtc.js';

/**
 * Two real Janus servers behind every node (one JANUS_URL list, one secret), a recordings folder both write into and
 * both nodes read, and two nodes on one Redis.
 */
describe('sessions on several Janus servers, recorded or not, on two nodes', () => {
  const secret = randomBytes(24).toString('base64url');
  const dirs: string[] = [];
  const janus: LocalJanus[] = [];
  const nodes: TestNode[] = [];
  const sockets: TestSocket[] = [];
  const peers: { pc: RTCPeerConnection; timer: NodeJS.Timeout }[] = [];
  const recordings = mkdtempSync(join(tmpdir(), 'pavilion-test-recordings-'));
  const filesDir = mkdtempSync(join(tmpdir(), 'pavilion-test-files-'));
  let redis: LocalRedis;
  let inspector: JanusPool;
  let n = 0;
  const url = (i: number) => (janus[i] as LocalJanus).url;

  beforeAll(async () => {
    redis = await startTestRedis();
    for (const [i, ports] of ['21400-21499', '21500-21599'].entries()) {
      const dir = mkdtempSync(join(tmpdir(), `pavilion-test-janus${i}-`));
      dirs.push(dir);
      janus.push(await startLocalJanus({ dir, rtpPorts: ports, adminSecret: secret }));
    }
    for (let i = 0; i < 2; i++) {
      const pool = new JanusPool([url(0), url(1)], secret, pino({ level: 'silent' }), { janusDir: recordings, localDir: recordings });
      nodes.push(await startTestNode(redis.url, { janus: pool, filesDir }));
    }
    inspector = new JanusPool([url(0), url(1)], secret, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    for (const { pc, timer } of peers) {
      clearInterval(timer);
      await pc.close();
    }
    for (const s of sockets) s.disconnect();
    await inspector.close();
    for (const node of nodes) await node.close();
    for (const j of janus) await j.stop();
    await redis.stop();
    for (const d of [...dirs, recordings, filesDir]) rmSync(d, { recursive: true, force: true });
    const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
    for (const h of handles) if (h instanceof dgram.Socket) h.unref();
  });

  async function host(node: TestNode) {
    n += 1;
    const h = await registerExhibitorWithBooth(node.url, 'patents', `Placement Stage ${n}`);
    const socket = await connectSocket(node.url, h.token);
    sockets.push(socket);
    return { ...h, socket };
  }

  async function goLive(h: Awaited<ReturnType<typeof host>>, extra: Record<string, unknown> = {}) {
    const res = await emitAck<{ session: LiveSession }>(h.socket, 'session:start', { boothId: h.boothId, title: `Talk ${n}`, ...extra });
    if (!res.ok) throw new Error(res.error.message);
    return res.session;
  }

  /** Which Janus the session's room is on, as the node recorded it. */
  async function placedOn(sessionId: string): Promise<number> {
    const stored = await (nodes[0] as TestNode).app.redis.hGet(keys.liveSession(sessionId), 'sfuUrl');
    return janus.findIndex((j) => j.url === stored);
  }

  /**
   * The host publishes a synthetic camera through Pavilion (werift: VP8-framed RTP, each packet a small keyframe,
   * ~30 packets/s) until the end of the file.
   */
  async function publish(socket: TestSocket, sessionId: string) {
    const pc = new RTCPeerConnection();
    const track = new MediaStreamTrack({ kind: 'video' });
    const answer = await publishThroughSfu(socket, sessionId, pc, track);
    const payloadType = Number(/a=rtpmap:(\d+) VP8/.exec(answer.sdp)?.[1] ?? 96);
    let seq = 0;
    // VP8 payload descriptor (start of partition), then a key frame's header: frame tag, start code, 640×480.
    const frame = Buffer.from([0x10, 0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01, ...Array(200).fill(0)]);
    const timer = setInterval(() => {
      seq += 1;
      const header = new RtpHeader({ payloadType, sequenceNumber: seq & 0xffff, timestamp: (seq * 3000) >>> 0, marker: true, ssrc: 4321 });
      track.writeRtp(new RtpPacket(header, frame));
    }, 33);
    peers.push({ pc, timer });
    expect((await emitAck(socket, 'session:broadcast', { sessionId, on: true })).ok).toBe(true);
  }

  test('a new session’s room goes to the least-loaded Janus (rooms + participants), whichever node starts it', async () => {
    const [a, b] = nodes as [TestNode, TestNode];
    // Janus 0 carries two rooms of its own: the next session goes to Janus 1.
    for (const room of ['load-0a', 'load-0b']) await inspector.createRoom(url(0), room, { secret: 'load', record: false });
    const first = await goLive(await host(a));
    expect(first.transport).toBe('sfu');
    expect(await placedOn(first.id)).toBe(1);
    expect(await inspector.roomExists(url(1), first.id)).toBe(true);
    expect(await inspector.roomExists(url(0), first.id)).toBe(false);

    // Janus 1 now has that room plus three more (4 against 2): the next goes to Janus 0, and its host publishes.
    for (const room of ['load-1a', 'load-1b', 'load-1c']) await inspector.createRoom(url(1), room, { secret: 'load', record: false });
    const h = await host(a);
    const second = await goLive(h);
    expect(await placedOn(second.id)).toBe(0);
    await publish(h.socket, second.id);
    // Janus 0: 3 rooms + 1 participant = 4; Janus 1: 5 rooms = 5. A session started on node b goes to Janus 0.
    await inspector.createRoom(url(1), 'load-1d', { secret: 'load', record: false });
    const third = await goLive(await host(b));
    expect(await placedOn(third.id)).toBe(0);
    // One more room on Janus 0: 5 rooms each, but Janus 0 also carries the publisher (6 against 5). Counting rooms
    // alone would tie and pick the first server; the participant sends the next to Janus 1.
    await inspector.createRoom(url(0), 'load-0c', { secret: 'load', record: false });
    const fourth = await goLive(await host(b));
    expect(await placedOn(fourth.id)).toBe(1);

    for (const [i, rooms] of [
      [0, ['load-0a', 'load-0b', 'load-0c']],
      [1, ['load-1a', 'load-1b', 'load-1c', 'load-1d']],
    ] as const) {
      for (const room of rooms) await inspector.destroyRoom(url(i), room, 'load');
    }
  });

  test('record: false makes a room Janus does not record and leaves no replay; a recorded one becomes a replay the programme lists', async () => {
    const [a, b] = nodes as [TestNode, TestNode];
    const plain = await host(a);
    const recordedHost = await host(b);
    const unrecorded = await goLive(plain, { record: false });
    const recorded = await goLive(recordedHost);
    expect(unrecorded).toMatchObject({ transport: 'sfu', recorded: false, recording: null });
    expect(recorded).toMatchObject({ transport: 'sfu', recorded: true, recording: null });
    const roomOf = async (id: string) => {
      const i = await placedOn(id);
      return (await inspector.rooms(url(i))).find((r) => r.room === id);
    };
    expect((await roomOf(unrecorded.id))?.record).toBe(false);
    expect((await roomOf(recorded.id))?.record).toBe(true);

    await publish(plain.socket, unrecorded.id);
    await publish(recordedHost.socket, recorded.id);
    // Janus writes the recorded host's feed into the session's folder as its media flows (wait for a second or so
    // of it: a replay needs frames); the unrecorded host's, sent alongside, goes nowhere.
    const folder = (id: string) => join(recordings, id);
    const mjr = (id: string) => (existsSync(folder(id)) ? readdirSync(folder(id)).filter((f) => f.endsWith('.mjr')) : []);
    const bytes = (id: string) => mjr(id).reduce((sum, f) => sum + statSync(join(folder(id), f)).size, 0);
    for (let i = 0; i < 400 && bytes(recorded.id) < 10_000; i++) await new Promise((r) => setTimeout(r, 50));
    expect(bytes(recorded.id)).toBeGreaterThanOrEqual(10_000);
    expect(mjr(unrecorded.id)).toEqual([]);

    // Both end; the recorded one's replay is made (janus-pp-rec, mkvmerge) and announced.
    const watcher = await connectSocket(a.url);
    sockets.push(watcher);
    expect((await emitAck(watcher, 'session:join', { sessionId: recorded.id })).ok).toBe(true);
    const replayReady = nextEvent<{ session: LiveSession }>(watcher, 'session:updated', (p) => p.session.recording !== null, 60_000);
    expect((await emitAck(plain.socket, 'session:end', { sessionId: unrecorded.id })).ok).toBe(true);
    expect((await emitAck(recordedHost.socket, 'session:end', { sessionId: recorded.id })).ok).toBe(true);
    const ready = (await replayReady).session;
    expect(ready.recording?.url).toBe(`/api/sessions/${recorded.id}/recording`);
    const replay = await fetch(`${b.url}${ready.recording?.url}`);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('content-type')).toMatch(/webm/);
    expect(Buffer.from(await replay.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));

    // The unrecorded one: no recording, no replay, nothing written.
    const plainNow = (await api(b.url, 'GET', `/api/sessions/${unrecorded.id}`)).body.session as LiveSession;
    expect(plainNow).toMatchObject({ status: 'ended', recorded: false, recording: null });
    expect((await fetch(`${a.url}/api/sessions/${unrecorded.id}/recording`)).status).toBe(404);
    expect(mjr(unrecorded.id)).toEqual([]);

    // The programme's past sessions: both ended, the recorded one with its replay (the page lists only those).
    const ended = (await api(a.url, 'GET', '/api/sessions?status=ended&hallId=patents')).body.items as LiveSession[];
    const byId = new Map(ended.map((s) => [s.id, s]));
    expect(byId.get(recorded.id)?.recording).toMatchObject({ url: ready.recording?.url, durationMs: expect.any(Number) });
    expect(byId.get(unrecorded.id)?.recording).toBeNull();
    expect(ended.findIndex((s) => s.id === recorded.id)).toBeLessThan(ended.findIndex((s) => s.id === unrecorded.id));
  }, 90_000);
});

describe('a Janus whose RTP port range is used up', () => {
  let redis: LocalRedis;
  let j: LocalJanus;
  let node: TestNode;
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-test-janus-cap-'));
  const sockets: TestSocket[] = [];
  const peers: RTCPeerConnection[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
    // Three ports: one peer connection each (bundled audio and video, one interface) — the host and two viewers.
    j = await startLocalJanus({ dir, rtpPorts: '21600-21602' });
    node = await startTestNode(redis.url, { janus: new JanusPool([j.url], j.adminSecret, pino({ level: 'silent' })) });
  });
  afterAll(async () => {
    for (const pc of peers) await pc.close();
    for (const s of sockets) s.disconnect();
    await node.close();
    await j.stop();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
    const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
    for (const h of handles) if (h instanceof dgram.Socket) h.unref();
  });

  test('each peer connection takes one port of the range; past it a viewer is told the media server failed, not left waiting', async () => {
    const h = await registerExhibitorWithBooth(node.url, 'patents', 'Small Janus');
    const hostSocket = await connectSocket(node.url, h.token);
    sockets.push(hostSocket);
    const started = await emitAck<{ session: LiveSession }>(hostSocket, 'session:start', { boothId: h.boothId, title: 'Three ports' });
    if (!started.ok) throw new Error(started.error.message);
    const id = started.session.id;
    const pc = new RTCPeerConnection();
    peers.push(pc);
    const published = await publishThroughSfu(hostSocket, id, pc);
    const ports = new Set<string>();
    const portOf = (sdp: string) => /^a=candidate:\S+ \d+ \S+ \d+ \S+ (\d+) typ/m.exec(sdp)?.[1] ?? '';
    ports.add(portOf(published.sdp));
    expect((await emitAck(hostSocket, 'session:broadcast', { sessionId: id, on: true })).ok).toBe(true);

    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const viewer = await connectSocket(node.url);
      sockets.push(viewer);
      expect((await emitAck(viewer, 'session:join', { sessionId: id })).ok).toBe(true);
      const sub = await emitAck<{ description: { sdp: string } }>(viewer, 'sfu:subscribe', { sessionId: id });
      if (sub.ok) ports.add(portOf(sub.description.sdp));
      outcomes.push(sub.ok ? 'offer' : `${sub.error.code} ${sub.error.reason}`);
    }
    expect(outcomes).toEqual(['offer', 'offer', 'CONFLICT sfuFailed']);
    expect([...ports].sort()).toEqual(['21600', '21601', '21602']);
  }, 60_000);
});
