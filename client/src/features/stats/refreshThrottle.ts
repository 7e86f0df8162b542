/** The timer functions a {@link RefreshThrottle} uses (the browser's, or a test's). */
export interface ThrottleClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserClock: ThrottleClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs a refresh at most once per interval, however often it is asked for: at once when the last run is
 * an interval old, else once at the end of the interval (every request in between folds into that run).
 * A burst of deals therefore costs one series fetch per interval, never one per push.
 */
export class RefreshThrottle {
  private lastRun = Number.NEGATIVE_INFINITY;
  private pending: unknown = null;

  constructor(
    private readonly run: () => void,
    private readonly intervalMs: number,
    private readonly clock: ThrottleClock = browserClock,
  ) {}

  /** Asks for a refresh. */
  request(): void {
    if (this.pending !== null) return;
    const wait = this.lastRun + this.intervalMs - this.clock.now();
    if (wait <= 0) {
      this.fire();
      return;
    }
    this.pending = this.clock.setTimeout(() => {
      this.pending = null;
      this.fire();
    }, wait);
  }

  /** Records a run made for another reason (the first load, a new bucket): it counts towards the interval. */
  ranNow(): void {
    this.lastRun = this.clock.now();
  }

  /** Drops a scheduled run (the page went away). */
  cancel(): void {
    if (this.pending !== null) this.clock.clearTimeout(this.pending);
    this.pending = null;
  }

  private fire(): void {
    this.lastRun = this.clock.now();
    this.run();
  }
}
