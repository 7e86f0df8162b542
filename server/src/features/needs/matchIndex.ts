import type { Exhibit } from '@pavilion/shared';
import MiniSearch from 'minisearch';
import type { ExhibitView } from '../catalog/catalogFeed.js';

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** Folds a plural onto its singular so "batteries" meets "battery" (English titles; other scripts pass unchanged). */
function fold(term: string): string {
  if (term.length > 4 && term.endsWith('ies')) return `${term.slice(0, -3)}y`;
  if (term.length > 3 && term.endsWith('s') && !term.endsWith('ss')) return term.slice(0, -1);
  return term;
}

/** The words of a text as the match index keeps them: lower-cased, plurals folded. */
export function matchTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const t = token.toLowerCase();
    if (t) out.push(fold(t));
  }
  return out;
}

/**
 * The keys a class (in its canonical spelling) is filed under, from the broadest to itself: an IPC group
 * `H01M 10/052` under `H`, `H01`, `H01M`, `H01M 10` and itself; a Nice or Locarno class under itself.
 */
export function classKeys(code: string): string[] {
  const c = code.trim().toUpperCase();
  const ipc = /^([A-H])(\d{2})?([A-Z])?(?: (\d{1,4})\/(\d{2,6}))?$/.exec(c);
  if (ipc) {
    const [, section, cls, sub, group, subgroup] = ipc;
    const out = [section as string];
    if (cls) out.push(`${section}${cls}`);
    if (cls && sub) out.push(`${section}${cls}${sub}`);
    if (cls && sub && group) out.push(`${section}${cls}${sub} ${group}`);
    if (cls && sub && group && subgroup && !/^0+$/.test(subgroup)) out.push(c);
    return out;
  }
  return [c];
}

/** The key a need's class looks up: its most specific key (a main group `H01M 10/00` is everything under `H01M 10`). */
export function needClassKey(code: string): string {
  const all = classKeys(code);
  return all[all.length - 1] as string;
}

/** How specific a class key is: 1 section, 2 IPC class, 3 subclass (or a Nice / Locarno class), 4 group and below. */
export function classDepth(key: string): number {
  if (/^[A-H]$/.test(key)) return 1;
  if (/^[A-H]\d{2}$/.test(key)) return 2;
  if (/^[A-H]\d{2}[A-Z]$/.test(key)) return 3;
  if (/^[A-H]\d{2}[A-Z] /.test(key)) return 4;
  return 3;
}

/** An exhibit as matching reads it. */
export interface IndexedExhibit {
  exhibit: Exhibit;
  titleTerms: ReadonlySet<string>;
  summaryTerms: ReadonlySet<string>;
  /** Every key its classes are filed under (see {@link classKeys}). */
  classKeys: ReadonlySet<string>;
}

function addTo<T>(map: Map<string, Set<T>>, key: string, id: T): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(id);
}

function removeFrom<T>(map: Map<string, Set<T>>, key: string, id: T): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}

/**
 * Every exhibit on this node, filed by class (every prefix of each class), by word of its title and summary
 * and by organization, so a buyer's needs find their candidates without reading Redis. Fed by the node's
 * {@link CatalogFeed}, like the search index.
 */
