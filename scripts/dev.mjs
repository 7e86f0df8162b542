// npm run dev: the API server (rebuilt on start) plus Vite's dev server with hot reload on :5173,
// which proxies /api and /socket.io to the API server.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildStale, CJK_FONT, ensureSystemPackages, REDIS, root } from './lib.mjs';

if (!process.env.REDIS_URL && !ensureSystemPackages([REDIS])) process.exit(1);
// Without the font the server still runs; Chinese text in PDFs prints as ?.
ensureSystemPackages([CJK_FONT]);
await buildStale({ client: false });
const server = spawn(process.execPath, ['--enable-source-maps', join(root, 'server/dist/main.js')], { stdio: 'inherit', cwd: root });
const vite = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js')], { stdio: 'inherit', cwd: join(root, 'client') });
const stop = (sig) => {
  server.kill(sig);
  vite.kill(sig);
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stop(sig));
server.on('exit', (code) => {
  vite.kill('SIGTERM');
  process.exit(code ?? 0);
});
