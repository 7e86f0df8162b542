import { classAncestors, classScheme, type Exhibit, type SearchExhibitsQuery, type SearchFacets, type SearchSort } from '@pavilion/shared';

/** The filters of a search (everything but the text, the order and the page). */
export type FacetFilters = Pick<
  SearchExhibitsQuery,
  'type' | 'classes' | 'jurisdiction' | 'tradeMode' | 'minPrice' | 'maxPrice' | 'status' | 'region' | 'hallId' | 'boothId'
>;

/** An exhibit as the filters see it, worked out once when it is stored rather than per request. */
interface FacetDoc {
  exhibit: Exhibit;
  /** Every level of every class (`H`, `H01`, `H01M`, `H01M 10/052`), for the prefix filter. */
  classLevels: Set<string>;
  /** The classes as the `classes` facet counts them: IPC subclasses, Nice and Locarno classes, each once. */
  facetClasses: string[];
  /** Lower-cased title for the `title` order (plain code-unit order: cheap, stable, good enough for a list). */
  titleKey: string;
}

/**
 * The catalog's exhibits held in memory with what filtering needs: each exhibit's class levels and a
 * posting list per class level (so a class filter starts from the few exhibits filed under it, and the class
 * tree's counts are a set size). Kept current by whoever owns it ({@link SearchIndex}) from the catalog
 * change channel; never reads Redis itself.
 */
export class CatalogFacets {
  private readonly docs = new Map<string, FacetDoc>();
  private readonly byClass = new Map<string, Set<string>>();
  private allIds: string[] | null = null;

  get size(): number {
    return this.docs.size;
  }

  clear(): void {
    this.docs.clear();
    this.byClass.clear();
    this.allIds = null;
  }

  exhibit(id: string): Exhibit | undefined {
    return this.docs.get(id)?.exhibit;
  }

  put(e: Exhibit): void {
    this.remove(e.id);
    const classLevels = new Set<string>();
    const facetClasses = new Set<string>();
    for (const code of e.classes) {
      const levels = classAncestors(code);
      for (const level of levels) classLevels.add(level);
      // An IPC code is counted at its subclass (the finest level the tree names); Nice and Locarno as they are.
      const shown = classScheme(code) === 'ipc' ? levels[2] : levels[0];
      if (shown) facetClasses.add(shown);
    }
    for (const level of classLevels) {
      const ids = this.byClass.get(level);
      if (ids) ids.add(e.id);
      else this.byClass.set(level, new Set([e.id]));
    }
    this.docs.set(e.id, { exhibit: e, classLevels, facetClasses: [...facetClasses], titleKey: e.title.toLowerCase() });
    this.allIds = null;
  }

  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const level of doc.classLevels) {
      const ids = this.byClass.get(level);
      ids?.delete(id);
      if (ids?.size === 0) this.byClass.delete(level);
    }
    this.docs.delete(id);
    this.allIds = null;
  }

  /** Exhibits filed under a class at any level below it (`H01` counts `H01M 10/052`). */
  countUnder(code: string): number {
    return this.byClass.get(code)?.size ?? 0;
  }

  /** Every exhibit id, in id order. */
  ids(): string[] {
    this.allIds ??= [...this.docs.keys()].sort();
    return this.allIds;
  }

  /**
   * The ids that pass every filter, in the order given (`candidates`, e.g. text matches best first), or in id
   * order when there is no text query.
   */
  filter(f: FacetFilters, candidates?: string[]): string[] {
    let pool = candidates;
    if (!pool && f.classes?.length) {
      // Start from the class posting lists rather than every exhibit.
      const union = new Set<string>();
      for (const code of f.classes) for (const id of this.byClass.get(code) ?? []) union.add(id);
      pool = [...union].sort();
    }
    pool ??= this.ids();
    const classes = f.classes?.length ? f.classes : null;
    const out: string[] = [];
    for (const id of pool) {
      const doc = this.docs.get(id);
      if (!doc) continue;
      const e = doc.exhibit;
      if (f.type && e.type !== f.type) continue;
      if (f.jurisdiction && e.jurisdiction !== f.jurisdiction) continue;
      if (f.tradeMode && !e.tradeModes.includes(f.tradeMode)) continue;
      if (f.status && e.status !== f.status) continue;
      if (f.region && e.region !== f.region) continue;
      if (f.hallId && e.hallId !== f.hallId) continue;
      if (f.boothId && e.boothId !== f.boothId) continue;
      if (f.minPrice !== undefined && e.askingPrice.amount < f.minPrice) continue;
      if (f.maxPrice !== undefined && e.askingPrice.amount > f.maxPrice) continue;
      if (classes && !classes.some((c) => doc.classLevels.has(c))) continue;
      out.push(id);
    }
    return out;
  }

  /** Orders ids (in place) by anything but relevance; ties by id, so pages stay put. */
  sort(ids: string[], sort: SearchSort): string[] {
    if (sort === 'relevance') return ids;
    const doc = (id: string) => this.docs.get(id) as FacetDoc;
    const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    let compare: (a: string, b: string) => number;
    switch (sort) {
      case 'price-asc':
        compare = (a, b) => doc(a).exhibit.askingPrice.amount - doc(b).exhibit.askingPrice.amount || byId(a, b);
        break;
      case 'price-desc':
        compare = (a, b) => doc(b).exhibit.askingPrice.amount - doc(a).exhibit.askingPrice.amount || byId(a, b);
        break;
      case 'newest':
        compare = (a, b) => doc(b).exhibit.createdAt - doc(a).exhibit.createdAt || byId(a, b);
        break;
      case 'title':
        compare = (a, b) => {
          const x = doc(a).titleKey;
          const y = doc(b).titleKey;
          return x < y ? -1 : x > y ? 1 : byId(a, b);
        };
        break;
    }
    return ids.sort(compare);
  }

  /** Counts per value of every facet over these ids. */
  facets(ids: readonly string[]): SearchFacets {
    const facets: SearchFacets = { type: {}, classes: {}, jurisdiction: {}, tradeMode: {}, status: {}, region: {}, hall: {} };
    const bump = (counts: Record<string, number>, value: string) => {
      counts[value] = (counts[value] ?? 0) + 1;
    };
    for (const id of ids) {
      const doc = this.docs.get(id);
      if (!doc) continue;
      const e = doc.exhibit;
      bump(facets.type, e.type);
      bump(facets.jurisdiction, e.jurisdiction);
      bump(facets.status, e.status);
      bump(facets.region, e.region);
      bump(facets.hall, e.hallId);
      for (const mode of e.tradeModes) bump(facets.tradeMode, mode);
      for (const code of doc.facetClasses) bump(facets.classes, code);
    }
    return facets;
  }
}
