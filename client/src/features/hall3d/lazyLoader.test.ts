import { createLazyLoader } from './lazyLoader';

/** A load whose answers the test releases by hand. */
function manualLoads() {
  const pending = new Map<string, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  const started: string[] = [];
  const load = (key: string) =>
    new Promise<string>((resolve, reject) => {
      started.push(key);
      pending.set(key, { resolve, reject });
    });
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return { pending, started, load, tick };
}

describe('lazy booth-detail loader', () => {
  test('never more than two requests in flight; the rest wait and go nearest first', async () => {
    const m = manualLoads();
    const loader = createLazyLoader({ load: m.load, maxInFlight: 2, cacheSize: 24 });
    loader.want(['a', 'b', 'c', 'd']);
    expect(m.started).toEqual(['a', 'b']);
    expect(loader.inFlight).toBe(2);
    m.pending.get('b')?.resolve('B');
    await m.tick();
    expect(m.started).toEqual(['a', 'b', 'c']);
    expect(loader.inFlight).toBe(2);
    expect(loader.peek('b')).toEqual({ status: 'ready', value: 'B' });
    expect(loader.peek('d')).toEqual({ status: 'pending' });
  });

  test('a key asked for again while loading or cached is not fetched twice', async () => {
    const m = manualLoads();
    const loader = createLazyLoader({ load: m.load, maxInFlight: 2, cacheSize: 24 });
    loader.want(['a']);
    loader.want(['a', 'a']);
    m.pending.get('a')?.resolve('A');
    await m.tick();
    loader.want(['a']);
    expect(m.started).toEqual(['a']);
  });

  test('queued keys the visitor walked away from are dropped', async () => {
    const m = manualLoads();
    const loader = createLazyLoader({ load: m.load, maxInFlight: 1, cacheSize: 24 });
    loader.want(['a', 'b', 'c']);
    loader.want(['x']);
    m.pending.get('a')?.resolve('A');
    await m.tick();
    expect(m.started).toEqual(['a', 'x']);
    expect(loader.peek('b')).toEqual({ status: 'unknown' });
  });

  test('the cache keeps only the most recently used answers', async () => {
    const loader = createLazyLoader({ load: async (k) => k.toUpperCase(), maxInFlight: 2, cacheSize: 3 });
    loader.want(['a', 'b', 'c']);
    await new Promise((r) => setTimeout(r, 0));
    loader.peek('a'); // a is used again: b is now the oldest
    loader.want(['d']);
    await new Promise((r) => setTimeout(r, 0));
    expect(loader.cached).toBe(3);
    expect(loader.peek('b').status).toBe('unknown');
    expect(loader.peek('a').status).toBe('ready');
    expect(loader.peek('d')).toEqual({ status: 'ready', value: 'D' });
  });

  test('a failed load is remembered as failed (no retry storm) and tells the caller', async () => {
    const m = manualLoads();
    const settled: string[] = [];
    const loader = createLazyLoader({ load: m.load, maxInFlight: 2, cacheSize: 24, onSettled: (k) => settled.push(k) });
    loader.want(['a']);
    m.pending.get('a')?.reject(new Error('offline'));
    await m.tick();
    expect(loader.peek('a')).toEqual({ status: 'failed' });
    loader.want(['a']);
    expect(m.started).toEqual(['a']);
    expect(settled).toEqual(['a']);
  });

  test('closing aborts the requests in flight and nothing lands afterwards', async () => {
    let aborted = false;
    const loader = createLazyLoader({
      load: (_k, signal) =>
        new Promise<string>((_, reject) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('aborted'));
          });
        }),
      maxInFlight: 2,
      cacheSize: 24,
    });
    loader.want(['a']);
    loader.close();
    await new Promise((r) => setTimeout(r, 0));
    expect(aborted).toBe(true);
    expect(loader.cached).toBe(0);
  });
});
