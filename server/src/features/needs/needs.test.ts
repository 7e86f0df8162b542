import { MAX_NEEDS_PER_USER } from '@pavilion/shared';
import { keys } from '../../redis/keys.js';
import {
  api,
  createExhibit,
  exhibitorWithExhibit,
  nextEvent,
  registerExhibitorWithBooth,
  registerUser,
  type TestNode,
  useTestCluster,
} from '../../testing/harness.js';

const need = (extra: Record<string, unknown> = {}) => ({
  title: 'Solid-state battery cells',
  classes: ['H01M'],
  keywords: ['solid-state'],
  tradeModes: ['exclusive'],
  territory: ['CN'],
  budget: { max: { amount: 500_000_000, currency: 'CNY' } },
  visibility: 'public',
  ...extra,
});

describe('buyer needs across two nodes', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];

  test("a buyer files, reads, edits and withdraws their own need on either node; anyone else's answers 404 and stays as it was", async () => {
    const buyer = await registerUser(a.url, 'visitor');
    const other = await registerUser(b.url, 'visitor');
    const created = await api(a.url, 'POST', '/api/needs', { token: buyer.token, body: need() });
    expect(created.status).toBe(201);
    const id = created.body.need.id as string;
    expect(created.body.need).toMatchObject({ title: 'Solid-state battery cells', classes: ['H01M'], visibility: 'public', answers: [] });

    const listed = await api(b.url, 'GET', '/api/needs', { token: buyer.token });
    expect(listed.body.items.map((n: { id: string }) => n.id)).toEqual([id]);

    const edited = await api(b.url, 'PATCH', `/api/needs/${id}`, {
      token: buyer.token,
      body: { keywords: ['solid-state', 'electrolyte'], budget: null, visibility: 'private' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.need).toMatchObject({ keywords: ['solid-state', 'electrolyte'], visibility: 'private', tradeModes: ['exclusive'] });
    expect(edited.body.need.budget).toBeUndefined();

    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { title: 'Taken over' }],
      ['DELETE', undefined],
    ] as const) {
      const refused = await api(a.url, method, `/api/needs/${id}`, { token: other.token, ...(body ? { body } : {}) });
      expect(refused.status).toBe(404);
      expect(refused.body.error).toMatchObject({ code: 'NOT_FOUND', reason: 'need' });
    }
    expect((await api(a.url, 'GET', '/api/needs', { token: other.token })).body.items).toEqual([]);
    expect((await api(a.url, 'GET', `/api/needs/${id}`, { token: buyer.token })).body.need.title).toBe('Solid-state battery cells');

    expect((await api(a.url, 'DELETE', `/api/needs/${id}`, { token: buyer.token })).status).toBe(200);
    expect((await api(b.url, 'GET', '/api/needs', { token: buyer.token })).body.items).toEqual([]);
    expect((await api(b.url, 'GET', `/api/needs/${id}`, { token: buyer.token })).status).toBe(404);
    expect((await api(a.url, 'GET', '/api/needs')).status).toBe(401);
  });

  test('classes that are not real codes, a budget in another currency and a 10,000-character keyword are refused naming the field; nothing changes', async () => {
    const buyer = await registerUser(a.url, 'visitor');
    const kept = await api(a.url, 'POST', '/api/needs', { token: buyer.token, body: need() });
    const cases: [Record<string, unknown>, string][] = [
      [{ classes: ['Z99Q'] }, 'body.classes.0'],
      [{ classes: ['H01M', 'nonsense class'] }, 'body.classes.1'],
      [{ classes: ['46'] }, 'body.classes.0'],
      [{ budget: { max: { amount: 100, currency: 'USD' } } }, 'body.budget.max.currency'],
      [{ budget: { min: { amount: 900, currency: 'CNY' }, max: { amount: 100, currency: 'CNY' } } }, 'body.budget.min'],
      [{ keywords: ['x'.repeat(10_000)] }, 'body.keywords.0'],
      [{ keywords: Array.from({ length: 11 }, (_, i) => `word${i}`) }, 'body.keywords'],
      [{ classes: [], keywords: [] }, 'body.classes'],
      [{ visibility: 'everyone' }, 'body.visibility'],
    ];
    for (const [extra, field] of cases) {
      const res = await api(a.url, 'POST', '/api/needs', { token: buyer.token, body: need(extra) });
      expect([res.status, res.body.error.code]).toEqual([400, 'INVALID_INPUT']);
      expect(res.body.error.details.fields).toContain(field);
      const patch = await api(b.url, 'PATCH', `/api/needs/${kept.body.need.id}`, { token: buyer.token, body: extra });
      expect([patch.status, patch.body.error.details.fields]).toEqual([400, expect.arrayContaining([field])]);
    }
    const after = await api(b.url, 'GET', '/api/needs', { token: buyer.token });
    expect(after.body.items).toEqual([kept.body.need]);
  });

  test('a buyer holds at most the cap of needs: one more is a CONFLICT and is not filed', async () => {
    const buyer = await registerUser(a.url, 'visitor');
    for (let i = 0; i < MAX_NEEDS_PER_USER; i++) {
      const res = await api(i % 2 ? a.url : b.url, 'POST', '/api/needs', { token: buyer.token, body: need({ title: `Need ${i}` }) });
      expect(res.status).toBe(201);
    }
    const over = await api(a.url, 'POST', '/api/needs', { token: buyer.token, body: need({ title: 'One too many' }) });
    expect([over.status, over.body.error.reason]).toEqual([409, 'tooManyNeeds']);
    expect(await a.app.redis.zCard(keys.userNeeds(buyer.user.id))).toBe(MAX_NEEDS_PER_USER);
  });

  test('exhibitors see matching public needs without the buyer; private needs never; an answer opens a negotiation the buyer sees', async () => {
    const { exhibit: cell, ...seller } = await exhibitorWithExhibit(a.url, 'patents', 'Cell works', {
      title: 'Solid-state lithium battery cell with sulfide electrolyte',
      registrationNumber: 'ZL202010000001.1',
      classes: ['H01M 10/052'],
      tradeModes: ['exclusive', 'assignment'],
    });
    await createExhibit(a.url, seller.token, {
      boothId: seller.boothId,
      title: 'Tea cup handle',
      registrationNumber: 'ZL202010000002.6',
      classes: ['A47G 19/00'],
    });
    const buyerSocketUser = await cluster.userWithSocket(b);
    const buyer = buyerSocketUser;
    const stranger = await registerUser(a.url, 'visitor');
    const open = await api(a.url, 'POST', '/api/needs', { token: buyer.token, body: need() });
    const hidden = await api(a.url, 'POST', '/api/needs', {
      token: stranger.token,
      body: need({ title: 'Secret battery hunt', visibility: 'private' }),
    });
    expect(hidden.status).toBe(201);

    const seen = await api(b.url, 'GET', '/api/exhibitor/needs', { token: seller.token });
    expect(seen.status).toBe(200);
    const ids = seen.body.items.map((i: { need: { id: string } }) => i.need.id);
    expect(ids).toContain(open.body.need.id);
    expect(ids).not.toContain(hidden.body.need.id);
    const item = seen.body.items.find((i: { need: { id: string } }) => i.need.id === open.body.need.id);
    expect(item.exhibitIds).toEqual([cell.id]);
    // Nothing in the item names or points at the buyer.
    const text = JSON.stringify(item);
    for (const secret of [buyer.user.id, buyer.user.displayName, buyer.email]) expect(text).not.toContain(secret);
    expect(Object.keys(item.need).sort()).not.toContain('ownerId');

    // A visitor is not booth staff.
    expect((await api(a.url, 'GET', '/api/exhibitor/needs', { token: stranger.token })).status).toBe(403);
    // Private needs cannot be answered (they do not exist for others), nor can a need be answered with someone else's exhibit.
    const privateAnswer = await api(a.url, 'POST', `/api/needs/${hidden.body.need.id}/answer`, {
      token: seller.token,
      body: { exhibitId: cell.id },
    });
    expect(privateAnswer.status).toBe(404);
    const rival = await registerExhibitorWithBooth(a.url, 'patents', 'Rival');
    const stolen = await api(a.url, 'POST', `/api/needs/${open.body.need.id}/answer`, { token: rival.token, body: { exhibitId: cell.id } });
    expect([stolen.status, stolen.body.error.reason]).toEqual([403, 'notOwnExhibit']);

    const buyerHears = nextEvent<{ negotiation: { exhibitId: string; buyerId: string } }>(
      buyer.socket,
      'negotiation:updated',
      (p) => p.negotiation.exhibitId === cell.id,
    );
    const answered = await api(a.url, 'POST', `/api/needs/${open.body.need.id}/answer`, {
      token: seller.token,
      body: { exhibitId: cell.id },
    });
    expect(answered.status).toBe(201);
    expect((await buyerHears).negotiation.buyerId).toBe(buyer.user.id);
    const negotiationId = answered.body.answer.negotiationId as string;
    const negotiation = await api(b.url, 'GET', `/api/negotiations/${negotiationId}`, { token: buyer.token });
    expect(negotiation.body.negotiation).toMatchObject({ exhibitId: cell.id, buyerId: buyer.user.id, sellerOrgId: seller.user.orgId });

    const mine = await api(b.url, 'GET', '/api/needs', { token: buyer.token });
    expect(mine.body.items[0].answers).toEqual([
      expect.objectContaining({ orgId: seller.user.orgId, exhibitId: cell.id, exhibitTitle: cell.title, negotiationId }),
    ]);
    const again = await api(a.url, 'GET', '/api/exhibitor/needs', { token: seller.token });
    const answeredItem = again.body.items.find((i: { need: { id: string } }) => i.need.id === open.body.need.id);
    expect(answeredItem.answered).toEqual({ exhibitId: cell.id, negotiationId });
  });
});
