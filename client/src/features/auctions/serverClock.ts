import { useEffect, useState, useSyncExternalStore } from 'react';
import { socketRequest } from '../../net/gateway';
import { ClockOffsetEstimator } from './clockOffset';

/**
 * The server's clock as this page knows it. Every socket request sent through {@link timedRequest}
 * is timed and its ack's `serverTime` feeds one estimator for the app; countdowns read
 * {@link serverNow}. The local side is the monotonic clock (`performance`), so neither a wrong device
 * clock nor a device clock that jumps while the page is open moves a deadline.
 */
const estimator = new ClockOffsetEstimator({ keep: 16, best: 3 });
const listeners = new Set<() => void>();
let version = 0;

/** Local monotonic time on an epoch-like scale (ms). */
export function localNow(): number {
  return performance.timeOrigin + performance.now();
}

/** The server's time now (epoch ms), or null until the first timed request has come back. */
export function serverNow(): number | null {
  const offset = estimator.offset();
  return offset === null ? null : localNow() + offset;
}

/** The server's time now if known, else this device's clock (for decisions the server re-checks anyway). */
export function serverNowOrLocal(): number {
  return serverNow() ?? Date.now();
}

/** Records one timed round trip (exported for requests made outside {@link timedRequest}). */
export function recordClockSample(sentAt: number, receivedAt: number, serverTime: unknown): void {
  if (typeof serverTime !== 'number') return;
  estimator.add(sentAt, receivedAt, serverTime);
  version += 1;
  for (const listener of listeners) listener();
}

/** `socketRequest` that also times the round trip for the clock estimate. Same arguments, same answer. */
export const timedRequest: typeof socketRequest = async (event, payload, timeoutMs) => {
  const sentAt = localNow();
  const answer = await socketRequest(event, payload, timeoutMs);
  recordClockSample(sentAt, localNow(), (answer as { serverTime?: unknown }).serverTime);
  return answer;
};

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
