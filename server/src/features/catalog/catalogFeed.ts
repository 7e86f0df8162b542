import type { Exhibit } from '@pavilion/shared';
import type { Redis } from '../../redis/client.js';
import { channels, keys } from '../../redis/keys.js';
import { toExhibit } from './catalogService.js';

/** An in-memory view of every exhibit on a node (the search index, the match index), fed by the {@link CatalogFeed}. */
export interface ExhibitView {
  put(exhibit: Exhibit): void;
  remove(id: string): void;
  /** Forgets every exhibit (before a full reload). */
  clear(): void;
}

/** Exhibits read from Redis per round trip batch while loading. */
const LOAD_BATCH = 1000;

/**
 * The one follower of the catalog on a node: loads every exhibit from Redis at start and, on each change published
 * by any node on the catalog channel, reads the changed exhibits once and hands them to every view. A message `"*"`
 * (a seed, a bulk load) reloads everything.
 */
export class CatalogFeed {
  constructor(
    private readonly redis: Redis,
    private readonly views: readonly ExhibitView[],
  ) {}

  /** Loads every exhibit into every view. */
  async build(): Promise<void> {
    const ids = await this.redis.sMembers(keys.exhibits);
    for (let i = 0; i < ids.length; i += LOAD_BATCH) await this.refresh(ids.slice(i, i + LOAD_BATCH));
  }

  /** Forgets everything and loads again (after a bulk load such as a seed). */
  async rebuild(): Promise<void> {
    for (const view of this.views) view.clear();
    await this.build();
  }

  /** Listens for catalog changes published by any node. Returns the unsubscribe function. */
  async follow(subscriber: Redis): Promise<() => Promise<void>> {
    const listener = (message: string) => {
      try {
        const ids = JSON.parse(message) as unknown;
        if (ids === '*') void this.rebuild().catch(() => {});
        else if (Array.isArray(ids) && ids.length > 0) void this.refresh(ids.map(String)).catch(() => {});
      } catch {
        /* ignore malformed messages */
      }
    };
    await subscriber.subscribe(channels.catalog, listener);
    return () => subscriber.unsubscribe(channels.catalog, listener);
  }

  /** Re-reads these exhibits from Redis, once, and updates every view (a missing exhibit is removed). */
  async refresh(ids: string[]): Promise<void> {
    const rows = await Promise.all(ids.map((id) => this.redis.hGetAll(keys.exhibit(id))));
    rows.forEach((r, i) => {
      if (r.id) {
        const exhibit = toExhibit(r);
        for (const view of this.views) view.put(exhibit);
      } else {
        for (const view of this.views) view.remove(ids[i] as string);
      }
    });
  }
}
