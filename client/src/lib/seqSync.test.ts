import { coalesced, decideSeq } from './seqSync';

describe('seq gating of pushed versions', () => {
  test('the next seq is applied, an old or repeated one ignored, a skipped one re-fetched', () => {
    expect(decideSeq(4, 5)).toBe('apply');
    expect(decideSeq(4, 4)).toBe('ignore');
    expect(decideSeq(4, 2)).toBe('ignore');
    expect(decideSeq(4, 6)).toBe('refetch');
  });
  test('a push before the first load completes triggers a re-fetch (it may be newer than the answer on its way)', () => {
    expect(decideSeq(null, 1)).toBe('refetch');
  });
});

describe('coalesced re-fetches', () => {
  test('calls during a run schedule exactly one more run, never overlapping ones', async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const gates: (() => void)[] = [];
    const run = coalesced(async () => {
      running += 1;
      runs += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise<void>((r) => gates.push(r));
      running -= 1;
    });
    const first = run();
    void run();
    void run();
    void run();
    gates.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    gates.shift()?.();
    await first;
    expect({ runs, maxRunning }).toEqual({ runs: 2, maxRunning: 1 });
  });
  test('a failed run does not stop the next one', async () => {
    let calls = 0;
    const run = coalesced(async () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
    });
    await run();
    await run();
    expect(calls).toBe(2);
  });
});