export class MatchIndex implements ExhibitView {
  private readonly exhibits = new Map<string, IndexedExhibit>();
  private readonly byClass = new Map<string, Set<string>>();
  private readonly byTerm = new Map<string, Set<string>>();
  private readonly byOrg = new Map<string, Set<string>>();
  /**
   * The same by slot (a small integer per exhibit, reused once freed), with the title's words apart: ranking marks
   * slots in typed arrays instead of probing each candidate's sets, which costs a cache miss per probe.
   */
  private readonly slotOf = new Map<string, number>();
  private slotted: (IndexedExhibit | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly slotsByClass = new Map<string, Set<number>>();
  private readonly slotsByTerm = new Map<string, Set<number>>();
  private readonly slotsByTitleTerm = new Map<string, Set<number>>();
  /** What scoring reads of each exhibit, by slot: reading a column touches no exhibit object. */
  private cols: MatchColumns = emptyColumns(0);
  /** Small integers for organization ids, types and jurisdictions (one code space), and a bit per trade mode. */
  private readonly valueCodes = new Map<string, number>();
  private readonly modeBits = new Map<string, number>();

  get size(): number {
    return this.exhibits.size;
  }

  get(id: string): IndexedExhibit | undefined {
    return this.exhibits.get(id);
  }

  /** Exhibits filed under a class key (see {@link classKeys}). */
  withClass(key: string): ReadonlySet<string> {
    return this.byClass.get(key) ?? EMPTY;
  }

  /** Exhibits whose title or summary holds the word (as {@link matchTerms} writes it). */
  withTerm(term: string): ReadonlySet<string> {
    return this.byTerm.get(term) ?? EMPTY;
  }

  /** One more than the highest slot in use: the length of an array indexed by slot. */
  get slotCount(): number {
    return this.slotted.length;
  }

  /** The exhibit in a slot. */
  atSlot(slot: number): IndexedExhibit | undefined {
    return this.slotted[slot];
  }

  /** Per slot columns of what scoring reads (valid for slots below {@link slotCount}). */
  get columns(): Readonly<MatchColumns> {
    return this.cols;
  }

  /** The code of an organization id, type or jurisdiction; -1 for one no exhibit has had (it then matches none). */
  codeOf(value: string): number {
    return this.valueCodes.get(value) ?? -1;
  }

  /** The bits of these trade modes (0 for modes no exhibit offers). */
  modeMask(modes: readonly string[]): number {
    let mask = 0;
    for (const m of modes) mask |= this.modeBits.get(m) ?? 0;
    return mask;
  }

  /** Slots of the exhibits filed under a class key. */
  slotsWithClass(key: string): ReadonlySet<number> {
    return this.slotsByClass.get(key) ?? NO_SLOTS;
  }

  /** Slots of the exhibits whose title or summary holds the word. */
  slotsWithTerm(term: string): ReadonlySet<number> {
    return this.slotsByTerm.get(term) ?? NO_SLOTS;
  }

  /** Slots of the exhibits whose title holds the word. */
  slotsWithTitleTerm(term: string): ReadonlySet<number> {
    return this.slotsByTitleTerm.get(term) ?? NO_SLOTS;
  }

  /** Exhibits of an organization. */
  ofOrg(orgId: string): ReadonlySet<string> {
    return this.byOrg.get(orgId) ?? EMPTY;
  }

  /** Forgets every exhibit (the catalog feed then loads them again). */
  clear(): void {
    this.exhibits.clear();
    this.byClass.clear();
    this.byTerm.clear();
    this.byOrg.clear();
    this.slotOf.clear();
    this.slotted = [];
    this.freeSlots.length = 0;
    this.slotsByClass.clear();
    this.slotsByTerm.clear();
    this.slotsByTitleTerm.clear();
  }

  put(exhibit: Exhibit): void {
    this.remove(exhibit.id);
    const titleTerms = new Set(matchTerms(exhibit.title));
    const summaryTerms = new Set(matchTerms(exhibit.summary ?? ''));
    const keys = new Set(exhibit.classes.flatMap(classKeys));
    this.exhibits.set(exhibit.id, { exhibit, titleTerms, summaryTerms, classKeys: keys });
    for (const k of keys) addTo(this.byClass, k, exhibit.id);
    for (const t of titleTerms) addTo(this.byTerm, t, exhibit.id);
    for (const t of summaryTerms) addTo(this.byTerm, t, exhibit.id);
    addTo(this.byOrg, exhibit.orgId, exhibit.id);
    const slot = this.freeSlots.pop() ?? this.slotted.length;
    this.slotOf.set(exhibit.id, slot);
    this.slotted[slot] = this.exhibits.get(exhibit.id);
    for (const k of keys) addTo(this.slotsByClass, k, slot);
    for (const t of titleTerms) {
      addTo(this.slotsByTitleTerm, t, slot);
      addTo(this.slotsByTerm, t, slot);
    }
    for (const t of summaryTerms) addTo(this.slotsByTerm, t, slot);
    if (slot >= this.cols.sold.length) this.cols = grownColumns(this.cols, Math.max(1024, slot * 2));
    this.cols.sold[slot] = exhibit.status === 'sold' ? 1 : 0;
    this.cols.org[slot] = this.code(exhibit.orgId);
    this.cols.type[slot] = this.code(exhibit.type);
    this.cols.jurisdiction[slot] = this.code(exhibit.jurisdiction);
    this.cols.price[slot] = exhibit.askingPrice.amount;
    let modes = 0;
    for (const m of exhibit.tradeModes) {
      let bit = this.modeBits.get(m);
      if (bit === undefined) {
        bit = 1 << this.modeBits.size;
        this.modeBits.set(m, bit);
      }
      modes |= bit;
    }
    this.cols.modes[slot] = modes;
  }

  private code(value: string): number {
    let code = this.valueCodes.get(value);
    if (code === undefined) {
      code = this.valueCodes.size;
      this.valueCodes.set(value, code);
    }
    return code;
  }

  remove(id: string): void {
    const had = this.exhibits.get(id);
    if (!had) return;
    this.exhibits.delete(id);
    for (const k of had.classKeys) removeFrom(this.byClass, k, id);
    for (const t of had.titleTerms) removeFrom(this.byTerm, t, id);
    for (const t of had.summaryTerms) removeFrom(this.byTerm, t, id);
    removeFrom(this.byOrg, had.exhibit.orgId, id);
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    for (const k of had.classKeys) removeFrom(this.slotsByClass, k, slot);
    for (const t of had.titleTerms) {
      removeFrom(this.slotsByTitleTerm, t, slot);
      removeFrom(this.slotsByTerm, t, slot);
    }
    for (const t of had.summaryTerms) removeFrom(this.slotsByTerm, t, slot);
    this.slotOf.delete(id);
    this.slotted[slot] = undefined;
    this.freeSlots.push(slot);
  }
}

/** Typed columns by slot: sold or not, and the codes (see {@link MatchIndex.codeOf}) scoring compares. */
export interface MatchColumns {
  sold: Uint8Array;
  org: Int32Array;
  type: Int32Array;
  jurisdiction: Int32Array;
  /** Bits of the trade modes offered (see {@link MatchIndex.modeMask}). */
  modes: Int32Array;
  price: Float64Array;
}

function emptyColumns(size: number): MatchColumns {
  return {
    sold: new Uint8Array(size),
    org: new Int32Array(size),
    type: new Int32Array(size),
    jurisdiction: new Int32Array(size),
    modes: new Int32Array(size),
    price: new Float64Array(size),
  };
}

function grownColumns(old: MatchColumns, size: number): MatchColumns {
  const next = emptyColumns(size);
  next.sold.set(old.sold);
  next.org.set(old.org);
  next.type.set(old.type);
  next.jurisdiction.set(old.jurisdiction);
  next.modes.set(old.modes);
  next.price.set(old.price);
  return next;
}

const EMPTY: ReadonlySet<string> = new Set();
const NO_SLOTS: ReadonlySet<number> = new Set();
