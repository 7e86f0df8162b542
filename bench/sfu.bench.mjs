// Live video through Janus: N headless subscribers (werift) on one session's VideoRoom, fed by one headless
// publisher sending VP8-framed RTP. Measures join-to-first-packet p50/p99 and Janus's CPU per viewer
// (/proc/<pid>/stat), and checks that no viewer's offer carries the publisher's candidates.
// Run alone: node bench/sfu.bench.mjs [viewers]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket } from 'werift';

const root = join(import.meta.dirname, '..');
const { startLocalJanus } = await import(join(root, 'server/dist/sfu/localJanus.js'));
const { JanusPool } = await import(join(root, 'server/dist/sfu/janusPool.js'));
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
}
const t1 = cpuTicks(janus.pid);
await new Promise((r) => setTimeout(r, 5000));
const loadedPerS = (cpuTicks(janus.pid) - t1) / 5;
clearInterval(sender);

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
];
console.table(rows);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/sfu.json'), JSON.stringify({ rows }, null, 2));
for (const pc of viewers) await pc.close();
await pub.close();
await pool.close();
await janus.stop();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
