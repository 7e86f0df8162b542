import type { Exhibit, SearchExhibitsQuery, SearchFacets } from '@pavilion/shared';
import MiniSearch, { type SearchOptions } from 'minisearch';
import { PreparedJson } from '../../http/preparedJson.js';
import { CatalogFacets, type FacetCounts } from './catalogFacets.js';
import type { ExhibitView } from './catalogFeed.js';

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
/** Serialized pages a node keeps until the catalog next changes (each a few tens of kilobytes at most). */
const ANSWER_CACHE_SIZE = 512;
/** Page keys remembered as asked once, to admit a page to the cache when asked again. */
const ASKED_ONCE_SIZE = 4096;

/** A whole result: how many match, any page of them in order, the facets over them (and their JSON), a text query's work. */
interface WholeResult {
  total: number;
  /** The matching slots at positions [offset, offset + count) of the result's order (fewer past its end). */
  page(offset: number, count: number): Int32Array;
  counts: FacetCounts;
  /** The facets as an object and as JSON, each made when first needed. */
  facets?: SearchFacets;
  facetsJson?: string;
  work?: SearchWork;
}

/** A result before its price range: its slots in order, their facet counts by value code, a text query's work. */
interface BaseResult {
  slots: Int32Array;
  counts: FacetCounts;
  work?: SearchWork;
  /** The slots sorted by price, made when a price range first narrows this result. */
  byPrice?: Int32Array;
}

