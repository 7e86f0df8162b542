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

/** Exhibits worth scoring for a need: those under one of its classes, or holding every word of one of its keywords. */
export function candidatesOf(index: MatchIndex, need: PreparedNeed): Set<string> {
  const out = new Set<string>();
  for (const c of need.classes) for (const id of index.withClass(c.key)) out.add(id);
  for (const k of need.keywords) {
    const sets = k.terms.map((t) => index.withTerm(t)).sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = sets;
    if (!smallest) continue;
    for (const id of smallest) if (rest.every((s) => s.has(id))) out.add(id);
  }
  return out;
}

/** How well one exhibit meets one need; null when it matches neither a class nor a keyword, or is of a type not asked for. */
export function scoreForNeed(ix: IndexedExhibit, need: PreparedNeed): { score: number; reasons: RecommendationReason[] } | null {
  const e = ix.exhibit;
  const c = need.criteria;
  if (c.types.length > 0 && !c.types.includes(e.type)) return null;
  let score = 0;
  const reasons: RecommendationReason[] = [];

  const exhibitKeys = new Set(e.classes.flatMap(classKeys));
  const classHits = need.classes.filter((nc) => exhibitKeys.has(nc.key)).sort((a, b) => b.depth - a.depth || (a.code < b.code ? -1 : 1));
  if (classHits[0]) score += (CLASS_POINTS[classHits[0].depth] ?? 0) + (classHits.length - 1) * EXTRA_CLASS_POINTS;
  for (const hit of classHits.slice(0, MAX_CLASS_REASONS)) reasons.push({ kind: 'class', value: hit.code });

  let keywordHits = 0;
  for (const k of need.keywords) {
    if (k.terms.every((t) => ix.titleTerms.has(t))) score += KEYWORD_IN_TITLE;
    else if (k.terms.every((t) => ix.titleTerms.has(t) || ix.summaryTerms.has(t))) score += KEYWORD_IN_SUMMARY;
    else continue;
    keywordHits += 1;
    reasons.push({ kind: 'keyword', value: k.text });
  }
  if (classHits.length === 0 && keywordHits === 0) return null;

  if (c.tradeModes.length > 0) {
    const mode = c.tradeModes.find((m) => e.tradeModes.includes(m));
    if (mode) {
      score += TRADE_MODE_MET;
      reasons.push({ kind: 'tradeMode', value: mode });
    } else score += TRADE_MODE_MISSED;
  }
  if (Array.isArray(c.territory)) {
    if (c.territory.includes(e.jurisdiction)) {
      score += TERRITORY_MET;
      reasons.push({ kind: 'territory', value: e.jurisdiction });
    } else score += TERRITORY_MISSED;
  }
  if (c.budget && (c.budget.min || c.budget.max)) {
    const price = e.askingPrice.amount;
    if (c.budget.max && price > c.budget.max.amount) score += OVER_BUDGET;
    else if (!c.budget.min || price >= c.budget.min.amount) {
      score += WITHIN_BUDGET;
      reasons.push({ kind: 'budget', value: 'within' });
    }
  }
  return { score, reasons };
}

/** Exhibits no one should be recommended: sold ones, and the buyer's own organization's. */
function excluded(ix: IndexedExhibit, ownOrgId: string | null): boolean {
  return ix.exhibit.status === 'sold' || (ownOrgId !== null && ix.exhibit.orgId === ownOrgId);
}

/** A recommendation before its exhibit is attached. */
export type RankedExhibit = Omit<Recommendation, 'exhibit'> & { exhibitId: string };

/** Exhibits ranked for a buyer's needs and behaviour: best first, ties by id, at most `limit`. */
export function recommend(
  index: MatchIndex,
  needs: NeedCriteria[],
  behaviour: Behaviour,
  opts: { limit: number; ownOrgId: string | null },
): RankedExhibit[] {
  const prepared = needs.map(prepareNeed);
  const candidates = new Set<string>();
  for (const n of prepared) for (const id of candidatesOf(index, n)) candidates.add(id);
  for (const key of behaviour.affinity.keys()) for (const id of index.withClass(key)) candidates.add(id);

  const scored: RankedExhibit[] = [];
  for (const id of candidates) {
    const ix = index.get(id);
    if (!ix || excluded(ix, opts.ownOrgId)) continue;
    let best: { score: number; reasons: RecommendationReason[] } | null = null;
    for (const n of prepared) {
      const s = scoreForNeed(ix, n);
      if (s && (!best || s.score > best.score)) best = s;
    }
    let score = best?.score ?? 0;
    const reasons = best ? [...best.reasons] : [];
    const affinity = affinityKeys(ix.exhibit.classes).find((k) => behaviour.affinity.has(k));
    if (affinity) {
      score += AFFINITY;
      reasons.push({ kind: behaviour.affinity.get(affinity) as 'favourited' | 'negotiated', value: affinity });
    }
    if (!best && !affinity) continue;
    if (behaviour.visitedBooths.has(ix.exhibit.boothId)) {
      score += VISITED;
      reasons.push({ kind: 'visited', value: ix.exhibit.orgName });
    }
    scored.push({ exhibitId: id, score: Math.round(score * 100) / 100, reasons });
  }
  scored.sort((a, b) => b.score - a.score || (a.exhibitId < b.exhibitId ? -1 : a.exhibitId > b.exhibitId ? 1 : 0));
  return scored.slice(0, opts.limit);
}

/** Booths of a hall showing at least one exhibit that matches one of the needs (sorted). */
export function matchingBooths(index: MatchIndex, needs: NeedCriteria[], hallId: string, ownOrgId: string | null): string[] {
  const booths = new Set<string>();
  for (const n of needs.map(prepareNeed)) {
    for (const id of candidatesOf(index, n)) {
      const ix = index.get(id);
      if (!ix || ix.exhibit.hallId !== hallId || booths.has(ix.exhibit.boothId) || excluded(ix, ownOrgId)) continue;
      if (scoreForNeed(ix, n)) booths.add(ix.exhibit.boothId);
    }
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
    const s = scoreForNeed(ix, prepared);
    if (s) hits.push({ id, score: s.score });
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return { score: hits[0]?.score ?? 0, exhibitIds: hits.map((h) => h.id) };
}
