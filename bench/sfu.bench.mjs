// Live video through Janus: N headless subscribers (werift) on one session's VideoRoom, fed by one headless
// publisher sending VP8-framed RTP. Measures join-to-first-packet p50/p99 and Janus's CPU per viewer
// (/proc/<pid>/stat), and checks that no viewer's offer carries the publisher's candidates.
// Beside it, the P2P baseline in the same run: a node without Janus (JANUS_URL=off), the host's page in headless
// Chromium with the fake camera, and 20 werift viewers speaking the P2P signalling (session:join, rtc:want,
// rtc:signal) over socket.io-client; join-to-first-packet p50/p99 and the host's upload (bytesSent of its peer
// connections' outbound-rtp) with 1 viewer and with 20 — against the SFU publisher's upload with 1 and with all.
// Run alone: node bench/sfu.bench.mjs [viewers]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { chromium } from 'playwright-core';
import { io } from 'socket.io-client';
import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket } from 'werift';
import { fakeCameraLaunch } from '../e2e/chromium.mjs';
import { post as postTo } from './api.mjs';
import { startNode } from './nodes.mjs';

const root = join(import.meta.dirname, '..');
const { startLocalJanus } = await import(join(root, 'server/dist/sfu/localJanus.js'));
const { JanusPool } = await import(join(root, 'server/dist/sfu/janusPool.js'));
const { startLocalRedis } = await import(join(root, 'server/dist/redis/localRedis.js'));
const VIEWERS = Number(process.argv[2] ?? 60);
const ROOM = `bench-${Date.now()}`;

const cpuTicks = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(f[11]) + Number(f[12]); // utime + stime, in clock ticks (100/s)
};
const gathered = (pc) =>
  new Promise((res) => {
    if (pc.iceGatheringState === 'complete') return res();
    pc.iceGatheringStateChange.subscribe((s) => s === 'complete' && res());
  });
const candidates = (sdp) => [...sdp.matchAll(/^a=candidate:\S+ \d+ \S+ \d+ (\S+) (\d+) typ/gm)].map((m) => `${m[1]} ${m[2]}`);
const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const dir = mkdtempSync(join(tmpdir(), 'pavilion-bench-janus-'));
const janus = await startLocalJanus({ dir, rtpPorts: '22000-23999' });
const pool = new JanusPool([janus.url], janus.adminSecret, pino({ level: 'silent' }));
const session = await pool.session(janus.url);
await pool.createRoom(janus.url, ROOM, { secret: 'bench-secret', record: false });

// The publisher: one video track, VP8 payload descriptor + a fake keyframe header every packet.
const pub = new RTCPeerConnection();
const track = new MediaStreamTrack({ kind: 'video' });
pub.addTransceiver(track, { direction: 'sendonly' });
await pub.setLocalDescription(await pub.createOffer());
await gathered(pub);
const pubHandle = await pool.attach(session);
const joined = await pubHandle.message(
  { request: 'joinandconfigure', ptype: 'publisher', room: ROOM, id: 'host', token: pool.roomToken(ROOM, 'host'), video: true },
  { type: 'offer', sdp: pub.localDescription.sdp, trickle: false },
);
await pub.setRemoteDescription(joined.jsep);
await new Promise((res) => pub.connectionStateChange.subscribe((s) => s === 'connected' && res()));
const hostCandidates = candidates(pub.localDescription.sdp);
const payloadType = Number(/a=rtpmap:(\d+) VP8/.exec(joined.jsep.sdp)?.[1] ?? 96);
let seq = 0;
const sender = setInterval(() => {
  const header = new RtpHeader({ payloadType, sequenceNumber: seq++ & 0xffff, timestamp: (seq * 3000) >>> 0, marker: true, ssrc: 1234 });
  track.writeRtp(new RtpPacket(header, Buffer.from([0x10, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01, ...Array(200).fill(0)])));
}, 33);

/** Bytes the werift publisher has sent (its outbound-rtp stats). */
const pubBytes = async () => {
  let sum = 0;
  for (const r of (await pub.getStats()).values()) if (r.type === 'outbound-rtp') sum += Number(r.bytesSent ?? 0);
  return sum;
};
/** Upload in kB/s over `s` seconds, from a byte counter. */
const uploadRate = async (bytes, s = 5) => {
  const b0 = await bytes();
  await new Promise((r) => setTimeout(r, s * 1000));
  return ((await bytes()) - b0) / 1000 / s;
};
let sfuUploadAtOne = null;

