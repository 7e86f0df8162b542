import type { Need, Recommendation, RecommendationReason } from '@pavilion/shared';
import { classDepth, classKeys, type IndexedExhibit, type MatchIndex, matchTerms, needClassKey } from './matchIndex.js';

/** What a need asks for, as scoring reads it. */
export type NeedCriteria = Pick<Need, 'classes' | 'keywords' | 'types' | 'tradeModes' | 'territory' | 'budget'>;

/** Points a class match earns by how specific the need's class is (section … group). */
const CLASS_POINTS: Record<number, number> = { 1: 1.5, 2: 2.5, 3: 4, 4: 5 };
/** Each further class of the need the exhibit also carries. */
const EXTRA_CLASS_POINTS = 1;
const KEYWORD_IN_TITLE = 3;
const KEYWORD_IN_SUMMARY = 1.5;
const TRADE_MODE_MET = 1;
const TRADE_MODE_MISSED = -1;
const TERRITORY_MET = 1;
const TERRITORY_MISSED = -0.5;
const WITHIN_BUDGET = 1;
const OVER_BUDGET = -2;
/** An exhibit of a booth the buyer entered. */
const VISITED = 0.5;
/** An exhibit in a subclass of something the buyer saved or negotiated on. */
const AFFINITY = 1;
/** Class reasons shown per item. */
const MAX_CLASS_REASONS = 2;

interface PreparedNeed {
  criteria: NeedCriteria;
  classes: { code: string; key: string; depth: number }[];
  keywords: { text: string; terms: string[] }[];
}

/** A need with its lookups worked out once per request. */
export function prepareNeed(criteria: NeedCriteria): PreparedNeed {
  return {
    criteria,
    classes: criteria.classes.map((code) => {
      const key = needClassKey(code);
      return { code, key, depth: classDepth(key) };
    }),
    keywords: criteria.keywords.map((text) => ({ text, terms: [...new Set(matchTerms(text))] })).filter((k) => k.terms.length > 0),
  };
}

/** What the buyer did that steers recommendations. */
export interface Behaviour {
  /** Booths the buyer entered. */
  visitedBooths: ReadonlySet<string>;
  /** Subclass-level class keys of exhibits the buyer saved or negotiated on, and which of the two. */
  affinity: ReadonlyMap<string, 'favourited' | 'negotiated'>;
}

export const NO_BEHAVIOUR: Behaviour = { visitedBooths: new Set(), affinity: new Map() };

/** The class keys at subclass level (or the Nice / Locarno class) an exhibit carries, for affinity. */
export function affinityKeys(classes: string[]): string[] {
  const out = new Set<string>();
  for (const c of classes) {
    const k = classKeys(c);
    const subclass = k.find((key) => classDepth(key) === 3) ?? k[0];
    if (subclass) out.add(subclass);
  }
  return [...out];
}

/** Where every word of a keyword appears: all in the title, all in title and summary together, or not all. */
function keywordPlace(ix: IndexedExhibit, terms: readonly string[]): 'title' | 'text' | null {
  let inTitle = true;
  for (const t of terms) {
    if (ix.titleTerms.has(t)) continue;
    if (!ix.summaryTerms.has(t)) return null;
    inTitle = false;
  }
  return inTitle ? 'title' : 'text';
}

/**
 * How well one exhibit meets one need; null when it matches neither a class nor a keyword, or is of a type not asked
 * for. The reasons are pushed onto `reasons` when given (only the shown items need them).
 */
