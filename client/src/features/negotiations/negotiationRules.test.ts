import type { Negotiation, Offer } from '@pavilion/shared';
import { applyInboxUpdate, sortInbox } from './inboxOrder';
import { actionsFor, applyStep, earlierOffersBefore, mergeNegotiation, roleIn } from './negotiationRules';

const offer = (side: 'buyer' | 'seller', version: number, expiresAt?: number): Offer => ({
  id: `off${version}`,
  version,
  by: side === 'buyer' ? 'u-buyer' : 'u-seller',
  side,
  at: version,
  terms: {
    price: { amount: 100, currency: 'CNY' },
    licenseType: 'assignment',
    territory: 'WORLDWIDE',
    ...(expiresAt ? { expiresAt } : {}),
  },
});
const neg = (patch: Partial<Negotiation> = {}): Negotiation => ({
  id: 'neg1',
  exhibitId: 'ex1',
  buyerId: 'u-buyer',
  sellerOrgId: 'org-s',
  status: 'open',
  offers: [],
  offerCount: 0,
  seq: 1,
  createdAt: 1,
  updatedAt: 1,
  ...patch,
});

describe('who the viewer is in a negotiation', () => {
  test('the buyer, any member of the seller organization, an organizer reading, or nobody', () => {
    const n = neg();
    expect(roleIn(n, { id: 'u-buyer', role: 'visitor' })).toBe('buyer');
    expect(roleIn(n, { id: 'u-other', role: 'exhibitor', orgId: 'org-s' })).toBe('seller');
    expect(roleIn(n, { id: 'u-org', role: 'organizer' })).toBe('observer');
    expect(roleIn(n, { id: 'u-x', role: 'exhibitor', orgId: 'org-x' })).toBe('none');
    expect(roleIn(n, null)).toBe('none');
  });
});

describe('what each side may do', () => {
  test('only the other side can accept or reject the latest offer; both may counter and withdraw', () => {
    const n = neg({ offers: [offer('buyer', 1)] });
    expect(actionsFor(n, 'seller', 0)).toEqual({ offer: true, accept: true, reject: true, withdraw: true, waitingForOtherSide: false });
    expect(actionsFor(n, 'buyer', 0)).toEqual({ offer: true, accept: false, reject: false, withdraw: true, waitingForOtherSide: true });
  });
  test('an expired offer can be rejected or countered, never accepted', () => {
    const n = neg({ offers: [offer('buyer', 1, 1000)] });
    expect(actionsFor(n, 'seller', 999).accept).toBe(true);
    expect(actionsFor(n, 'seller', 1000)).toMatchObject({ accept: false, reject: true, offer: true });
  });
  test('organizers read only, and a closed negotiation takes no more steps', () => {
    expect(actionsFor(neg({ offers: [offer('buyer', 1)] }), 'observer', 0)).toEqual({
      offer: false,
      accept: false,
      reject: false,
      withdraw: false,
      waitingForOtherSide: false,
    });
    for (const status of ['agreed', 'rejected', 'withdrawn'] as const) {
      const a = actionsFor(neg({ status, offers: [offer('buyer', 1)] }), 'seller', 0);
      expect([status, a.offer || a.accept || a.reject || a.withdraw]).toEqual([status, false]);
    }
  });
  test('a pushed negotiation keeps the viewer’s unread count, which broadcasts leave out', () => {
    const merged = mergeNegotiation(neg({ unread: 3 }), neg({ seq: 2, status: 'agreed' }));
    expect(merged).toMatchObject({ seq: 2, status: 'agreed', unread: 3 });
  });
});

describe('a history loaded by page and kept by steps', () => {
  const offersFrom = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => offer(i % 2 ? 'seller' : 'buyer', from + i));
  test('a step appends the offer it added and takes the header; the earlier pages stay', () => {
    const shown = neg({ offers: offersFrom(41, 90), offerCount: 90, seq: 91 });
    const next = applyStep(shown, {
      negotiation: { ...neg({ seq: 92, offerCount: 91 }), offers: [offer('buyer', 91)] },
      offer: offer('buyer', 91),
    });
    expect(next?.offers.map((o) => o.version)).toEqual(offersFrom(41, 91).map((o) => o.version));
    expect(next).toMatchObject({ seq: 92, offerCount: 91 });
    const agreed = applyStep(next as Negotiation, {
      negotiation: { ...neg({ seq: 93, offerCount: 91, status: 'agreed' }), offers: [offer('buyer', 91)] },
    });
    expect(agreed).toMatchObject({ status: 'agreed', offerCount: 91 });
    expect(agreed?.offers).toHaveLength(51);
  });
  test('a step that would leave a hole in the history asks for a re-read', () => {
    const shown = neg({ offers: offersFrom(1, 5), offerCount: 5, seq: 6 });
    expect(
      applyStep(shown, { negotiation: { ...neg({ seq: 7, offerCount: 7 }), offers: [offer('buyer', 7)] }, offer: offer('buyer', 7) }),
    ).toBeNull();
  });
  test('a re-read keeps the earlier pages that join up with it, and says where the next earlier page starts', () => {
    const shown = neg({ offers: offersFrom(1, 60), offerCount: 60, seq: 61 });
    const fresh = mergeNegotiation(shown, neg({ offers: offersFrom(13, 62), offerCount: 62, seq: 63 }));
    expect(fresh.offers[0]?.version).toBe(1);
    expect(earlierOffersBefore(fresh)).toBe(0);
    const far = mergeNegotiation(shown, neg({ offers: offersFrom(101, 150), offerCount: 150, seq: 151 }));
    expect(far.offers.map((o) => o.version)).toEqual(offersFrom(101, 150).map((o) => o.version));
    expect(earlierOffersBefore(far)).toBe(101);
  });
});

describe('the inbox', () => {
  test('is sorted by last activity, newest first', () => {
    const items = sortInbox([neg({ id: 'a', updatedAt: 1 }), neg({ id: 'b', updatedAt: 3 }), neg({ id: 'c', updatedAt: 2 })]);
    expect(items.map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });
  test('a newer push replaces and re-sorts; an older one changes nothing; an unknown one is added', () => {
    const items = sortInbox([neg({ id: 'a', updatedAt: 5, seq: 2, unread: 1 }), neg({ id: 'b', updatedAt: 4, seq: 7 })]);
    const bumped = applyInboxUpdate(items, neg({ id: 'b', updatedAt: 9, seq: 8 }));
    expect(bumped.map((n) => `${n.id}:${n.seq}`)).toEqual(['b:8', 'a:2']);
    expect(applyInboxUpdate(bumped, neg({ id: 'a', updatedAt: 99, seq: 2 }))).toBe(bumped);
    const added = applyInboxUpdate(bumped, neg({ id: 'z', updatedAt: 10, seq: 1 }));
    expect(added.map((n) => n.id)).toEqual(['z', 'b', 'a']);
    expect(added.find((n) => n.id === 'a')?.unread).toBe(1);
  });
});
