import { classAncestors, type Exhibit, type SearchExhibitsQuery, type SearchFacets, type SearchSort } from '@pavilion/shared';

/** The filters of a search (everything but the text and the page). */
export type FacetFilters = Pick<
  SearchExhibitsQuery,
  'type' | 'classes' | 'jurisdiction' | 'tradeMode' | 'minPrice' | 'maxPrice' | 'status' | 'region' | 'hallId' | 'boothId' | 'sort'
>;

/** Whether an object key is an array index (such keys come first, in numeric order, whatever the insertion order). */
function isArrayIndex(key: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 4_294_967_295;
}

/** Small integers for the values of one facet, so a search compares and counts numbers, not strings. */
class Values {
  private readonly codes = new Map<string, number>();
  readonly names: string[] = [];

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.names.length;
      this.codes.set(value, code);
      this.names.push(value);
      this.quoted.push(JSON.stringify(value));
    }
    return code;
  }

  /** Each value as a JSON string, by code. */
  readonly quoted: string[] = [];
  private jsonOrder: number[] = [];

  /**
   * The codes in the order an object keyed by their values lists its keys (and so JSON.stringify writes them):
   * array-index-like values ascending first (Nice classes `9`, `35`), then the others as they came.
   */
  keyOrder(): readonly number[] {
    if (this.jsonOrder.length !== this.names.length) {
      const codes = this.names.map((_, code) => code);
      const indexLike = codes.filter((c) => isArrayIndex(this.names[c] as string));
      indexLike.sort((a, b) => Number(this.names[a]) - Number(this.names[b]));
      this.jsonOrder = [...indexLike, ...codes.filter((c) => !isArrayIndex(this.names[c] as string))];
    }
    return this.jsonOrder;
  }

  /** The code of a value, or -1 for a value no exhibit has had (so nothing can match it). */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}

/** An exhibit as held here, with what its slot's columns do not carry. */
interface FacetDoc {
  exhibit: Exhibit;
  /** Every level of every class (`H`, `H01`, `H01M`, `H01M 10/052`), for the posting lists. */
  classLevels: string[];
  /** Codes of the classes as the `classes` facet counts them: IPC subclasses, Nice and Locarno classes, each once. */
  facetClasses: number[];
  boothCode: number;
  /** The exhibit as JSON, once a page has shown it. */
  json?: string;
}

function namedJson(counts: Int32Array, values: Values): string {
  let out = '';
  for (const code of values.keyOrder()) {
    const n = code < counts.length ? (counts[code] as number) : 0;
    if (n > 0) out += `${out ? ',' : ''}${values.quoted[code]}:${n}`;
  }
  return `{${out}}`;
}

/** Counts per value code of each facet. */
export interface FacetCounts {
  type: Int32Array;
  jurisdiction: Int32Array;
  status: Int32Array;
  region: Int32Array;
  hall: Int32Array;
  tradeMode: Int32Array;
  classes: Int32Array;
}

type Order = 'id' | Exclude<SearchSort, 'relevance'>;

/** Facet classes kept inline per slot; nearly every exhibit has at most this many. */
const INLINE_CLASSES = 4;
/** Marks a slot whose facet classes are in its doc, not inline. */
const SPILLED = -2;

/**
 * The catalog's exhibits held in memory in slots, with one typed column per filter (price, time, and each
 * facet's value as a small integer), a posting list per class level, and each order of the whole catalog worked
 * out once until an exhibit's price, title or set changes. A search is then one pass over an order, testing
 * numbers, and its facets are counted into typed arrays. Kept current by its owner ({@link SearchIndex}) from the
 * catalog change channel; never reads Redis itself.
 */
