import type { Exhibit, SearchExhibitsQuery } from '@pavilion/shared';
import MiniSearch from 'minisearch';
import type { Redis } from '../../redis/client.js';
import { channels, keys } from '../../redis/keys.js';
import { toExhibit } from './catalogService.js';

interface IndexedExhibit {
  id: string;
  title: string;
  summary: string;
  registrationNumber: string;
  orgName: string;
  type: string;
  region: string;
  hallId: string;
  boothId: string;
}

/**
 * Full-text search over every exhibit, in memory on each node (Debian's Redis has no search module).
 * Built from Redis at start and kept current through the catalog pub/sub channel, so a write on any
 * node is searchable on all of them.
 */
export class SearchIndex {
  private readonly mini = new MiniSearch<IndexedExhibit>({
    fields: ['title', 'summary', 'registrationNumber', 'orgName'],
    storeFields: ['type', 'region', 'hallId', 'boothId'],
    searchOptions: {
      boost: { title: 3, registrationNumber: 2, orgName: 1.5 },
      prefix: true,
      // Typo tolerance only where it pays: fuzzy matching short terms is costly and matches noise.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  private readonly docs = new Map<string, IndexedExhibit>();
  private sortedIds: string[] | null = null;

  constructor(private readonly redis: Redis) {}

  get size(): number {
    return this.docs.size;
  }

  /** Loads every exhibit from Redis. */
  async build(): Promise<void> {
    const ids = await this.redis.sMembers(keys.exhibits);
    for (let i = 0; i < ids.length; i += 1000) {
      await this.refresh(ids.slice(i, i + 1000));
    }
  }

  /** Forgets everything and loads again (after a bulk load such as a seed). */
  async rebuild(): Promise<void> {
    this.mini.removeAll();
    this.docs.clear();
    this.sortedIds = null;
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

  /** Re-reads these exhibits from Redis and updates the index. */
  async refresh(ids: string[]): Promise<void> {
    const rows = await Promise.all(ids.map((id) => this.redis.hGetAll(keys.exhibit(id))));
    rows.forEach((r, i) => {
      const id = ids[i] as string;
      if (!r.id) {
        this.remove(id);
        return;
      }
      this.put(toExhibit(r));
    });
  }

  put(e: Exhibit): void {
    const doc: IndexedExhibit = {
      id: e.id,
      title: e.title,
      summary: e.summary ?? '',
      registrationNumber: e.registrationNumber,
      orgName: e.orgName,
      type: e.type,
      region: e.region,
      hallId: e.hallId,
      boothId: e.boothId,
    };
    const had = this.docs.get(e.id);
    if (had && sameDoc(had, doc)) return;
    if (had) this.mini.replace(doc);
    else {
      this.mini.add(doc);
      this.sortedIds = null;
    }
    this.docs.set(e.id, doc);
  }

  remove(id: string): void {
    if (!this.docs.has(id)) return;
    this.mini.discard(id);
    this.docs.delete(id);
    this.sortedIds = null;
  }

  /** Matching exhibit ids (best first for a text query, by id otherwise), one page of them, and the total. */
  search(q: SearchExhibitsQuery): { ids: string[]; total: number; nextCursor: string | null } {
    const keep = (d: { type?: unknown; region?: unknown; hallId?: unknown; boothId?: unknown }) =>
      (!q.type || d.type === q.type) &&
      (!q.region || d.region === q.region) &&
      (!q.hallId || d.hallId === q.hallId) &&
      (!q.boothId || d.boothId === q.boothId);
    let ids: string[];
    const text = q.q?.trim();
    if (text) {
      // Ties broken by id so a page boundary stays put while the index changes between page requests.
      ids = this.mini
        .search(text, { filter: (r) => keep(r as Partial<IndexedExhibit>) })
        .sort((a, b) => b.score - a.score || (String(a.id) < String(b.id) ? -1 : 1))
        .map((r) => String(r.id));
    } else {
      this.sortedIds ??= [...this.docs.keys()].sort();
      ids = this.sortedIds.filter((id) => keep(this.docs.get(id) as IndexedExhibit));
    }
    const offset = q.cursor ? Number(q.cursor) : 0;
    const page = ids.slice(offset, offset + q.limit);
    const next = offset + q.limit < ids.length ? String(offset + q.limit) : null;
    return { ids: page, total: ids.length, nextCursor: next };
  }
}

function sameDoc(a: IndexedExhibit, b: IndexedExhibit): boolean {
  return (Object.keys(a) as (keyof IndexedExhibit)[]).every((k) => a[k] === b[k]);
}
