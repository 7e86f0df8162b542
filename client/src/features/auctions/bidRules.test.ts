import type { Auction } from '@pavilion/shared';
import { bidBlock, extensionOf, leaderOf, lostLead, phaseOf } from './bidRules';
import { splitRemaining } from './countdownFormat';

const auction = (patch: Partial<Auction> = {}) =>
  ({ status: 'open', startsAt: 1000, endsAt: 5000, sellerOrgId: 'org-s', leaderId: undefined, ...patch }) as Auction;

describe('bidding rules the screen knows up front', () => {
  test('the phase follows the server clock: scheduled before start, open until the end, then ending until closed', () => {
    expect(phaseOf(auction({ status: 'scheduled' }), 500)).toBe('scheduled');
    expect(phaseOf(auction({ status: 'scheduled' }), 1500)).toBe('open');
    expect(phaseOf(auction(), 4999)).toBe('open');
    expect(phaseOf(auction(), 5000)).toBe('ending');
    expect(phaseOf(auction({ status: 'closed' }), 100)).toBe('closed');
  });
  test('guests, organizers and the seller’s own organization cannot bid; nobody can once it ends', () => {
    const a = auction();
    expect(bidBlock(a, null, true, 2000)).toBe('guest');
    expect(bidBlock(a, { role: 'organizer' }, true, 2000)).toBe('organizer');
    expect(bidBlock(a, { role: 'exhibitor', orgId: 'org-s' }, true, 2000)).toBe('self');
    expect(bidBlock(a, { role: 'exhibitor', orgId: 'org-b' }, true, 2000)).toBeNull();
    expect(bidBlock(a, { role: 'visitor' }, true, 500)).toBe('notOpen');
    expect(bidBlock(a, { role: 'visitor' }, true, 6000)).toBe('closed');
  });
  test('the leader is "you" to the leader and a pseudonym to everyone else', () => {
    const numbers = new Map([['u1', 1]]);
    expect(leaderOf(auction({ leaderId: 'u1' }), numbers, 'u1')).toEqual({ kind: 'you' });
    expect(leaderOf(auction({ leaderId: 'u1' }), numbers, 'u2')).toEqual({ kind: 'bidder', number: 1 });
    expect(leaderOf(auction(), numbers, 'u2')).toEqual({ kind: 'none' });
  });
});

describe('what a new version of the auction means for the screen', () => {
  test('a later end on an open auction is an extension (the countdown flashes); the same end or a close is not', () => {
    expect(extensionOf({ endsAt: 5000 }, { endsAt: 9000, status: 'open' })).toEqual({ from: 5000, to: 9000 });
    expect(extensionOf({ endsAt: 5000 }, { endsAt: 5000, status: 'open' })).toBeNull();
    expect(extensionOf({ endsAt: 5000 }, { endsAt: 9000, status: 'closed' })).toBeNull();
    expect(extensionOf(null, { endsAt: 9000, status: 'open' })).toBeNull();
  });
  test('the viewer is outbid when they led and someone else leads now', () => {
    expect(lostLead({ leaderId: 'me' }, { leaderId: 'rival' }, 'me')).toBe(true);
    expect(lostLead({ leaderId: 'me' }, { leaderId: 'me' }, 'me')).toBe(false);
    expect(lostLead({ leaderId: 'rival' }, { leaderId: 'other' }, 'me')).toBe(false);
    expect(lostLead({ leaderId: 'me' }, { leaderId: 'rival' }, null)).toBe(false);
  });
});

describe('countdown text', () => {
  test('minutes and seconds under an hour, hours beyond, whole days apart, never negative', () => {
    expect(splitRemaining(65_000)).toEqual({ days: 0, clock: '1:05' });
    expect(splitRemaining(3_600_000 + 61_000)).toEqual({ days: 0, clock: '01:01:01' });
    expect(splitRemaining(2 * 86_400_000 + 5_000)).toEqual({ days: 2, clock: '00:00:05' });
    expect(splitRemaining(-300)).toEqual({ days: 0, clock: '0:00' });
    expect(splitRemaining(400)).toEqual({ days: 0, clock: '0:01' });
  });
});