export class CatalogFacets {
  private readonly slotOf = new Map<string, number>();
  private docs: (FacetDoc | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private capacity = 0;
  private price = new Float64Array(0);
  private created = new Float64Array(0);
  private type = new Uint16Array(0);
  private jurisdiction = new Uint16Array(0);
  private status = new Uint16Array(0);
  private region = new Uint16Array(0);
  private hall = new Uint16Array(0);
  private booth = new Int32Array(0);
  /** One bit per trade mode (by its code). */
  private modes = new Uint32Array(0);
  /**
   * The first {@link INLINE_CLASSES} facet classes of each slot inline (-1 pads): counting them then walks one
   * typed array instead of an array per exhibit. An exhibit with more has them all in its doc instead.
   */
  private inlineClasses = new Int32Array(0);
  /** Reused per search: the slots passing the filters, and the slots of the asked classes. */
  private scratch = new Int32Array(0);
  private classMarks = new Uint8Array(0);
  private readonly values = {
    type: new Values(),
    jurisdiction: new Values(),
    status: new Values(),
    region: new Values(),
    hall: new Values(),
    booth: new Values(),
    tradeMode: new Values(),
    classes: new Values(),
  };
  private readonly byClass = new Map<string, Set<number>>();
  private orders = new Map<Order, Int32Array>();
  private ranks = new Map<Order, Int32Array>();

  get size(): number {
    return this.slotOf.size;
  }

  clear(): void {
    this.slotOf.clear();
    this.docs = [];
    this.freeSlots.length = 0;
    this.byClass.clear();
    this.dropOrders();
  }

  exhibit(id: string): Exhibit | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.docs[slot]?.exhibit;
  }

  put(e: Exhibit): void {
    const slot = this.slotOf.get(e.id);
    const before = slot === undefined ? undefined : this.docs[slot]?.exhibit;
    if (slot !== undefined) this.unlink(slot);
    const at = slot ?? this.freeSlots.pop() ?? this.docs.length;
    this.ensureCapacity(at + 1);
    const classLevels = new Set<string>();
    const facetClasses = new Set<number>();
    for (const code of e.classes) {
      const levels = classAncestors(code);
      for (const level of levels) classLevels.add(level);
      // An IPC code is counted at its subclass (the finest level the tree names), or at its own level when broader;
      // Nice and Locarno classes as they are.
      const shown = levels[Math.min(2, levels.length - 1)];
      if (shown) facetClasses.add(this.values.classes.code(shown));
    }
    for (const level of classLevels) {
      const slots = this.byClass.get(level);
      if (slots) slots.add(at);
      else this.byClass.set(level, new Set([at]));
    }
    const boothCode = this.values.booth.code(e.boothId);
    this.docs[at] = { exhibit: e, classLevels: [...classLevels], facetClasses: [...facetClasses], boothCode };
    this.slotOf.set(e.id, at);
    this.price[at] = e.askingPrice.amount;
    this.created[at] = e.createdAt;
    this.type[at] = this.values.type.code(e.type);
    this.jurisdiction[at] = this.values.jurisdiction.code(e.jurisdiction);
    this.status[at] = this.values.status.code(e.status);
    this.region[at] = this.values.region.code(e.region);
    this.hall[at] = this.values.hall.code(e.hallId);
    this.booth[at] = boothCode;
    let modes = 0;
    for (const mode of e.tradeModes) modes |= 1 << this.values.tradeMode.code(mode);
    this.modes[at] = modes;
    const inline = [...facetClasses];
    for (let k = 0; k < INLINE_CLASSES; k++) {
      this.inlineClasses[at * INLINE_CLASSES + k] = inline.length > INLINE_CLASSES ? (k === 0 ? SPILLED : -1) : (inline[k] ?? -1);
    }
    // Orders depend on the set of exhibits, their prices, times and titles only: a status change keeps them.
    if (!before || before.askingPrice.amount !== e.askingPrice.amount || before.createdAt !== e.createdAt || before.title !== e.title) {
      this.dropOrders();
    }
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.unlink(slot);
    this.docs[slot] = undefined;
    this.slotOf.delete(id);
    this.freeSlots.push(slot);
    this.dropOrders();
  }

  /** Exhibits filed under a class at any level below it (`H01` counts `H01M 10/052`). */
  countUnder(code: string): number {
    return this.byClass.get(code)?.size ?? 0;
  }

