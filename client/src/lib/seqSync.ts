/**
 * Keeping a pushed object current by its per-object `seq` (docs/protocol.md: every `negotiation:updated` and
 * `auction:updated` carries one that grows by one per change). The next version is applied; an old or
 * repeated one is dropped; a skipped one means we missed a change, so the client re-fetches instead of
 * showing stale state.
 */

/** What to do with a pushed version. */
export type SeqDecision = 'apply' | 'ignore' | 'refetch';

/**
 * Decides about a pushed version given the version on screen (`null` while nothing is loaded yet: the
 * push may be newer than the answer still on its way, so the load must be repeated).
 */
export function decideSeq(known: number | null, incoming: number): SeqDecision {
  if (known === null) return 'refetch';
  if (incoming <= known) return 'ignore';
  return incoming === known + 1 ? 'apply' : 'refetch';
}

/**
 * Runs an async job so that calls never overlap and never get lost: a call while a run is in flight
 * schedules exactly one more run after it (a burst of pushes costs at most two fetches).
 */
export function coalesced(job: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          try {
            await job();
          } catch {
            // The job reports its own failures; a failed run must not stop the next one.
          }
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  return run;
}
