// npm run faults [-- --short]: builds, then runs the fault scenarios (bench/faults.mjs).
import { join } from 'node:path';
import { buildStale, ensureSystemPackages, REDIS, root, run } from './lib.mjs';

if (!ensureSystemPackages([REDIS])) process.exit(1);
await buildStale({ client: false });
process.exit(await run(process.execPath, [join(root, 'bench/faults.mjs'), ...process.argv.slice(2)]));