const joinMs = [];
const viewers = [];
let leaked = 0;
const idleTicks0 = cpuTicks(janus.pid);
await new Promise((r) => setTimeout(r, 3000));
const idlePerS = (cpuTicks(janus.pid) - idleTicks0) / 3;
for (let i = 0; i < VIEWERS; i++) {
  const t0 = performance.now();
  const h = await pool.attach(session);
  const offer = await h.message({
    request: 'join',
    ptype: 'subscriber',
    room: ROOM,
    streams: [{ feed: 'host' }],
    token: pool.roomToken(ROOM, `v${i}`),
  });
  leaked += candidates(offer.jsep.sdp).filter((c) => hostCandidates.includes(c)).length;
  const pc = new RTCPeerConnection();
  const first = new Promise((res) => pc.onTrack.subscribe((t) => t.onReceiveRtp.once(() => res(performance.now()))));
  await pc.setRemoteDescription(offer.jsep);
  await pc.setLocalDescription(await pc.createAnswer());
  await gathered(pc);
  await h.message({ request: 'start' }, { type: 'answer', sdp: pc.localDescription.sdp, trickle: false });
  const at = await Promise.race([first, new Promise((r) => setTimeout(() => r(null), 15000))]);
  if (at !== null) joinMs.push(at - t0);
  viewers.push(pc);
  if (i === 0) sfuUploadAtOne = await uploadRate(pubBytes);
}
const sfuUploadAtAll = await uploadRate(pubBytes);
const t1 = cpuTicks(janus.pid);
await new Promise((r) => setTimeout(r, 5000));
const loadedPerS = (cpuTicks(janus.pid) - t1) / 5;
clearInterval(sender);

for (const pc of viewers) await pc.close();
await pub.close();
await pool.close();
await janus.stop();
rmSync(dir, { recursive: true, force: true });

const p2p = await p2pBaseline(20);

const kB = (x) => (x === null || Number.isNaN(x) ? 'n/a' : x.toFixed(1));
const rows = [
  {
    metric: `viewers receiving (of ${VIEWERS}), one publisher`,
    value: String(joinMs.length),
    baseline: 'P2P cap: 20 (host uplink)',
    bar: `= ${VIEWERS}`,
    verdict: joinMs.length === VIEWERS ? 'ok' : 'MISS',
  },
  {
    metric: 'join → first packet p50 / p99 (ms)',
    value: `${pct(joinMs, 50)?.toFixed(0)} / ${pct(joinMs, 99)?.toFixed(0)}`,
    baseline: '',
    bar: '',
    verdict: '',
  },
  {
    metric: 'Janus CPU per viewer (% of one core, ~30 pkt/s)',
    value: ((loadedPerS - idlePerS) / Math.max(1, joinMs.length)).toFixed(3),
    baseline: `idle ${idlePerS.toFixed(2)}%`,
    bar: '',
    verdict: '',
  },
  {
    metric: "publisher candidates in viewers' offers",
    value: String(leaked),
    baseline: '',
    bar: '0',
    verdict: leaked === 0 ? 'ok' : 'MISS',
  },
  {
    metric: `SFU: host upload with 1 / ${VIEWERS} viewers (kB/s; synthetic ~30 pkt/s publisher)`,
    value: `${kB(sfuUploadAtOne)} / ${kB(sfuUploadAtAll)}`,
    baseline: `P2P (Chromium, fake camera): ${kB(p2p.uploadAtOne)} / ${kB(p2p.uploadAtAll)} with 1 / ${p2p.viewers}`,
    bar: 'SFU flat',
    verdict: sfuUploadAtAll < sfuUploadAtOne * 1.5 ? 'ok' : 'MISS',
  },
  {
    metric: `P2P: viewers receiving (of ${p2p.viewers}), host in headless Chromium`,
    value: String(p2p.joinMs.length),
    baseline: '',
    bar: `= ${p2p.viewers}`,
    verdict: p2p.joinMs.length === p2p.viewers ? 'ok' : 'MISS',
  },
  {
    metric: 'P2P: join → first packet p50 / p99 (ms)',
    value: `${pct(p2p.joinMs, 50)?.toFixed(0)} / ${pct(p2p.joinMs, 99)?.toFixed(0)}`,
    baseline: '',
    bar: '',
    verdict: '',
  },
];
console.table(rows);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/sfu.json'), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
process.exit(0);

/**
 * The P2P transport with `count` viewers: a node without Janus, the host's page publishing the fake camera, werift
 * viewers answering the host's offers. Returns join-to-first-packet times and the host page's upload.
 */