/** A cached entry, made the most recently used (the last of the map, so the oldest is the one dropped). */
function recall<T>(cache: Map<string, T>, key: string): T | undefined {
  const known = cache.get(key);
  if (known === undefined) return undefined;
  cache.delete(key);
  cache.set(key, known);
  return known;
}

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  cache.set(key, value);
  if (cache.size > RESULT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

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
 * Fed by the node's {@link CatalogFeed} (from Redis at start, then every change on the catalog channel), so a
 * write on any node is searchable on all of them.
 */
export class SearchIndex implements ExhibitView {
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
  private readonly results = new Map<string, WholeResult>();
  /** The same without their price range, with raw facet counts (see {@link baseResult}). */
  private readonly bases = new Map<string, BaseResult>();
  /**
   * Pages as served (`GET /api/exhibits`), by the normalized query and the page: a repeated read sends these bytes
   * as they are. Dropped with the results whenever the catalog changes.
   */
  private readonly answers = new Map<string, PreparedJson>();
  /** Pages asked once since the catalog last changed (forgotten wholesale when full). */
  private readonly askedOnce = new Set<string>();

  get size(): number {
    return this.docs.size;
  }

  /** Forgets every exhibit (the catalog feed then loads them again). */
  clear(): void {
    this.mini.removeAll();
    this.docs.clear();
    this.catalog.clear();
    this.forgetResults();
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
    this.forgetResults();
    const had = this.docs.get(e.id);
    if (had && sameDoc(had, doc)) return;
    if (had) this.mini.replace(doc);
    else this.mini.add(doc);
    this.docs.set(e.id, doc);
  }

  remove(id: string): void {
    this.catalog.remove(id);
    this.forgetResults();
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
    const { whole, offset, pageSize } = this.locate(q);
    whole.facets ??= this.catalog.facetsOf(whole.counts);
    const next = offset + pageSize < whole.total ? String(offset + pageSize) : null;
    return {
      ids: this.catalog.idsOf(whole.page(offset, pageSize)),
      total: whole.total,
      page: Math.floor(offset / pageSize) + 1,
      pageSize,
      nextCursor: next,
      facets: whole.facets,
      ...(whole.work ? { work: whole.work } : {}),
    };
  }

  /**
   * The page of {@link search} as `GET /api/exhibits` answers it (a `SearchExhibitsAnswer`), serialized: joined from
   * each exhibit's JSON and the result's facets JSON, and kept until the catalog changes.
   */
  answer(q: SearchExhibitsQuery): PreparedJson {
    const { key, whole, offset, pageSize } = this.locate(q);
    const answerKey = `${key}#${offset}#${pageSize}`;
    const known = recall(this.answers, answerKey);
    if (known) return known;
    const items: string[] = [];
    for (const slot of whole.page(offset, pageSize)) items.push(this.catalog.exhibitJson(slot));
    whole.facetsJson ??= this.catalog.facetsJson(whole.counts);
    const next = offset + pageSize < whole.total ? String(offset + pageSize) : null;
    // The keys in the order of SearchExhibitsAnswer, as JSON.stringify of that object writes them.
    const json = `{"items":[${items.join(',')}],"total":${whole.total},"page":${Math.floor(offset / pageSize) + 1},"pageSize":${pageSize},"nextCursor":${JSON.stringify(next)},"facets":${whole.facetsJson}}`;
    const prepared = new PreparedJson(json);
    // Kept from its second asking: a page asked once (a price no one else picks) would only push out popular ones.
    if (this.askedOnce.has(answerKey)) {
      this.answers.set(answerKey, prepared);
      if (this.answers.size > ANSWER_CACHE_SIZE) this.answers.delete(this.answers.keys().next().value as string);
    } else {
      if (this.askedOnce.size >= ASKED_ONCE_SIZE) this.askedOnce.clear();
      this.askedOnce.add(answerKey);
    }
    return prepared;
  }

  private forgetResults(): void {
    this.results.clear();
    this.bases.clear();
    this.askedOnce.clear();
    this.answers.clear();
  }

  private locate(q: SearchExhibitsQuery): { key: string; whole: WholeResult; offset: number; pageSize: number } {
    const pageSize = q.pageSize ?? q.limit ?? DEFAULT_PAGE_SIZE;
    const offset = q.cursor !== undefined ? Number(q.cursor) : ((q.page ?? 1) - 1) * pageSize;
    const baseKey = JSON.stringify([
      q.q?.trim() ?? null,
      q.type,
      q.classes,
      q.jurisdiction,
      q.tradeMode,
      q.status,
      q.region,
      q.hallId,
      q.boothId,
      q.sort,
    ]);
    const key = `${baseKey}#${q.minPrice ?? ''}#${q.maxPrice ?? ''}`;
    return { key, whole: this.wholeResult(key, baseKey, q), offset, pageSize };
  }

  private wholeResult(key: string, baseKey: string, q: SearchExhibitsQuery): WholeResult {
    const cached = recall(this.results, key);
    if (cached) return cached;
    const base = this.baseResult(baseKey, q);
    const work = base.work ? { work: base.work } : {};
    if (q.minPrice === undefined && q.maxPrice === undefined) {
      const { slots, counts } = base;
      const whole: WholeResult = { total: slots.length, page: (offset, count) => slots.subarray(offset, offset + count), counts, ...work };
      remember(this.results, key, whole);
      return whole;
    }
    // A price range narrows a result already filtered by everything else. Its slots sorted by price (once per
    // result) give the range's size by binary search, and the facets counted over whichever is smaller: the
    // slots inside the range, or those below and above it. A page is then walked out of the asked order.
    const min = q.minPrice ?? Number.NEGATIVE_INFINITY;
    const max = q.maxPrice ?? Number.POSITIVE_INFINITY;
    base.byPrice ??= this.catalog.byPrice(base.slots);
    const byPrice = base.byPrice;
    const [from, to] = this.catalog.priceRange(byPrice, min, max);
    const counts =
      2 * (to - from) < byPrice.length
        ? this.catalog.facetCounts(byPrice.subarray(from, to))
        : this.catalog.facetCountsWithout(base.counts, byPrice.subarray(0, from), byPrice.subarray(to));
    // Not kept: narrowing again costs less than holding a copy of every range a slider passed through.
    return {
      total: to - from,
      page: (offset, count) => this.catalog.pageInPriceRange(base.slots, min, max, offset, count),
      counts,
      ...work,
    };
  }

  /** The result of a search without its price range, with its facet counts: what a price slider narrows. */
  private baseResult(baseKey: string, q: SearchExhibitsQuery): BaseResult {
    const cached = recall(this.bases, baseKey);
    if (cached) return cached;
    const filters = { ...q, minPrice: undefined, maxPrice: undefined };
    let found: Int32Array;
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
      found = this.catalog.query(filters, matches);
    } else {
      found = this.catalog.query(filters);
    }
    // Kept as 4 bytes a slot: a cache of whole results over 17,000 exhibits stays a few megabytes.
    const base: BaseResult = { slots: found, counts: this.catalog.facetCounts(found), ...(work ? { work } : {}) };
    remember(this.bases, baseKey, base);
    return base;
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
