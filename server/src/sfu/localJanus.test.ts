import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { MediaStreamTrack, RTCPeerConnection } from 'werift';
import { loadConfig } from '../config.js';
import { sendOnlyOffer } from '../testing/webrtc.js';
import { JanusPool } from './janusPool.js';
import { ensureJanus, janusCommand, type LocalJanus, recordLocalJanus, startLocalJanus, writeJanusConfig } from './localJanus.js';
import { resolveJanus } from './resolveJanus.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits (at most `ms`) until the process is gone; whether it went is for the caller to assert. */
async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return !alive(pid);
}

/** The first line a child prints. */
function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((res, rej) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) res(out.split('\n')[0] as string);
    });
    child.once('exit', (code) => rej(new Error(`the child exited (${code}) before printing`)));
  });
}

describe('the private Janus a node starts', () => {
  const dirs: string[] = [];
  const started: LocalJanus[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'pavilion-test-localjanus-'));
    dirs.push(d);
    return d;
  };
  afterAll(async () => {
    for (const j of started) await j.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
    for (const h of handles) if (h instanceof dgram.Socket) h.unref();
  });

  test('Janus stops with the process that started it, even when that process is killed with SIGKILL', async () => {
    const dir = tmp();
    const { janus, libDir } = ensureJanus();
    const config = writeJanusConfig({
      dir: join(dir, 'config'),
      libDir,
      wsPort: 0,
      adminSecret: 'a-secret-of-sixteen+',
      rtpPorts: '21100-21199',
      recordingsDir: join(dir, 'recordings'),
    });
    const [cmd, args] = janusCommand(janus, ['-C', config, '-F', join(dir, 'config'), '-o']);
    // A stand-in for a node: it starts Janus exactly as startLocalJanus does, says its pid, and waits.
    const starter = spawn(
      process.execPath,
      [
        '-e',
        `const c = require('node:child_process').spawn(process.argv[1], JSON.parse(process.argv[2]), { stdio: 'ignore' });
         console.log(c.pid); setInterval(() => {}, 1000);`,
        cmd,
        JSON.stringify(args),
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const janusPid = Number(await firstLine(starter));
    expect(alive(janusPid)).toBe(true);
    starter.kill('SIGKILL');
    expect(await goneWithin(janusPid, 10_000)).toBe(true);
  });

  test('a Janus left running by a killed process is stopped at the next start, and a fresh one is started', async () => {
    const dataDir = tmp();
    const dir = join(dataDir, 'janus');
    const orphan = await startLocalJanus({ dir, rtpPorts: '21100-21199' });
    started.push(orphan);
    recordLocalJanus(dir, orphan);
    // The record now names a starter that is gone (a process that ran and exited), as after a SIGKILL.
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid as number;
    const record = JSON.parse(readFileSync(join(dir, 'pavilion-janus.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'pavilion-janus.json'), JSON.stringify({ ...record, ownerPid: deadPid }));

    const lines: string[] = [];
    const resolved = await resolveJanus({ janusUrls: [], dataDir, log: (l) => lines.push(l) });
    try {
      expect(resolved).not.toBeNull();
      expect(alive(orphan.pid)).toBe(false);
      expect(resolved?.urls).not.toEqual([orphan.url]);
      expect(lines.join('\n')).toContain(`pid ${orphan.pid}`);
      const now = JSON.parse(readFileSync(join(dir, 'pavilion-janus.json'), 'utf8')) as { ownerPid: number };
      expect(now.ownerPid).toBe(process.pid);
    } finally {
      await resolved?.release();
    }
    expect(existsSync(join(dir, 'pavilion-janus.json'))).toBe(false);
  });

  test('a Janus whose starter still runs is shared, not stopped', async () => {
    const dataDir = tmp();
    const first = await resolveJanus({ janusUrls: [], dataDir, log: () => {} });
    try {
      const second = await resolveJanus({ janusUrls: [], dataDir, log: () => {} });
      expect(second?.urls).toEqual(first?.urls);
      await second?.release(); // not its own: stops nothing
      const pool = new JanusPool(first?.urls ?? [], first?.adminSecret ?? '', pino({ level: 'silent' }));
      try {
        expect(await pool.leastLoaded()).toBe(first?.urls[0]);
      } finally {
        await pool.close();
      }
    } finally {
      await first?.release();
    }
  });

  test('JANUS_RTP_PORTS is a port range of at least one port above 1023, default 20000-20199', () => {
    expect(loadConfig({}).JANUS_RTP_PORTS).toBe('20000-20199');
    expect(loadConfig({ JANUS_RTP_PORTS: '40000-40999' }).JANUS_RTP_PORTS).toBe('40000-40999');
    for (const bad of ['20199-20000', '80-200', '20000', '20000-70000', '20000-20199,1']) {
      expect(() => loadConfig({ JANUS_RTP_PORTS: bad })).toThrow(/JANUS_RTP_PORTS/);
    }
  });

  test('with a 1:1 NAT address Janus offers that address in its ICE candidates', async () => {
    const janus = await startLocalJanus({ dir: tmp(), rtpPorts: '21100-21199', nat1to1: '203.0.113.7' });
    started.push(janus);
    const pool = new JanusPool([janus.url], janus.adminSecret, pino({ level: 'silent' }));
    const pc = new RTCPeerConnection();
    try {
      await pool.createRoom(janus.url, 'nat-room', { secret: 'room-secret', record: false });
      const offer = await sendOnlyOffer(pc, [new MediaStreamTrack({ kind: 'video' })]);
      const handle = await pool.attach(await pool.session(janus.url));
      const answer = await handle.message(
        {
          request: 'joinandconfigure',
          ptype: 'publisher',
          room: 'nat-room',
          id: 'p',
          token: pool.roomToken('nat-room', 'u1'),
          video: true,
        },
        { type: 'offer', sdp: offer, trickle: false },
      );
      const candidates = [...(answer.jsep?.sdp ?? '').matchAll(/^a=candidate:\S+ \d+ \S+ \d+ (\S+) (\d+) typ/gm)].map((m) => m[1]);
      expect(candidates.length).toBeGreaterThan(0);
      expect(candidates).toContain('203.0.113.7');
    } finally {
      await pc.close();
      await pool.close();
    }
  });
});