  /**
   * The slots of the exhibits passing every filter, in the asked order. With `textMatches` (ids, best match
   * first) only those are considered, and `relevance` keeps their order; without, `relevance` is id order.
   */
  query(f: FacetFilters, textMatches?: readonly string[]): Int32Array {
    const wantType = f.type ? this.values.type.find(f.type) : -2;
    const wantJurisdiction = f.jurisdiction ? this.values.jurisdiction.find(f.jurisdiction) : -2;
    const wantStatus = f.status ? this.values.status.find(f.status) : -2;
    const wantRegion = f.region ? this.values.region.find(f.region) : -2;
    const wantHall = f.hallId ? this.values.hall.find(f.hallId) : -2;
    const wantBooth = f.boothId ? this.values.booth.find(f.boothId) : -2;
    const wantMode = f.tradeMode ? this.values.tradeMode.find(f.tradeMode) : -2;
    // A value no exhibit has ever had matches nothing.
    if ([wantType, wantJurisdiction, wantStatus, wantRegion, wantHall, wantBooth, wantMode].includes(-1)) return new Int32Array(0);
    let inClass: Uint8Array | null = null;
    if (f.classes?.length) {
      // One scratch mark per slot, reused: a class filter allocates nothing per search.
      if (this.classMarks.length < this.capacity) this.classMarks = new Uint8Array(this.capacity);
      inClass = this.classMarks;
      inClass.fill(0);
      for (const code of f.classes) for (const slot of this.byClass.get(code) ?? []) inClass[slot] = 1;
    }
    // Columns in locals: the loop below is the whole cost of a search that no cache answers.
    const { type, jurisdiction, status, region, hall, booth, modes, price } = this;
    const modeBit = wantMode >= 0 ? 1 << wantMode : 0;
    const min = f.minPrice ?? -1;
    const max = f.maxPrice ?? Number.POSITIVE_INFINITY;
    const pass = (s: number): boolean =>
      (wantType < 0 || type[s] === wantType) &&
      (wantJurisdiction < 0 || jurisdiction[s] === wantJurisdiction) &&
      (wantStatus < 0 || status[s] === wantStatus) &&
      (wantRegion < 0 || region[s] === wantRegion) &&
      (wantHall < 0 || hall[s] === wantHall) &&
      (wantBooth < 0 || booth[s] === wantBooth) &&
      (modeBit === 0 || ((modes[s] as number) & modeBit) !== 0) &&
      (price[s] as number) >= min &&
      (price[s] as number) <= max &&
      (inClass === null || inClass[s] === 1);
    if (textMatches) {
      const out: number[] = [];
      for (const id of textMatches) {
        const s = this.slotOf.get(id);
        if (s !== undefined && pass(s)) out.push(s);
      }
      if (f.sort !== 'relevance') {
        const rank = this.rank(f.sort);
        out.sort((a, b) => (rank[a] as number) - (rank[b] as number));
      }
      return Int32Array.from(out);
    }
    // Every slot of an order is live (an order is dropped whenever a slot is freed or filled).
    const order = this.order(f.sort === 'relevance' ? 'id' : f.sort);
    if (this.scratch.length < order.length) this.scratch = new Int32Array(this.capacity);
    const out = this.scratch;
    let n = 0;
    for (let i = 0; i < order.length; i++) {
      const s = order[i] as number;
      if (pass(s)) out[n++] = s;
    }
    return out.slice(0, n);
  }

  /** The exhibit ids of slots. */
  idsOf(slots: ArrayLike<number>): string[] {
    return Array.from(slots, (s) => (this.docs[s] as FacetDoc).exhibit.id);
  }

  /** The exhibit in a slot as JSON, serialized once until it changes (a page of results is then joined, not stringified). */
  exhibitJson(slot: number): string {
    const doc = this.docs[slot] as FacetDoc;
    doc.json ??= JSON.stringify(doc.exhibit);
    return doc.json;
  }

  /** Counts per value of every facet over these slots. */
  facets(slots: Int32Array): SearchFacets {
    return this.facetsOf(this.facetCounts(slots));
  }

  /** Counts per value code of every facet over these slots (what {@link facetsOf} names). */
  facetCounts(slots: Int32Array): FacetCounts {
    const count: FacetCounts = {
      type: new Int32Array(this.values.type.names.length),
      jurisdiction: new Int32Array(this.values.jurisdiction.names.length),
      status: new Int32Array(this.values.status.names.length),
      region: new Int32Array(this.values.region.names.length),
      hall: new Int32Array(this.values.hall.names.length),
      tradeMode: new Int32Array(this.values.tradeMode.names.length),
      classes: new Int32Array(this.values.classes.names.length),
    };
    this.countFacets(slots, count, 1);
    return count;
  }

