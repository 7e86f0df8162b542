import { cnPatentApplicationNumber } from '@pavilion/shared';
import { api, cny, createExhibit, emitAck, signInOrganizer, useSellerCluster } from '../../testing/harness.js';

describe('registration numbers and legal status across two nodes', () => {
  const { cluster, a, b, seller } = useSellerCluster({ hallId: 'patents', booth: 'Legal booth' });
  let organizer: { token: string; id: string };
  let n = 0;

  const number = () => {
    n += 1;
    return `ZL${cnPatentApplicationNumber(2021, 1, 500_000 + n)}`;
  };

  beforeAll(async () => {
    const login = await signInOrganizer(a, b);
    organizer = { token: login.token, id: login.user.id };
  });

  test('a wrong check digit is INVALID_INPUT naming registrationNumber, and nothing is created', async () => {
    const good = number();
    const bad = good.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    const before = (await api(a.url, 'GET', `/api/booths/${seller.boothId}`)).body.exhibits.length;
    const res = await api(a.url, 'POST', '/api/exhibits', {
      token: seller.token,
      body: {
        boothId: seller.boothId,
        type: 'patent',
        title: 'Wrong check digit',
        registrationNumber: bad,
        jurisdiction: 'CN',
        askingPrice: cny(1_000),
        tradeModes: ['assignment'],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.details.fields).toEqual(['body.registrationNumber']);
    expect(res.body.error.details.issues[0].params.reason).toBe('checkDigit');
    expect((await api(b.url, 'GET', `/api/booths/${seller.boothId}`)).body.exhibits.length).toBe(before);
  });

  test('an edit to a number of another office is checked against the stored type and refused by name', async () => {
    const exhibit = await createExhibit(a.url, seller.token, { boothId: seller.boothId, title: 'Editable', registrationNumber: number() });
    const refused = await api(b.url, 'PATCH', `/api/exhibits/${exhibit.id}`, { token: seller.token, body: { jurisdiction: 'US' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.fields).toEqual(['body.registrationNumber']);
    const wrongState = await api(b.url, 'PATCH', `/api/exhibits/${exhibit.id}`, {
      token: seller.token,
      body: { legalStatus: { state: 'registered' } },
    });
    expect(wrongState.body.error.details.fields).toEqual(['body.legalStatus.state']);
    expect((await api(a.url, 'GET', `/api/exhibits/${exhibit.id}`)).body.exhibit.jurisdiction).toBe('CN');
  });

  test('an exhibit without a stated status is pending, unverified, and waits in the organizer queue', async () => {
    const exhibit = await createExhibit(a.url, seller.token, { boothId: seller.boothId, title: 'Unstated', registrationNumber: number() });
    expect(exhibit.legalStatus).toEqual({ state: 'pending', version: 1 });
    const queue = await api(b.url, 'GET', '/api/legal-status/queue?limit=100', { token: organizer.token });
    expect(queue.body.items.map((e: { id: string }) => e.id)).toContain(exhibit.id);
    expect((await api(b.url, 'GET', '/api/legal-status/queue', { token: seller.token })).status).toBe(403);
  });

  test('the organizer verifies the version read; an exhibitor edit clears the verification, a stale version is CONFLICT', async () => {
    const exhibit = await createExhibit(a.url, seller.token, {
      boothId: seller.boothId,
      title: 'Granted and checked',
      registrationNumber: number(),
      legalStatus: {
        state: 'granted',
        expiresAt: Date.now() + 5 * 365 * 86_400_000,
        ownerOfRecord: 'Legal Labs',
        encumbrances: ['Pledge'],
      },
    });
    expect(exhibit.legalStatus).toMatchObject({ state: 'granted', ownerOfRecord: 'Legal Labs', encumbrances: ['Pledge'], version: 1 });
    const path = `/api/exhibits/${exhibit.id}/legal-status/verify`;
    expect((await api(b.url, 'POST', path, { token: seller.token, body: { version: 1 } })).status).toBe(403);

    const verified = await api(b.url, 'POST', path, { token: organizer.token, body: { version: 1 } });
    expect(verified.status).toBe(200);
    expect(verified.body.exhibit.legalStatus).toMatchObject({ verifiedBy: organizer.id, version: 1 });
    expect(typeof verified.body.exhibit.legalStatus.verifiedAt).toBe('number');
    const queue = await api(a.url, 'GET', '/api/legal-status/queue?limit=100', { token: organizer.token });
    expect(queue.body.items.map((e: { id: string }) => e.id)).not.toContain(exhibit.id);

    // A title edit leaves the verification; a legal status edit clears it and queues the exhibit again.
    const retitled = await api(a.url, 'PATCH', `/api/exhibits/${exhibit.id}`, { token: seller.token, body: { title: 'Granted, renamed' } });
    expect(retitled.body.exhibit.legalStatus.verifiedAt).toBe(verified.body.exhibit.legalStatus.verifiedAt);
    const edited = await api(a.url, 'PATCH', `/api/exhibits/${exhibit.id}`, {
      token: seller.token,
      body: { legalStatus: { state: 'granted', ownerOfRecord: 'Someone Else Ltd' } },
    });
    expect(edited.body.exhibit.legalStatus).toEqual({ state: 'granted', ownerOfRecord: 'Someone Else Ltd', version: 2 });
    const stale = await api(b.url, 'POST', path, { token: organizer.token, body: { version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ reason: 'legalStatusChanged', details: { version: 2 } });
    expect((await api(a.url, 'GET', `/api/exhibits/${exhibit.id}`)).body.exhibit.legalStatus.verifiedAt).toBeUndefined();
  });

  test('a lapsed or expired right cannot be negotiated or auctioned (CONFLICT with the reason)', async () => {
    const lapsed = await createExhibit(a.url, seller.token, {
      boothId: seller.boothId,
      title: 'Fees unpaid',
      registrationNumber: number(),
      legalStatus: { state: 'lapsed' },
    });
    const ended = await createExhibit(a.url, seller.token, {
      boothId: seller.boothId,
      title: 'Term over',
      registrationNumber: number(),
      legalStatus: { state: 'granted', expiresAt: Date.now() - 86_400_000 },
    });
    const buyer = await cluster.userWithSocket(b);
    for (const [exhibit, reason] of [
      [lapsed, 'lapsed'],
      [ended, 'expired'],
    ] as const) {
      const ack = await emitAck(buyer.socket, 'negotiation:open', { exhibitId: exhibit.id });
      expect(ack.ok ? null : { code: ack.error.code, reason: ack.error.reason }).toEqual({ code: 'CONFLICT', reason });
      const auction = await api(a.url, 'POST', '/api/auctions', {
        token: seller.token,
        body: { exhibitId: exhibit.id, startPrice: cny(100_000), minIncrement: cny(10_000), endsAt: Date.now() + 3_600_000 },
      });
      expect({ status: auction.status, reason: auction.body.error?.reason }).toEqual({ status: 409, reason });
      expect((await api(b.url, 'GET', `/api/exhibits/${exhibit.id}`)).body.exhibit.status).toBe('available');
    }
    // Restored to granted with a future expiry, it can be negotiated again.
    const restored = await api(a.url, 'PATCH', `/api/exhibits/${lapsed.id}`, {
      token: seller.token,
      body: { legalStatus: { state: 'granted', expiresAt: Date.now() + 86_400_000 } },
    });
    expect(restored.status).toBe(200);
    expect((await emitAck(buyer.socket, 'negotiation:open', { exhibitId: lapsed.id })).ok).toBe(true);
  });
});
