import type { Exhibit, SearchExhibitsQuery, SearchFacets } from '@pavilion/shared';
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Redis } from '../../redis/client.js';
import { channels, keys } from '../../redis/keys.js';
import { CatalogFacets } from './catalogFacets.js';
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

/** Query terms looked at; the rest of a longer query is ignored (a title is found with far fewer). */
export const MAX_QUERY_TERMS = 8;
/** Shorter terms match whole words only: a one-letter prefix expands to most of the vocabulary. */
export const MIN_PREFIX_LENGTH = 3;
/** Typo tolerance only from this length: fuzzy matching short terms is costly and matches noise. */
export const MIN_FUZZY_LENGTH = 5;
/** Edits a typo-tolerant term may differ by. */
const FUZZY_EDITS = 1;
/**
 * Index entries (a word in a field of a document) one query may read. Terms are admitted cheapest first
 * while they fit (the cheapest always runs, so a one-word query may read that word's entries, at most one
 * per field of each exhibit); a word too common to fit (`the`, `and`) is ignored like a
 * stop word, and a term whose prefix or typo matches would reach too many words (`pro`, `sys`) matches
 * the whole word only.
 */
export const QUERY_BUDGET = 8_000;

/** The terms a search runs: tokenized as the index is, lower-cased, each once, at most {@link MAX_QUERY_TERMS}. */
export function queryTerms(text: string): string[] {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const processTerm = MiniSearch.getDefault('processTerm') as (term: string) => string | null | undefined | false;
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) terms.add(term);
    if (terms.size === MAX_QUERY_TERMS) break;
  }
  return [...terms];
}

/** What one text query cost: the terms run and those ignored, which matched by prefix or typo, and the index entries read. */
export interface SearchWork {
  terms: string[];
  ignored: string[];
  prefixed: string[];
  fuzzy: string[];
  entries: number;
}

/** MiniSearch with a look at its term index, to price a term before running it. */
class BoundedMiniSearch extends MiniSearch<IndexedExhibit> {
  /** Index entries of the exact term. */
  entriesOf(term: string): number {
    return countEntries(this._index.get(term));
  }

  /**
   * Index entries the term's prefix matches add (other than the exact word), counted until `budget` is
   * passed; so the count itself costs no more than the budget.
   */
  prefixEntries(term: string, budget: number): number {
    let n = 0;
    for (const [word, data] of this._index.atPrefix(term)) {
      if (word === term) continue;
      n += countEntries(data);
      if (n > budget) break;
    }
    return n;
  }

  /** Index entries the term's typo matches add (other than the exact word), counted until `budget` is passed. */
  fuzzyEntries(term: string, edits: number, budget: number): number {
    let n = 0;
    for (const [word, [data]] of this._index.fuzzyGet(term, edits)) {
      if (word === term) continue;
      n += countEntries(data);
      if (n > budget) break;
    }
    return n;
  }
}

/** Page size when a query names none. */
export const DEFAULT_PAGE_SIZE = 20;
/** Searches whose whole ordered result and facets a node keeps until the catalog next changes. */
const RESULT_CACHE_SIZE = 128;

/** One page of a search, with the total and the facets of the whole result. */
export interface SearchResult {
  ids: string[];
  total: number;
  page: number;
  pageSize: number;
  nextCursor: string | null;
  facets: SearchFacets;
  work?: SearchWork;
}

function countEntries(data: Map<number, Map<number, number>> | undefined): number {
  let n = 0;
  if (data) for (const docs of data.values()) n += docs.size;
  return n;
}

/**
 * Full-text search over every exhibit, in memory on each node (Debian's Redis has no search module).
 * Built from Redis at start and kept current through the catalog pub/sub channel, so a write on any
 * node is searchable on all of them.
 */