  /** The counts less these slots' (slots counted in them): a narrower result counted by what it leaves out. */
  facetCountsWithout(counts: FacetCounts, ...left: Int32Array[]): FacetCounts {
    const less: FacetCounts = {
      type: counts.type.slice(),
      jurisdiction: counts.jurisdiction.slice(),
      status: counts.status.slice(),
      region: counts.region.slice(),
      hall: counts.hall.slice(),
      tradeMode: counts.tradeMode.slice(),
      classes: counts.classes.slice(),
    };
    for (const slots of left) this.countFacets(slots, less, -1);
    return less;
  }

  /** Counts by value code as the answer names them (values counted zero left out). */
  facetsOf(count: FacetCounts): SearchFacets {
    const named = (counts: Int32Array, values: Values): Record<string, number> => {
      const out: Record<string, number> = {};
      for (let code = 0; code < counts.length; code++) {
        const n = counts[code] as number;
        if (n > 0) out[values.names[code] as string] = n;
      }
      return out;
    };
    return {
      type: named(count.type, this.values.type),
      classes: named(count.classes, this.values.classes),
      jurisdiction: named(count.jurisdiction, this.values.jurisdiction),
      tradeMode: named(count.tradeMode, this.values.tradeMode),
      status: named(count.status, this.values.status),
      region: named(count.region, this.values.region),
      hall: named(count.hall, this.values.hall),
    };
  }

  /**
   * The JSON of {@link facetsOf} (the same text), written straight from the counts: an answer's facets cost no
   * object of hundreds of class keys to build and then serialize.
   */
  facetsJson(count: FacetCounts): string {
    const v = this.values;
    return `{"type":${namedJson(count.type, v.type)},"classes":${namedJson(count.classes, v.classes)},"jurisdiction":${namedJson(count.jurisdiction, v.jurisdiction)},"tradeMode":${namedJson(count.tradeMode, v.tradeMode)},"status":${namedJson(count.status, v.status)},"region":${namedJson(count.region, v.region)},"hall":${namedJson(count.hall, v.hall)}}`;
  }

  /** The slots sorted by price (a new array; ties in no particular order): what {@link priceRange} searches. */
  byPrice(slots: Int32Array): Int32Array {
    const { price } = this;
    return slots.slice().sort((a, b) => (price[a] as number) - (price[b] as number));
  }

