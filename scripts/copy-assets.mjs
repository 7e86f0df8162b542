// tsc copies only what it compiles: put every server .lua script and .json data file beside its compiled module.
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { root } from './lib.mjs';

const src = join(root, 'server/src');
const out = join(root, 'server/dist');
const walk = (dir) => {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.lua') || p.endsWith('.json')) {
      const target = join(out, relative(src, p));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(p, target);
    }
  }
};
walk(src);