export function scoreForNeed(ix: IndexedExhibit, need: PreparedNeed, reasons: RecommendationReason[] | null = null): number | null {
  const e = ix.exhibit;
  const c = need.criteria;
  if (c.types.length > 0 && !c.types.includes(e.type)) return null;
  let score = 0;

  let bestClass: PreparedNeed['classes'][number] | null = null;
  let classHits = 0;
  for (const nc of need.classes) {
    if (!ix.classKeys.has(nc.key)) continue;
    classHits += 1;
    if (!bestClass || nc.depth > bestClass.depth || (nc.depth === bestClass.depth && nc.code < bestClass.code)) bestClass = nc;
  }
  if (bestClass) {
    score += (CLASS_POINTS[bestClass.depth] ?? 0) + (classHits - 1) * EXTRA_CLASS_POINTS;
    if (reasons) {
      const hits = need.classes.filter((nc) => ix.classKeys.has(nc.key)).sort((a, b) => b.depth - a.depth || (a.code < b.code ? -1 : 1));
      for (const hit of hits.slice(0, MAX_CLASS_REASONS)) reasons.push({ kind: 'class', value: hit.code });
    }
  }

  let keywordHits = 0;
  for (const k of need.keywords) {
    const where = keywordPlace(ix, k.terms);
    if (where === 'title') score += KEYWORD_IN_TITLE;
    else if (where === 'text') score += KEYWORD_IN_SUMMARY;
    else continue;
    keywordHits += 1;
    reasons?.push({ kind: 'keyword', value: k.text });
  }
  if (classHits === 0 && keywordHits === 0) return null;
  return score + termsPoints(c, e, reasons);
}

/** What the need's trade modes, territory and budget add for the exhibit (with their reasons when asked). */
function termsPoints(c: NeedCriteria, e: IndexedExhibit['exhibit'], reasons: RecommendationReason[] | null): number {
  let score = 0;
  if (c.tradeModes.length > 0) {
    const mode = c.tradeModes.find((m) => e.tradeModes.includes(m));
    if (mode) {
      score += TRADE_MODE_MET;
      reasons?.push({ kind: 'tradeMode', value: mode });
    } else score += TRADE_MODE_MISSED;
  }
  if (Array.isArray(c.territory)) {
    if (c.territory.includes(e.jurisdiction)) {
      score += TERRITORY_MET;
      reasons?.push({ kind: 'territory', value: e.jurisdiction });
    } else score += TERRITORY_MISSED;
  }
  if (c.budget && (c.budget.min || c.budget.max)) {
    const price = e.askingPrice.amount;
    if (c.budget.max && price > c.budget.max.amount) score += OVER_BUDGET;
    else if (!c.budget.min || price >= c.budget.min.amount) {
      score += WITHIN_BUDGET;
      reasons?.push({ kind: 'budget', value: 'within' });
    }
  }
  return score;
}

/** Marks a slot no need has scored yet. */
const UNSCORED = -2;
/** Marks a slot that is a candidate through the buyer's behaviour only. */
const BY_BEHAVIOUR = -1;

/**
 * Scores one need over its candidates by slot, as {@link scoreForNeed} would (every point is a multiple of 0.5, so
 * the order of the additions does not change a score): the class and keyword parts are marked into typed arrays
 * from the posting lists, so no candidate's own sets are probed. Keeps each slot's best score and its need.
 */
