// npm start: build what is stale, then serve app + API + Socket.IO on PORT (default 3000).
// Without REDIS_URL the server starts (and stops) its own redis-server, installing it where it can; without
// JANUS_URL the same for Janus (the SFU for live video) — missing Janus is not fatal: video goes peer to peer.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildStale, ensureSystemPackages, JANUS, log, REDIS, root } from './lib.mjs';

if (!process.env.REDIS_URL && !ensureSystemPackages([REDIS])) process.exit(1);
if (!process.env.JANUS_URL) ensureSystemPackages([JANUS]);
await buildStale();
const server = spawn(process.execPath, ['--enable-source-maps', join(root, 'server/dist/main.js')], { stdio: 'inherit', cwd: root });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => {
  if (signal) log(`server stopped by ${signal}`);
  process.exit(code ?? 0);
});
