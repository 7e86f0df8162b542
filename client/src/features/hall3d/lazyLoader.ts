/**
 * Loads things by key on demand with a fixed number of requests in flight and a small LRU cache: the booth
 * details behind the posters are fetched only for the booths near the visitor, nearest first, and never in a flood.
 * No DOM and no three.js: the limits are unit-tested with plain promises.
 */

export interface LazyLoaderOptions<V> {
  /** Fetches one key; aborted when the loader is closed. */
  load: (key: string, signal: AbortSignal) => Promise<V>;
  /** Requests at once (the rest wait in the queue). */
  maxInFlight: number;
  /** Answers kept; the least recently used goes first. */
  cacheSize: number;
  /** Called when an answer arrives (or a load fails), so the caller can draw it. */
  onSettled?: (key: string) => void;
}

/** What the loader knows about a key now. */
export type LazyState<V> = { status: 'ready'; value: V } | { status: 'failed' } | { status: 'pending' } | { status: 'unknown' };

export interface LazyLoader<V> {
  /** The state of `key`, touching it as recently used when it is cached. Never starts a load. */
  peek(key: string): LazyState<V>;
  /**
   * The keys wanted now, most wanted first: missing ones are queued in that order, queued keys no longer wanted
   * are dropped (requests already in flight finish and are cached).
   */
  want(keys: readonly string[]): void;
  /** Requests in flight now. */
  readonly inFlight: number;
  /** Answers (and failures) cached now. */
  readonly cached: number;
  /** Aborts what is in flight and forgets everything. */
  close(): void;
}

export function createLazyLoader<V>(options: LazyLoaderOptions<V>): LazyLoader<V> {
  const { load, onSettled } = options;
  const maxInFlight = Math.max(1, Math.floor(options.maxInFlight));
  const cacheSize = Math.max(1, Math.floor(options.cacheSize));
  // A Map keeps insertion order: re-inserting on use makes its first key the least recently used.
  const cache = new Map<string, { ok: true; value: V } | { ok: false }>();
  const flying = new Set<string>();
  let queue: string[] = [];
  const controller = new AbortController();
  let closed = false;

  const remember = (key: string, entry: { ok: true; value: V } | { ok: false }) => {
    cache.delete(key);
    cache.set(key, entry);
    while (cache.size > cacheSize) {
      const oldest = cache.keys().next().value as string;
      cache.delete(oldest);
    }
  };

  const pump = () => {
    while (!closed && flying.size < maxInFlight && queue.length > 0) {
      const key = queue.shift() as string;
      if (cache.has(key) || flying.has(key)) continue;
      flying.add(key);
      load(key, controller.signal).then(
        (value) => settle(key, { ok: true, value }),
        () => settle(key, { ok: false }),
      );
    }
  };

  const settle = (key: string, entry: { ok: true; value: V } | { ok: false }) => {
    flying.delete(key);
    if (closed) return;
    remember(key, entry);
    onSettled?.(key);
    pump();
  };

  return {
    peek(key) {
      const entry = cache.get(key);
      if (entry) {
        remember(key, entry);
        return entry.ok ? { status: 'ready', value: entry.value } : { status: 'failed' };
      }
      return flying.has(key) || queue.includes(key) ? { status: 'pending' } : { status: 'unknown' };
    },
    want(keys) {
      if (closed) return;
      queue = keys.filter((k, i) => !cache.has(k) && !flying.has(k) && keys.indexOf(k) === i);
      pump();
    },
    get inFlight() {
      return flying.size;
    },
    get cached() {
      return cache.size;
    },
    close() {
      closed = true;
      queue = [];
      controller.abort();
      cache.clear();
    },
  };
}