async function p2pBaseline(count) {
  const redisDir = mkdtempSync(join(tmpdir(), 'pavilion-bench-p2p-'));
  const redis = await startLocalRedis({ dir: redisDir, persistent: false });
  const node = await startNode(redis.url, 'p2p-bench', undefined, { JANUS_URL: 'off' });
  const browser = await chromium.launch({
    executablePath: fakeCameraLaunch.executablePath,
    args: [
      ...fakeCameraLaunch.args,
      // Host candidates as real addresses: werift does not resolve Chromium's mDNS names.
      '--disable-features=WebRtcHideLocalIpsWithMdns',
    ],
  });
  const sockets = [];
  const peers = [];
  try {
    const post = (path, body, token) => postTo(node.url, path, body, token);
    const { token } = await post('/api/auth/register', {
      email: `p2p-host-${Date.now()}@bench.pavilion`,
      password: 'bench-password-123',
      displayName: 'P2P Host',
      role: 'exhibitor',
      organization: { name: 'Bench Labs', kind: 'enterprise', region: 'GD', country: 'CN' },
    });
    const { halls } = await (await fetch(`${node.url}/api/expo`)).json();
    const hall = halls.find((h) => h.boothCount < h.capacity);
    await post('/api/booths', { hallId: hall.id, name: 'P2P bench booth' }, token);

    const context = await browser.newContext();
    await context.addCookies([{ name: 'sid', value: token, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' }]);
    await context.addInitScript(() => {
      const Native = window.RTCPeerConnection;
      const made = [];
      window.__peerConnections = made;
      window.RTCPeerConnection = class extends Native {
        constructor(config) {
          super(config);
          made.push(this);
        }
      };
    });
    const page = await context.newPage();
    await page.goto(`${node.url}/exhibitor`);
    await page.getByTestId('host-sessions').getByLabel('Title').fill('P2P baseline');
    await page.getByTestId('host-sessions').getByRole('button', { name: 'Go live now' }).click();
    await page.waitForURL(/\/sessions\//, { timeout: 60_000 });
    const sessionId = new URL(page.url()).pathname.split('/').pop();
    await page.getByTestId('host-console').getByRole('button', { name: 'Start camera' }).click();
    await page.getByText('Your camera is live to viewers.').waitFor({ timeout: 60_000 });
    const hostBytes = () =>
      page.evaluate(async () => {
        let sum = 0;
        for (const pc of window.__peerConnections) {
          if (pc.connectionState === 'closed') continue;
          for (const r of (await pc.getStats()).values()) if (r.type === 'outbound-rtp') sum += r.bytesSent ?? 0;
        }
        return sum;
      });

    const joinMs = [];
    let uploadAtOne = null;
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      const socket = io(node.url, { transports: ['websocket'] });
      sockets.push(socket);
      const emit = (event, payload) =>
        new Promise((res, rej) =>
          socket
            .timeout(20_000)
            .emit(event, payload, (err, ack) => (err || !ack?.ok ? rej(err ?? new Error(JSON.stringify(ack))) : res(ack))),
        );
      const pc = new RTCPeerConnection();
      peers.push(pc);
      const first = new Promise((res) =>
        pc.onTrack.subscribe((t) => t.kind === 'video' && t.onReceiveRtp.once(() => res(performance.now()))),
      );
      socket.on('rtc:signal', async ({ from, description, candidate }) => {
        if (candidate) {
          await pc.addIceCandidate(candidate).catch(() => {});
          return;
        }
        if (description?.type !== 'offer') return;
        await pc.setRemoteDescription(description);
        await pc.setLocalDescription(await pc.createAnswer());
        await gathered(pc);
        socket.emit('rtc:signal', { sessionId, to: from, description: { type: 'answer', sdp: pc.localDescription.sdp } });
      });
      await emit('session:join', { sessionId });
      await emit('rtc:want', { sessionId });
      const at = await Promise.race([first, new Promise((r) => setTimeout(() => r(null), 20_000))]);
      if (at !== null) joinMs.push(at - t0);
      if (i === 0) uploadAtOne = await uploadRate(hostBytes);
    }
    const uploadAtAll = await uploadRate(hostBytes);
    await context.close();
    return { viewers: count, joinMs, uploadAtOne, uploadAtAll };
  } finally {
    for (const s of sockets) s.close();
    for (const pc of peers) await pc.close().catch(() => {});
    await browser.close();
    node.child.kill('SIGTERM');
    await redis.stop();
    rmSync(redisDir, { recursive: true, force: true });
  }
}
