// In-process V8 CPU profiles (node:inspector), used by the server probe and the load workers, and a
// summary of a .cpuprofile by self and inclusive time.
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

let session = null;

export async function startProfile(intervalUs = 500) {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.post('Profiler.start');
}

export async function stopProfile(file) {
  if (!session) return null;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  session = null;
  writeFileSync(file, JSON.stringify(profile));
  return file;
}

/** The hottest functions of a .cpuprofile by self time, and the heaviest by inclusive time (% of samples). */
export function summarizeProfile(file, { root = '', top = 18 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const keyOf = (n) => {
    const f = n.callFrame;
    let url = f.url.replace(/^file:\/\//, '');
    if (root) url = url.replace(`${root}/`, '');
    url = url.replace(/^.*node_modules\//, '');
    return `${f.functionName || '(anonymous)'}  ${url ? `${url}:${f.lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map();
  const total = new Map();
  let all = 0;
  const walk = (id, stack) => {
    const n = byId.get(id);
    const key = keyOf(n);
    let t = selfMs.get(id) ?? 0;
    all += t;
    self.set(key, (self.get(key) ?? 0) + t);
    const fresh = !stack.has(key);
    if (fresh) stack.add(key);
    for (const c of n.children ?? []) t += walk(c, stack);
    if (fresh) {
      stack.delete(key);
      total.set(key, (total.get(key) ?? 0) + t);
    }
    return t;
  };
  walk(profile.nodes[0].id, new Set());
  const fmt = ([k, v]) => `${((v / all) * 100).toFixed(1).padStart(5)}%  ${k}`;
  const idle = new Set(['(root)', '(idle)', '(program)']);
  return {
    ms: all,
    self: [...self]
      .filter(([k]) => !idle.has(k.split(' ')[0]))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(fmt),
    total: [...total]
      .filter(([k]) => !idle.has(k.split(' ')[0]) && !k.startsWith('(garbage'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(fmt),
    gcPercent: ((self.get('(garbage collector)') ?? 0) / all) * 100,
    idlePercent: (((self.get('(idle)') ?? 0) + (self.get('(program)') ?? 0)) / all) * 100,
  };
}
