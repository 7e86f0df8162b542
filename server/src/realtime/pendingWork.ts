/**
 * Async work started from socket events that must finish before the node closes its Redis
 * connections (e.g. leaving halls and booths when every socket disconnects at shutdown).
 */
export class PendingWork {
  private readonly pending = new Set<Promise<unknown>>();

  /** Runs `work`, remembering it until it settles; errors go to `onError`. */
  track(work: Promise<unknown>, onError: (err: Error) => void): void {
    const p = work.catch(onError).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Waits for everything started so far (and anything those start). */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
