import type { Exhibit } from '@pavilion/shared';
import MiniSearch from 'minisearch';
import type { Redis } from '../../redis/client.js';
import { channels, keys } from '../../redis/keys.js';
import { toExhibit } from '../catalog/catalogService.js';

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

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(id);
}

function removeFrom(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}

/**
 * Every exhibit on this node, filed by class (every prefix of each class), by word of its title and summary
 * and by organization, so a buyer's needs find their candidates without reading Redis. Built at start and kept
 * current through the catalog channel, like the search index.
 */
export class MatchIndex {
  private readonly exhibits = new Map<string, IndexedExhibit>();
  private readonly byClass = new Map<string, Set<string>>();
  private readonly byTerm = new Map<string, Set<string>>();
  private readonly byOrg = new Map<string, Set<string>>();

  constructor(private readonly redis: Redis) {}

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

  /** Exhibits of an organization. */
  ofOrg(orgId: string): ReadonlySet<string> {
    return this.byOrg.get(orgId) ?? EMPTY;
  }

  async build(): Promise<void> {
    const ids = await this.redis.sMembers(keys.exhibits);
    for (let i = 0; i < ids.length; i += 1000) await this.refresh(ids.slice(i, i + 1000));
  }

  async rebuild(): Promise<void> {
    this.exhibits.clear();
    this.byClass.clear();
    this.byTerm.clear();
    this.byOrg.clear();
    await this.build();
  }

  /** Follows catalog changes published by any node. Returns the unsubscribe function. */
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

  /** Re-reads these exhibits from Redis. */
  async refresh(ids: string[]): Promise<void> {
    const rows = await Promise.all(ids.map((id) => this.redis.hGetAll(keys.exhibit(id))));
    rows.forEach((r, i) => {
      if (r.id) this.put(toExhibit(r));
      else this.remove(ids[i] as string);
    });
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
  }

  remove(id: string): void {
    const had = this.exhibits.get(id);
    if (!had) return;
    this.exhibits.delete(id);
    for (const k of had.classKeys) removeFrom(this.byClass, k, id);
    for (const t of had.titleTerms) removeFrom(this.byTerm, t, id);
    for (const t of had.summaryTerms) removeFrom(this.byTerm, t, id);
    removeFrom(this.byOrg, had.exhibit.orgId, id);
  }
}

const EMPTY: ReadonlySet<string> = new Set();
