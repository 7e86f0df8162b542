// npm run seed -- --scale demo|full [--reset]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildStale, ensureSystemPackages, REDIS, root } from './lib.mjs';

if (!process.env.REDIS_URL && !ensureSystemPackages([REDIS])) process.exit(1);
await buildStale({ client: false });
const child = spawn(process.execPath, [join(root, 'server/dist/seed/seedCli.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
child.on('exit', (code) => process.exit(code ?? 1));
