import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * The server's clock as this page knows it: the one clock of the app. Every socket ack carries
 * `serverTime`; `request` in ./socket times each round trip and feeds it to {@link recordClockSample},
 * and countdowns and "time ago" read {@link serverNow} / {@link useServerNow}. The local side is the
 * monotonic clock (`performance`), so neither a wrong device clock nor a device clock that jumps while
 * the page is open moves a deadline.
 */

/**
 * Estimates the server's clock from request round trips (Cristian's algorithm, NTP-style filtering).
 * Each acknowledged request gives one sample: the server stamped `serverTime` somewhere between our
 * send and our receipt, so `offset = serverTime − (sent + rtt / 2)` with an error of at most rtt / 2.
 * Samples with a short round trip are the most precise, so the estimate comes from the lowest-RTT
 * samples among the recent ones; a slow or congested round trip never drags the countdown off.
 */

/** One timed round trip. */
export interface ClockSample {
  /** Server clock minus local clock, ms. */
  offset: number;
  /** Round-trip time, ms. */
  rtt: number;
}

export interface ClockOffsetOptions {
  /** How many recent samples are kept (older ones age out, so a clock change is followed). */
  keep?: number;
  /** How many of the lowest-RTT samples the estimate uses (their median offset). */
  best?: number;
}

export class ClockOffsetEstimator {
  private readonly keep: number;
  private readonly best: number;
  private samples: ClockSample[] = [];

  constructor(opts: ClockOffsetOptions = {}) {
    this.keep = Math.max(1, opts.keep ?? 16);
    this.best = Math.max(1, opts.best ?? 3);
  }

  /**
   * Adds one round trip: sent and received on the local (monotonic) clock, and the server's stamp from
   * the answer. Nonsense (negative or non-finite times) is ignored.
   */
  add(sentAt: number, receivedAt: number, serverTime: number): void {
    const rtt = receivedAt - sentAt;
    if (!Number.isFinite(rtt) || !Number.isFinite(serverTime) || rtt < 0) return;
    this.samples.push({ offset: serverTime - (sentAt + rtt / 2), rtt });
    if (this.samples.length > this.keep) this.samples.splice(0, this.samples.length - this.keep);
  }

  /** Whether at least one sample has arrived. */
  get ready(): boolean {
    return this.samples.length > 0;
  }

  /** How many samples are kept now. */
  get size(): number {
    return this.samples.length;
  }

  private chosen(): ClockSample[] {
    return [...this.samples].sort((a, b) => a.rtt - b.rtt).slice(0, this.best);
  }

  /** Server clock minus local clock (ms): the median offset of the lowest-RTT samples; null before any sample. */
  offset(): number | null {
    if (this.samples.length === 0) return null;
    const offsets = this.chosen()
      .map((s) => s.offset)
      .sort((a, b) => a - b);
    const mid = Math.floor(offsets.length / 2);
    const value = offsets.length % 2 === 1 ? (offsets[mid] as number) : ((offsets[mid - 1] as number) + (offsets[mid] as number)) / 2;
    return Math.round(value);
  }

  /** The estimate's error bound (ms): half the shortest round trip; null before any sample. */
  uncertainty(): number | null {
    const first = this.chosen()[0];
    return first ? first.rtt / 2 : null;
  }

  /** Forgets every sample. */
  clear(): void {
    this.samples = [];
  }
}

const estimator = new ClockOffsetEstimator({ keep: 16, best: 3 });
const listeners = new Set<() => void>();
let version = 0;

/** Local monotonic time on an epoch-like scale (ms). */
export function localNow(): number {
  return performance.timeOrigin + performance.now();
}

/** The server's time now (epoch ms), or null until the first ack has come back. */
export function serverNow(): number | null {
  const offset = estimator.offset();
  return offset === null ? null : localNow() + offset;
}

/** The server's time now if known, else this device's clock (for decisions the server re-checks anyway). */
export function serverNowOrLocal(): number {
  return serverNow() ?? Date.now();
}

/** Records one timed round trip (sent and received on {@link localNow}); answers without a numeric `serverTime` are ignored. */
export function recordClockSample(sentAt: number, receivedAt: number, serverTime: unknown): void {
  if (typeof serverTime !== 'number') return;
  estimator.add(sentAt, receivedAt, serverTime);
  version += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Whether the clock has been estimated yet (re-renders when the estimate changes). */
export function useClockSynced(): boolean {
  const v = useSyncExternalStore(subscribe, () => version);
  return v > 0 && estimator.ready;
}

/** The server's time, re-read every `everyMs` (null until synced). For countdowns. */
export function useServerNow(everyMs = 250): number | null {
  const synced = useClockSynced();
  const [now, setNow] = useState<number | null>(() => serverNow());
  useEffect(() => {
    if (!synced) return;
    setNow(serverNow());
    const timer = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(timer);
  }, [synced, everyMs]);
  return synced ? now : null;
}