export class SearchIndex {
  private readonly mini = new BoundedMiniSearch({
    fields: ['title', 'summary', 'registrationNumber', 'orgName'],
    searchOptions: {
      boost: { title: 3, registrationNumber: 2, orgName: 1.5 },
      combineWith: 'AND',
    },
  });
  private readonly docs = new Map<string, IndexedExhibit>();
  /** The exhibits themselves, with the filter indexes. */
  readonly catalog = new CatalogFacets();
  /**
   * Whole results (ordered ids and facets) of recent searches, by everything but the page: paging through a
   * result, or many visitors opening the same filter, costs one filtering pass until the catalog changes.
   */
  private readonly results = new Map<string, { slots: Int32Array; facets: SearchFacets; work?: SearchWork }>();

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
    this.catalog.clear();
    this.results.clear();
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
    this.catalog.put(e);
    this.results.clear();
    const had = this.docs.get(e.id);
    if (had && sameDoc(had, doc)) return;
    if (had) this.mini.replace(doc);
    else this.mini.add(doc);
    this.docs.set(e.id, doc);
  }

  remove(id: string): void {
    this.catalog.remove(id);
    this.results.clear();
    if (!this.docs.has(id)) return;
    this.mini.discard(id);
    this.docs.delete(id);
  }

  /** The exhibits of these ids as this node holds them (unknown ids left out). */
  exhibits(ids: string[]): Exhibit[] {
    return ids.map((id) => this.catalog.exhibit(id)).filter((e): e is Exhibit => e !== undefined);
  }

  /**
   * One page of the exhibits matching the text (best first) and every filter, in the asked order, with the
   * total and each facet's counts over the whole result; for a text query, the work it took.
   */
  search(q: SearchExhibitsQuery): SearchResult {
    const pageSize = q.pageSize ?? q.limit ?? DEFAULT_PAGE_SIZE;
    const offset = q.cursor !== undefined ? Number(q.cursor) : ((q.page ?? 1) - 1) * pageSize;
    const whole = this.wholeResult(q);
    const ids = this.catalog.idsOf(Array.from(whole.slots.subarray(offset, offset + pageSize)));
    const next = offset + pageSize < whole.slots.length ? String(offset + pageSize) : null;
    return {
      ids,
      total: whole.slots.length,
      page: Math.floor(offset / pageSize) + 1,
      pageSize,
      nextCursor: next,
      facets: whole.facets,
      ...(whole.work ? { work: whole.work } : {}),
    };
  }

  private wholeResult(q: SearchExhibitsQuery): { slots: Int32Array; facets: SearchFacets; work?: SearchWork } {
    const key = JSON.stringify([
      q.q?.trim() ?? null,
      q.type,
      q.classes,
      q.jurisdiction,
      q.tradeMode,
      q.minPrice,
      q.maxPrice,
      q.status,
      q.region,
      q.hallId,
      q.boothId,
      q.sort,
    ]);
    const cached = this.results.get(key);
    if (cached) {
      // Most recently used last, so the oldest is the one dropped.
      this.results.delete(key);
      this.results.set(key, cached);
      return cached;
    }
    let found: number[];
    let work: SearchWork | undefined;
    // A text query with no words in it (punctuation only) matches nothing rather than listing everything.
    const terms = q.q?.trim() ? queryTerms(q.q) : null;
    if (terms) {
      work = this.plan(terms);
      const prefixed = new Set(work.prefixed);
      const fuzzy = new Set(work.fuzzy);
      const options: SearchOptions = {
        prefix: (term) => prefixed.has(term),
        fuzzy: (term) => (fuzzy.has(term) ? FUZZY_EDITS : false),
      };
      // Ties broken by id so a page boundary stays put while the index changes between page requests.
      const matches = this.mini
        .search(work.terms.join(' '), options)
        .sort((a, b) => b.score - a.score || (String(a.id) < String(b.id) ? -1 : 1))
        .map((r) => String(r.id));
      found = this.catalog.query(q, matches);
    } else {
      found = this.catalog.query(q);
    }
    // Kept as 4 bytes a slot: a cache of whole results over 17,000 exhibits stays a few megabytes.
    const whole = { slots: Int32Array.from(found), facets: this.catalog.facets(found), ...(work ? { work } : {}) };
    this.results.set(key, whole);
    if (this.results.size > RESULT_CACHE_SIZE) this.results.delete(this.results.keys().next().value as string);
    return whole;
  }

  /** Which terms run, and which of them may match by prefix or typo, within {@link QUERY_BUDGET}. */
  private plan(terms: string[]): SearchWork {
    const work: SearchWork = { terms: [], ignored: [], prefixed: [], fuzzy: [], entries: 0 };
    const priced = terms.map((term) => ({ term, entries: this.mini.entriesOf(term) })).sort((a, b) => a.entries - b.entries);
    const admitted = new Set<string>();
    for (const { term, entries } of priced) {
      if (admitted.size > 0 && work.entries + entries > QUERY_BUDGET) continue;
      admitted.add(term);
      work.entries += entries;
    }
    for (const term of terms) {
      if (!admitted.has(term)) {
        work.ignored.push(term);
        continue;
      }
      work.terms.push(term);
      if (term.length >= MIN_PREFIX_LENGTH) {
        const more = this.mini.prefixEntries(term, QUERY_BUDGET - work.entries);
        if (work.entries + more <= QUERY_BUDGET) {
          work.prefixed.push(term);
          work.entries += more;
        }
      }
      if (term.length >= MIN_FUZZY_LENGTH) {
        const more = this.mini.fuzzyEntries(term, FUZZY_EDITS, QUERY_BUDGET - work.entries);
        if (work.entries + more <= QUERY_BUDGET) {
          work.fuzzy.push(term);
          work.entries += more;
        }
      }
    }
    return work;
  }
}

function sameDoc(a: IndexedExhibit, b: IndexedExhibit): boolean {
  return (Object.keys(a) as (keyof IndexedExhibit)[]).every((k) => a[k] === b[k]);
}