function scoreNeedBySlot(
  index: MatchIndex,
  need: PreparedNeed,
  needIndex: number,
  ownOrgId: string | null,
  best: { score: Float64Array; need: Int16Array; slots: number[] },
): void {
  const { classHits, classDepthOf, keywordPoints, seen } = scratchFor(index);
  const candidates: number[] = [];
  for (const nc of need.classes) {
    for (const slot of index.slotsWithClass(nc.key)) {
      (classHits[slot] as number)++;
      if (nc.depth > (classDepthOf[slot] as number)) classDepthOf[slot] = nc.depth;
      if (seen[slot] === 0) {
        seen[slot] = 1;
        candidates.push(slot);
      }
    }
  }
  for (const k of need.keywords) {
    // Every word somewhere in title and summary (smallest list first); all of them in the title earns more.
    const [smallest, ...rest] = k.terms.map((t) => index.slotsWithTerm(t)).sort((a, b) => a.size - b.size);
    if (!smallest) continue;
    const inTitle = k.terms.map((t) => index.slotsWithTitleTerm(t));
    for (const slot of smallest) {
      if (!rest.every((set) => set.has(slot))) continue;
      (keywordPoints[slot] as number) += inTitle.every((set) => set.has(slot)) ? KEYWORD_IN_TITLE : KEYWORD_IN_SUMMARY;
      if (seen[slot] === 0) {
        seen[slot] = 1;
        candidates.push(slot);
      }
    }
  }
  // The need's criteria as codes, compared with the index's columns (as excluded() and termsPoints() decide).
  const c = need.criteria;
  const cols = index.columns;
  const ownOrg = ownOrgId === null ? -2 : index.codeOf(ownOrgId);
  const types = c.types.length > 0 ? c.types.map((t) => index.codeOf(t)) : null;
  const modeMask = c.tradeModes.length > 0 ? index.modeMask(c.tradeModes) : -1;
  const territory = Array.isArray(c.territory) ? c.territory.map((j) => index.codeOf(j)) : null;
  const budget = c.budget && (c.budget.min || c.budget.max) ? c.budget : null;
  for (const slot of candidates) {
    if (cols.sold[slot] === 1 || cols.org[slot] === ownOrg || index.atSlot(slot) === undefined) continue;
    if (types && !types.includes(cols.type[slot] as number)) continue;
    const hits = classHits[slot] as number;
    let score = keywordPoints[slot] as number;
    if (hits > 0) score += (CLASS_POINTS[classDepthOf[slot] as number] ?? 0) + (hits - 1) * EXTRA_CLASS_POINTS;
    if (modeMask !== -1) score += ((cols.modes[slot] as number) & modeMask) !== 0 ? TRADE_MODE_MET : TRADE_MODE_MISSED;
    if (territory) score += territory.includes(cols.jurisdiction[slot] as number) ? TERRITORY_MET : TERRITORY_MISSED;
    if (budget) {
      const price = cols.price[slot] as number;
      if (budget.max && price > budget.max.amount) score += OVER_BUDGET;
      else if (!budget.min || price >= budget.min.amount) score += WITHIN_BUDGET;
    }
    if (best.need[slot] === UNSCORED) {
      best.slots.push(slot);
      best.score[slot] = score;
      best.need[slot] = needIndex;
    } else if (score > (best.score[slot] as number)) {
      best.score[slot] = score;
      best.need[slot] = needIndex;
    }
  }
  for (const slot of candidates) {
    classHits[slot] = 0;
    classDepthOf[slot] = 0;
    keywordPoints[slot] = 0;
    seen[slot] = 0;
  }
}

/** Per-need marks by slot, reused by every ranking on the index (each clears what it marked). */
interface Scratch {
  classHits: Uint8Array;
  classDepthOf: Uint8Array;
  keywordPoints: Float64Array;
  seen: Uint8Array;
  /** Each slot's best score over the needs, and that need (or {@link UNSCORED} / {@link BY_BEHAVIOUR}). */
  bestScore: Float64Array;
  bestNeed: Int16Array;
}

const scratches = new WeakMap<MatchIndex, Scratch>();

