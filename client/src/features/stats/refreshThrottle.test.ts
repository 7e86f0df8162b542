import { RefreshThrottle, type ThrottleClock } from './refreshThrottle';

/** A hand-driven clock: `advance(ms)` runs the timers that fall due. */
function manualClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: ThrottleClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.fn();
    }
    now = until;
  };
  return { clock, advance };
}

/** A 5 s throttle on a hand-driven clock, and the times (ms) it has refreshed at. */
function throttled() {
  const { clock, advance } = manualClock();
  const runs: number[] = [];
  const throttle = new RefreshThrottle(() => runs.push(clock.now()), 5_000, clock);
  return { throttle, runs, advance };
}

describe('series refresh throttle', () => {
  test('a request after a quiet interval refreshes at once', () => {
    const { throttle, runs } = throttled();
    throttle.request();
    expect(runs).toEqual([0]);
  });

  test('a burst of deal pushes costs one refresh now and one at the end of the interval, never one per push', () => {
    const { throttle, runs, advance } = throttled();
    throttle.request();
    for (let i = 0; i < 9; i++) {
      advance(500);
      throttle.request();
    }
    advance(10_000);
    expect(runs).toEqual([0, 5_000]);
  });

  test('the first load counts: a deal right after it waits for the rest of the interval', () => {
    const { throttle, runs, advance } = throttled();
    throttle.ranNow();
    advance(1_000);
    throttle.request();
    expect(runs).toEqual([]);
    advance(4_000);
    expect(runs).toEqual([5_000]);
  });

  test('a cancelled throttle runs nothing after the page has gone', () => {
    const { throttle, runs, advance } = throttled();
    throttle.ranNow();
    throttle.request();
    throttle.cancel();
    advance(60_000);
    expect(runs).toEqual([]);
  });
});
