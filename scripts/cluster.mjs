// npm run cluster -- --nodes N [--port 3000]: the docker-compose topology without Docker — one private
// redis-server (AOF, data in ./data/redis), one file store (./data/files), one private Janus shared by every
// node (unless JANUS_URL is set) and N app nodes on consecutive ports. Each node serves the
// whole app; a browser talks to the node it loaded the page from over one WebSocket (the client uses
// the websocket transport only), so no sticky proxy is needed. Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildStale, CJK_FONT, ensureSystemPackages, JANUS, log, REDIS, root } from './lib.mjs';

const { values } = parseArgs({
  options: { nodes: { type: 'string', default: '3' }, port: { type: 'string', default: process.env.PORT ?? '3000' } },
});
const count = Number(values.nodes);
const firstPort = Number(values.port);
if (!Number.isInteger(count) || count < 1 || count > 16) {
  log('--nodes must be a whole number from 1 to 16');
  process.exit(2);
}
if (!process.env.REDIS_URL && !ensureSystemPackages([REDIS])) process.exit(1);
if (!process.env.JANUS_URL) ensureSystemPackages([JANUS]);
// Without the font the server still runs; Chinese text in PDFs prints as ?.
ensureSystemPackages([CJK_FONT]);
await buildStale();

const { resolveRedis } = await import(join(root, 'server/dist/redis/resolveRedis.js'));
const dataDir = resolve(root, process.env.DATA_DIR ?? 'data');
const redis = await resolveRedis({ redisUrl: process.env.REDIS_URL, dataDir, log });
// Uploaded files are read by whichever node a request reaches: every node gets the same directory.
const filesDir = resolve(root, process.env.FILES_DIR ?? join(dataDir, 'files'));
// One Janus for every node (they place sessions on it and must agree on its secret).
const { resolveJanus } = await import(join(root, 'server/dist/sfu/resolveJanus.js'));
const janus =
  process.env.JANUS_URL === 'off'
    ? null
    : await resolveJanus({
        janusUrls: (process.env.JANUS_URL ?? '').split(',').filter(Boolean),
        adminSecret: process.env.JANUS_ADMIN_SECRET,
        dataDir,
        rtpPorts: process.env.JANUS_RTP_PORTS || undefined,
        log,
      });
const janusEnv = janus
  ? {
      JANUS_URL: janus.urls.join(','),
      JANUS_ADMIN_SECRET: janus.adminSecret,
      ...(janus.recordingsDir ? { JANUS_RECORDINGS_DIR: janus.recordingsDir } : {}),
    }
  : { JANUS_URL: 'off' };
const children = [];
let stopping = false;
const stop = async (code) => {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r)))));
  await janus?.release();
  await redis.release();
  process.exit(code);
};
for (let i = 0; i < count; i++) {
  const port = firstPort + i;
  const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'server/dist/main.js')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...janusEnv, PORT: String(port), REDIS_URL: redis.url, FILES_DIR: filesDir, NODE_ID: `node-${i + 1}` },
  });
  child.on('exit', (code) => {
    if (!stopping) {
      log(`node-${i + 1} (port ${port}) exited with ${code}; stopping the cluster`);
      void stop(1);
    }
  });
  children.push(child);
}
log(
  `cluster: ${count} nodes on http://localhost:${firstPort}…${firstPort + count - 1}, Redis ${redis.url}, ${janus ? `Janus ${janus.urls.join(', ')}` : 'no Janus (video peer to peer)'}`,
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void stop(0));