/** The index's scratch marks, grown to its slot count: a ranking allocates nothing the size of the catalog. */
function scratchFor(index: MatchIndex): Scratch {
  const size = index.slotCount;
  let scratch = scratches.get(index);
  if (!scratch || scratch.seen.length < size) {
    const capacity = Math.max(1024, size * 2);
    scratch = {
      classHits: new Uint8Array(capacity),
      classDepthOf: new Uint8Array(capacity),
      keywordPoints: new Float64Array(capacity),
      seen: new Uint8Array(capacity),
      bestScore: new Float64Array(capacity),
      bestNeed: new Int16Array(capacity).fill(UNSCORED),
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

/** Exhibits no one should be recommended: sold ones, and the buyer's own organization's. */
function excluded(ix: IndexedExhibit, ownOrgId: string | null): boolean {
  return ix.exhibit.status === 'sold' || (ownOrgId !== null && ix.exhibit.orgId === ownOrgId);
}

/** A recommendation before its exhibit is attached. */
export type RankedExhibit = Omit<Recommendation, 'exhibit'> & { exhibitId: string };

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Exhibits ranked for a buyer's needs and behaviour: best first, ties by id, at most `limit`. Each need scores only
 * its own candidates (an exhibit outside them cannot match it) and the best need counts; reasons are worked out for
 * the items returned only.
 */
export function recommend(
  index: MatchIndex,
  needs: NeedCriteria[],
  behaviour: Behaviour,
  opts: { limit: number; ownOrgId: string | null },
): RankedExhibit[] {
  const prepared = needs.map(prepareNeed);
  const scratch = scratchFor(index);
  const best = { score: scratch.bestScore, need: scratch.bestNeed, slots: [] as number[] };
  prepared.forEach((need, n) => {
    scoreNeedBySlot(index, need, n, opts.ownOrgId, best);
  });
  // Exhibits in a class of something the buyer saved or negotiated on, with the first such class (in the order
  // the behaviour lists them); they are candidates even without a need.
  const affinity = new Map<number, string>();
  for (const key of behaviour.affinity.keys()) {
    for (const slot of index.slotsWithClass(key)) {
      if (affinity.has(slot)) continue;
      affinity.set(slot, key);
      if (best.need[slot] !== UNSCORED) continue;
      const ix = index.atSlot(slot);
      if (ix && !excluded(ix, opts.ownOrgId)) {
        best.slots.push(slot);
        best.score[slot] = 0;
        best.need[slot] = BY_BEHAVIOUR;
      }
    }
  }
  const visited = behaviour.visitedBooths.size > 0;

  const scores = new Float64Array(best.slots.length);
  best.slots.forEach((slot, i) => {
    let score = best.score[slot] as number;
    if (affinity.has(slot)) score += AFFINITY;
    if (visited && behaviour.visitedBooths.has((index.atSlot(slot) as IndexedExhibit).exhibit.boothId)) score += VISITED;
    scores[i] = round(score);
  });
  // Only what can reach the first `limit` places is sorted by id: those scoring at least the limit-th best score.
  let threshold = Number.NEGATIVE_INFINITY;
  if (scores.length > opts.limit && opts.limit > 0) threshold = scores.slice().sort()[scores.length - opts.limit] as number;
  const ranked: { id: string; slot: number; score: number; need: number }[] = [];
  best.slots.forEach((slot, i) => {
    const score = scores[i] as number;
    if (score >= threshold) {
      ranked.push({ id: (index.atSlot(slot) as IndexedExhibit).exhibit.id, slot, score, need: best.need[slot] as number });
    }
  });
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const slot of best.slots) best.need[slot] = UNSCORED;

  return ranked.slice(0, opts.limit).map(({ id, slot, score, need }) => {
    const ix = index.atSlot(slot) as IndexedExhibit;
    const reasons: RecommendationReason[] = [];
    const n = prepared[need];
    if (n) scoreForNeed(ix, n, reasons);
    const shared = affinity.get(slot);
    if (shared) reasons.push({ kind: behaviour.affinity.get(shared) as 'favourited' | 'negotiated', value: shared });
    if (behaviour.visitedBooths.has(ix.exhibit.boothId)) reasons.push({ kind: 'visited', value: ix.exhibit.orgName });
    return { exhibitId: id, score, reasons };
  });
}

/** Booths of a hall showing at least one exhibit that matches one of the needs (sorted). */
export function matchingBooths(index: MatchIndex, needs: NeedCriteria[], hallId: string, ownOrgId: string | null): string[] {
  const scratch = scratchFor(index);
  const best = { score: scratch.bestScore, need: scratch.bestNeed, slots: [] as number[] };
  needs.map(prepareNeed).forEach((need, n) => {
    scoreNeedBySlot(index, need, n, ownOrgId, best);
  });
  const booths = new Set<string>();
  for (const slot of best.slots) {
    best.need[slot] = UNSCORED;
    const e = (index.atSlot(slot) as IndexedExhibit).exhibit;
    if (e.hallId === hallId) booths.add(e.boothId);
  }
  return [...booths].sort();
}

/** How one need matches an organization's exhibits: the best score and the matching exhibits, best first. */
export function matchOrgExhibits(index: MatchIndex, orgId: string, need: NeedCriteria): { score: number; exhibitIds: string[] } | null {
  const prepared = prepareNeed(need);
  const hits: { id: string; score: number }[] = [];
  for (const id of index.ofOrg(orgId)) {
    const ix = index.get(id);
    if (!ix || ix.exhibit.status === 'sold') continue;
    const score = scoreForNeed(ix, prepared);
    if (score !== null) hits.push({ id, score });
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return { score: hits[0]?.score ?? 0, exhibitIds: hits.map((h) => h.id) };
}
