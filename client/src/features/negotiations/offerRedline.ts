import type { Offer, OfferTerms } from '@pavilion/shared';

/** The terms of an offer, in the order a term sheet lists them. */
export const TERM_FIELDS = ['price', 'licenseType', 'territory', 'termMonths', 'royaltyPercent', 'note', 'expiresAt'] as const;
/** One line of a term sheet. */
export type TermField = (typeof TERM_FIELDS)[number];

/** Whether two territories cover the same countries (order and case of listing do not matter). */
export function sameTerritory(a: OfferTerms['territory'], b: OfferTerms['territory']): boolean {
  if (a === 'WORLDWIDE' || b === 'WORLDWIDE') return a === b;
  if (a.length !== b.length) return false;
  const left = [...a].map((c) => c.toUpperCase()).sort();
  const right = [...b].map((c) => c.toUpperCase()).sort();
  return left.every((c, i) => c === right[i]);
}

function sameField(field: TermField, a: OfferTerms, b: OfferTerms): boolean {
  switch (field) {
    case 'price':
      return a.price.amount === b.price.amount && a.price.currency === b.price.currency;
    case 'territory':
      return sameTerritory(a.territory, b.territory);
    case 'note':
      return (a.note?.trim() || undefined) === (b.note?.trim() || undefined);
    default:
      return a[field] === b[field];
  }
}

/**
 * The redline of a counter-offer: the terms that differ from the offer it supersedes. The first offer
 * of a negotiation has nothing to compare with, so nothing is marked.
 */
export function redlineTerms(previous: OfferTerms | undefined, current: OfferTerms): Set<TermField> {
  const changed = new Set<TermField>();
  if (!previous) return changed;
  for (const field of TERM_FIELDS) if (!sameField(field, previous, current)) changed.add(field);
  return changed;
}

/** The current offer, the one it supersedes, and the redline between them. */
export function currentRedline(offers: readonly Offer[]): { current?: Offer; previous?: Offer; changed: Set<TermField> } {
  const current = offers.at(-1);
  const previous = offers.length > 1 ? offers.at(-2) : undefined;
  return { current, previous, changed: current ? redlineTerms(previous?.terms, current.terms) : new Set() };
}