  /** Where the slots priced within [min, max] are in slots sorted {@link byPrice}: `[from, to)`, by binary search. */
  priceRange(byPrice: Int32Array, min: number, max: number): [from: number, to: number] {
    const { price } = this;
    // The first position whose price passes `bound` (prices ascend along byPrice).
    const first = (passes: (p: number) => boolean): number => {
      let lo = 0;
      let hi = byPrice.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (passes(price[byPrice[mid] as number] as number)) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const from = first((p) => p >= min);
    return [
      from,
      Math.max(
        from,
        first((p) => p > max),
      ),
    ];
  }

  /**
   * Positions [offset, offset + count) of the slots priced within [min, max], in the slots' own order: one walk
   * that stops at the page's end, so an early page of a narrowed result costs a page, not the result.
   */
  pageInPriceRange(slots: Int32Array, min: number, max: number, offset: number, count: number): Int32Array {
    const { price } = this;
    const page = new Int32Array(count);
    let seen = 0;
    let n = 0;
    for (let i = 0; i < slots.length && n < count; i++) {
      const s = slots[i] as number;
      const p = price[s] as number;
      if (p < min || p > max) continue;
      if (seen++ >= offset) page[n++] = s;
    }
    return page.subarray(0, n);
  }

  /** Adds `delta` per slot to the counts; over typed arrays held in locals (the cost of a search no cache answers). */
  private countFacets(slots: Int32Array, count: FacetCounts, delta: 1 | -1): void {
    const { type, jurisdiction, status, region, hall, modes, inlineClasses, docs } = this;
    const {
      type: types,
      jurisdiction: jurisdictions,
      status: statuses,
      region: regions,
      hall: halls,
      tradeMode: tradeModes,
      classes,
    } = count;
    const modeCount = tradeModes.length;
    const n = slots.length;
    for (let i = 0; i < n; i++) {
      const s = slots[i] as number;
      (types[type[s] as number] as number) += delta;
      (jurisdictions[jurisdiction[s] as number] as number) += delta;
      (statuses[status[s] as number] as number) += delta;
      (regions[region[s] as number] as number) += delta;
      (halls[hall[s] as number] as number) += delta;
      const m = modes[s] as number;
      if (m !== 0) for (let b = 0; b < modeCount; b++) if (m & (1 << b)) (tradeModes[b] as number) += delta;
      const first = s * INLINE_CLASSES;
      if (inlineClasses[first] === SPILLED) {
        for (const c of (docs[s] as FacetDoc).facetClasses) (classes[c] as number) += delta;
        continue;
      }
      for (let k = first; k < first + INLINE_CLASSES; k++) {
        const c = inlineClasses[k] as number;
        if (c < 0) break;
        (classes[c] as number) += delta;
      }
    }
  }

  private unlink(slot: number): void {
    for (const level of this.docs[slot]?.classLevels ?? []) {
      const slots = this.byClass.get(level);
      slots?.delete(slot);
      if (slots?.size === 0) this.byClass.delete(level);
    }
  }

  private dropOrders(): void {
    this.orders = new Map();
    this.ranks = new Map();
  }

  /** Every live slot in an order (ties by id, so a page boundary stays put). */
  private order(order: Order): Int32Array {
    const known = this.orders.get(order);
    if (known) return known;
    const slots: number[] = [];
    this.docs.forEach((doc, s) => {
      if (doc) slots.push(s);
    });
    const id = (s: number) => (this.docs[s] as FacetDoc).exhibit.id;
    const byId = (a: number, b: number) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
    const titles = new Map<number, string>();
    if (order === 'title') for (const s of slots) titles.set(s, (this.docs[s] as FacetDoc).exhibit.title.toLowerCase());
    const title = (s: number) => titles.get(s) as string;
    const compare: Record<Order, (a: number, b: number) => number> = {
      id: byId,
      'price-asc': (a, b) => (this.price[a] as number) - (this.price[b] as number) || byId(a, b),
      'price-desc': (a, b) => (this.price[b] as number) - (this.price[a] as number) || byId(a, b),
      newest: (a, b) => (this.created[b] as number) - (this.created[a] as number) || byId(a, b),
      // Plain code-unit order of the lower-cased title: cheap and stable; good enough for browsing a list.
      title: (a, b) => (title(a) < title(b) ? -1 : title(a) > title(b) ? 1 : byId(a, b)),
    };
    const sorted = Int32Array.from(slots.sort(compare[order]));
    this.orders.set(order, sorted);
    return sorted;
  }

  /** Each slot's position in an order, to sort a few text matches by it. */
  private rank(order: Order): Int32Array {
    const known = this.ranks.get(order);
    if (known) return known;
    const rank = new Int32Array(this.docs.length);
    this.order(order).forEach((slot, position) => {
      rank[slot] = position;
    });
    this.ranks.set(order, rank);
    return rank;
  }

  private ensureCapacity(needed: number): void {
    if (needed <= this.capacity) return;
    const capacity = Math.max(1024, this.capacity * 2, needed);
    const grow = <T extends Float64Array | Uint16Array | Uint32Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old as never);
      return next;
    };
    this.price = grow(this.price, (n) => new Float64Array(n));
    this.created = grow(this.created, (n) => new Float64Array(n));
    this.type = grow(this.type, (n) => new Uint16Array(n));
    this.jurisdiction = grow(this.jurisdiction, (n) => new Uint16Array(n));
    this.status = grow(this.status, (n) => new Uint16Array(n));
    this.region = grow(this.region, (n) => new Uint16Array(n));
    this.hall = grow(this.hall, (n) => new Uint16Array(n));
    this.booth = grow(this.booth, (n) => new Int32Array(n));
    this.modes = grow(this.modes, (n) => new Uint32Array(n));
    const inline = new Int32Array(capacity * INLINE_CLASSES).fill(-1);
    inline.set(this.inlineClasses);
    this.inlineClasses = inline;
    this.capacity = capacity;
  }
}
