import { cnPatentApplicationNumber, HALL_DEPTH, HALL_ENTRANCE, HALL_WIDTH, SLOTS_FROM_ENTRANCE, slotFootprint } from '@pavilion/shared';
import { keys } from '../../redis/keys.js';
import { api, registerUser, useTestCluster } from '../../testing/harness.js';
import { ensureHalls } from './halls.js';

const patent = (boothId: string, extra: Record<string, unknown> = {}) => ({
  boothId,
  type: 'patent',
  title: 'Graphene heat spreader for wearable batteries',
  registrationNumber: 'ZL202010123456.2',
  jurisdiction: 'CN',
  classes: ['H01M 10/613'],
  summary: 'A thin graphene laminate that keeps wearable cells below 40 °C.',
  askingPrice: { amount: 120_000_000, currency: 'CNY' },
  tradeModes: ['assignment', 'exclusive'],
  ...extra,
});

describe('catalog', () => {
  const { node } = useTestCluster();
  const redis = () => node.app.redis;

  async function exhibitorWithBooth(hallId = 'patents') {
    const ex = await registerUser(node.url, 'exhibitor');
    const res = await api(node.url, 'POST', '/api/booths', {
      token: ex.token,
      body: { hallId, name: 'Lingnan Labs', tagline: 'Batteries that last' },
    });
    expect(res.status).toBe(201);
    return { ...ex, booth: res.body.booth };
  }

  test('the themed halls always exist and have a fixed size whatever the booth count', async () => {
    const expo = await api(node.url, 'GET', '/api/expo');
    expect(expo.status).toBe(200);
    expect(expo.body.halls.map((h: { id: string }) => h.id)).toEqual(['patents', 'trademarks', 'copyrights', 'gba', 'international']);
    const hall = await api(node.url, 'GET', '/api/halls/gba');
    expect(hall.body.hall).toMatchObject({ id: 'gba', width: HALL_WIDTH, depth: HALL_DEPTH, category: 'regional' });
    expect(hall.body.booths).toEqual([]);
  });

  test('an exhibitor sets up a booth on the free slot nearest the entrance, inside the hall', async () => {
    const { booth } = await exhibitorWithBooth('copyrights');
    expect(booth).toMatchObject({ hallId: 'copyrights', slot: SLOTS_FROM_ENTRANCE[0], name: 'Lingnan Labs', exhibitCount: 0, live: false });
    expect(Math.abs(booth.x)).toBeLessThan(HALL_WIDTH / 2);
    expect(Math.abs(booth.z)).toBeLessThan(HALL_DEPTH / 2);
    // The first booth of a hall stands right in front of the entrance.
    expect(Math.hypot(booth.x - HALL_ENTRANCE.x, booth.z - HALL_ENTRANCE.z)).toBeLessThan(20);
    const { booth: second } = await exhibitorWithBooth('copyrights');
    expect(second.slot).toBe(SLOTS_FROM_ENTRANCE[1]);
    const hall = await api(node.url, 'GET', '/api/halls/copyrights');
    expect(hall.body.booths.map((b: { id: string }) => b.id)).toEqual([booth.id, second.id]);
    const expo = await api(node.url, 'GET', '/api/expo');
    expect(expo.body.halls.find((h: { id: string }) => h.id === 'copyrights').boothCount).toBe(2);
  });

  test('a hall made before the entrance order re-ranks its free slots on start; its booths keep their slots', async () => {
    const { booth } = await exhibitorWithBooth('trademarks');
    // An old hall handed out slots by number: slot 0 (the far corner) first.
    const free = await redis().zRange(keys.hallFreeSlots('trademarks'), 0, -1);
    await redis().zAdd(
      keys.hallFreeSlots('trademarks'),
      free.map((slot) => ({ score: Number(slot), value: slot })),
    );
    await ensureHalls(redis());
    const after = await redis().zRange(keys.hallFreeSlots('trademarks'), 0, -1);
    expect(after).toHaveLength(free.length);
    expect(after[0]).toBe(String(SLOTS_FROM_ENTRANCE[1]));
    expect(after).not.toContain(String(booth.slot));
    const { booth: next } = await exhibitorWithBooth('trademarks');
    expect(slotFootprint(next.slot).z).toBeGreaterThan(HALL_DEPTH / 2 - 30);
  });

  test('an organization has one booth: a second one is a CONFLICT', async () => {
    const { token } = await exhibitorWithBooth();
    const res = await api(node.url, 'POST', '/api/booths', { token, body: { hallId: 'gba', name: 'Second booth' } });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'CONFLICT', reason: 'boothExists', details: { boothId: expect.any(String) } });
  });

  test('booth names that pass a booth off as the expo or its staff are refused on set-up and rename, naming the field; nothing changes', async () => {
    const reserved = [
      'Pavilion',
      'pavilion  official',
      'ADMIN',
      'Organiser Desk',
      'Support',
      'Ｓｙｓｔｅｍ',
      '主辦方',
      '官方展位',
      '展会 客服',
    ];
    const fresh = await registerUser(node.url, 'exhibitor');
    for (const name of reserved) {
      const res = await api(node.url, 'POST', '/api/booths', { token: fresh.token, body: { hallId: 'gba', name } });
      expect({ name, status: res.status, fields: res.body.error?.details?.fields }).toEqual({ name, status: 400, fields: ['body.name'] });
      expect(res.body.error.details.issues[0].params.reason).toBe('reservedName');
    }
    expect(await redis().hGet(keys.org(fresh.user.orgId), 'boothId')).toBeNull();

    const { token, booth } = await exhibitorWithBooth();
    for (const name of reserved) {
      const res = await api(node.url, 'PATCH', `/api/booths/${booth.id}`, { token, body: { name } });
      expect({ name, status: res.status, fields: res.body.error?.details?.fields }).toEqual({ name, status: 400, fields: ['body.name'] });
    }
    expect((await api(node.url, 'GET', `/api/booths/${booth.id}`)).body.booth.name).toBe('Lingnan Labs');
    // A name that only contains such a word is a name.
    const renamed = await api(node.url, 'PATCH', `/api/booths/${booth.id}`, { token, body: { name: 'Lingnan Control Systems' } });
    expect([renamed.status, renamed.body.booth?.name]).toEqual([200, 'Lingnan Control Systems']);
  });

  test('visitors and guests cannot set up booths', async () => {
    const visitor = await registerUser(node.url, 'visitor');
    const asVisitor = await api(node.url, 'POST', '/api/booths', { token: visitor.token, body: { hallId: 'gba', name: 'Nope' } });
    expect(asVisitor.status).toBe(403);
    const asGuest = await api(node.url, 'POST', '/api/booths', { body: { hallId: 'gba', name: 'Nope' } });
    expect(asGuest.status).toBe(401);
  });

  test('booth staff add an exhibit; it shows in the booth, the counts and the search', async () => {
    const { token, booth } = await exhibitorWithBooth();
    const res = await api(node.url, 'POST', '/api/exhibits', { token, body: patent(booth.id) });
    expect(res.status).toBe(201);
    expect(res.body.exhibit).toMatchObject({ boothId: booth.id, status: 'available', hallId: 'patents', type: 'patent' });
    const page = await api(node.url, 'GET', `/api/booths/${booth.id}`);
    expect(page.body.booth.exhibitCount).toBe(1);
    expect(page.body.booth.typeCounts).toEqual({ patent: 1, trademark: 0, copyright: 0 });
    const me = await api(node.url, 'GET', '/api/me', { token });
    expect(me.body.user.boothId).toBe(booth.id);
    expect(page.body.exhibits[0].id).toBe(res.body.exhibit.id);
    const found = await api(node.url, 'GET', '/api/exhibits?q=graphene');
    expect(found.body.items.map((e: { id: string }) => e.id)).toContain(res.body.exhibit.id);
    const byNumber = await api(node.url, 'GET', '/api/exhibits?q=ZL202010123456');
    expect(byNumber.body.items[0].id).toBe(res.body.exhibit.id);
  });

  test('ownership: another organization cannot add to or edit a booth it does not own, and nothing changes', async () => {
    const owner = await exhibitorWithBooth();
    const created = await api(node.url, 'POST', '/api/exhibits', { token: owner.token, body: patent(owner.booth.id) });
    const other = await exhibitorWithBooth();
    const add = await api(node.url, 'POST', '/api/exhibits', { token: other.token, body: patent(owner.booth.id) });
    expect(add.status).toBe(403);
    expect(add.body.error.code).toBe('FORBIDDEN');
    const edit = await api(node.url, 'PATCH', `/api/exhibits/${created.body.exhibit.id}`, {
      token: other.token,
      body: { title: 'Hijacked title' },
    });
    expect(edit.status).toBe(403);
    const boothEdit = await api(node.url, 'PATCH', `/api/booths/${owner.booth.id}`, { token: other.token, body: { name: 'Hijacked' } });
    expect(boothEdit.status).toBe(403);
    const page = await api(node.url, 'GET', `/api/booths/${owner.booth.id}`);
    expect(page.body.booth.name).toBe('Lingnan Labs');
    expect(page.body.booth.exhibitCount).toBe(1);
    expect(page.body.exhibits[0].title).toBe('Graphene heat spreader for wearable batteries');
  });

  test('the owner edits an exhibit and the search follows the new title', async () => {
    const owner = await exhibitorWithBooth();
    const created = await api(node.url, 'POST', '/api/exhibits', { token: owner.token, body: patent(owner.booth.id) });
    const edit = await api(node.url, 'PATCH', `/api/exhibits/${created.body.exhibit.id}`, {
      token: owner.token,
      body: { title: 'Zirconia solid electrolyte membrane' },
    });
    expect(edit.status).toBe(200);
    expect(edit.body.exhibit.title).toBe('Zirconia solid electrolyte membrane');
    const found = await api(node.url, 'GET', '/api/exhibits?q=zirconia');
    expect(found.body.items.map((e: { id: string }) => e.id)).toContain(created.body.exhibit.id);
  });

  test('bad exhibit input gets 400 naming the field and writes nothing', async () => {
    const { token, booth } = await exhibitorWithBooth();
    const before = await redis().sCard(keys.exhibits);
    const cases: [Record<string, unknown>, string][] = [
      [patent(booth.id, { askingPrice: { amount: -5, currency: 'CNY' } }), 'body.askingPrice.amount'],
      [patent(booth.id, { askingPrice: { amount: 10.5, currency: 'CNY' } }), 'body.askingPrice.amount'],
      [patent(booth.id, { askingPrice: { amount: 100, currency: 'USD' } }), 'body.askingPrice.currency'],
      [patent(booth.id, { askingPrice: { amount: 1e18, currency: 'CNY' } }), 'body.askingPrice.amount'],
      [patent(booth.id, { type: 'recipe' }), 'body.type'],
      [patent(booth.id, { title: 'x'.repeat(5000) }), 'body.title'],
      [patent(booth.id, { tradeModes: [] }), 'body.tradeModes'],
      [patent(booth.id, { tradeModes: ['rent'] }), 'body.tradeModes.0'],
      [patent(booth.id, { jurisdiction: 'China' }), 'body.jurisdiction'],
      [patent(booth.id, { boothId: '../../etc' }), 'body.boothId'],
      [patent(booth.id, { secret: 1 }), 'secret'],
      [{ ...patent(booth.id), title: undefined }, 'body.title'],
    ];
    for (const [body, field] of cases) {
      const res = await api(node.url, 'POST', '/api/exhibits', { token, body });
      expect({ field, status: res.status, code: res.body.error?.code }).toEqual({ field, status: 400, code: 'INVALID_INPUT' });
      expect(res.body.error.message).toContain(field);
    }
    expect(await redis().sCard(keys.exhibits)).toBe(before);
  });

  test("an INVALID_INPUT names each field's zod issue code and the rule's limits, never the input", async () => {
    const { token, booth } = await exhibitorWithBooth();
    const cases: [Record<string, unknown>, unknown][] = [
      [
        patent(booth.id, { title: 'x'.repeat(300) }),
        { path: 'body.title', code: 'too_big', params: expect.objectContaining({ origin: 'string', maximum: 200 }) },
      ],
      [
        { ...patent(booth.id), title: undefined },
        { path: 'body.title', code: 'invalid_type', params: { expected: 'string', received: 'undefined' } },
      ],
      [patent(booth.id, { secret: 1 }), { path: 'body', code: 'unrecognized_keys', params: { keys: ['secret'] } }],
      [
        patent(booth.id, { askingPrice: { amount: -5, currency: 'CNY' } }),
        { path: 'body.askingPrice.amount', code: 'too_small', params: expect.objectContaining({ origin: 'number', minimum: 0 }) },
      ],
    ];
    for (const [body, issue] of cases) {
      const res = await api(node.url, 'POST', '/api/exhibits', { token, body });
      expect(res.body.error.details.issues).toContainEqual(issue);
      expect(res.body.error.details.fields).toEqual(res.body.error.details.issues.map((i: { path: string }) => i.path));
      expect(JSON.stringify(res.body.error.details)).not.toContain('xxxx');
    }
  });

  test('malformed JSON, an oversize body and bad ids get 400 without stack traces', async () => {
    const { token } = await exhibitorWithBooth();
    const malformed = await api(node.url, 'POST', '/api/exhibits', { token, raw: '{"boothId": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toEqual({
      code: 'INVALID_INPUT',
      message: 'body: is not valid JSON',
      details: { fields: ['body'], issues: [{ path: 'body', code: 'invalid_format', params: { format: 'json' } }] },
    });
    const huge = await api(node.url, 'POST', '/api/exhibits', { token, raw: JSON.stringify({ summary: 'x'.repeat(100_000) }) });
    expect(huge.status).toBe(400);
    const badId = await api(node.url, 'GET', '/api/booths/..%2F..%2Fetc');
    expect(badId.status).toBe(400);
    expect(JSON.stringify([malformed.body, huge.body, badId.body])).not.toMatch(/at \w+ \(|node_modules/);
  });

  test('unknown ids are 404 and unknown API routes are 404 JSON', async () => {
    expect((await api(node.url, 'GET', '/api/halls/atlantis')).status).toBe(404);
    expect((await api(node.url, 'GET', '/api/booths/booth_missing')).body.error.code).toBe('NOT_FOUND');
    const route = await api(node.url, 'GET', '/api/nothing/here');
    expect(route.status).toBe(404);
    expect(route.body).toEqual({ ok: false, error: { code: 'NOT_FOUND', reason: 'route', message: 'no route GET /api/nothing/here' } });
  });

  test('search filters by type and region and pages with a cursor', async () => {
    const gd = await exhibitorWithBooth('gba');
    const os = await registerUser(node.url, 'exhibitor', {
      organization: { name: 'Nordlicht Medical GmbH', kind: 'enterprise', region: 'OVERSEAS', country: 'DE' },
    });
    const osBooth = await api(node.url, 'POST', '/api/booths', { token: os.token, body: { hallId: 'international', name: 'Nordlicht' } });
    for (let i = 0; i < 5; i++) {
      await api(node.url, 'POST', '/api/exhibits', {
        token: gd.token,
        body: patent(gd.booth.id, {
          title: `Quantum dot display layer ${i}`,
          registrationNumber: `ZL${cnPatentApplicationNumber(2021, 1, i)}`,
        }),
      });
    }
    await api(node.url, 'POST', '/api/exhibits', {
      token: os.token,
      body: {
        ...patent(osBooth.body.booth.id),
        type: 'trademark',
        title: 'NORDLICHT quantum brand',
        jurisdiction: 'EU',
        registrationNumber: 'EUTM 018123456',
        classes: ['10'],
      },
    });
    const tm = await api(node.url, 'GET', '/api/exhibits?q=quantum&type=trademark');
    expect(tm.body.items.map((e: { title: string }) => e.title)).toEqual(['NORDLICHT quantum brand']);
    const overseas = await api(node.url, 'GET', '/api/exhibits?region=OVERSEAS');
    expect(overseas.body.items).toHaveLength(1);
    expect(overseas.body.items.every((e: { region: string }) => e.region === 'OVERSEAS')).toBe(true);
    expect(overseas.body.total).toBe(1);
    const first = await api(node.url, 'GET', '/api/exhibits?q=quantum%20dot&type=patent&limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.total).toBe(5);
    const seen = new Set(first.body.items.map((e: { id: string }) => e.id));
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await api(node.url, 'GET', `/api/exhibits?q=quantum%20dot&type=patent&limit=2&cursor=${cursor}`);
      for (const e of page.body.items) seen.add(e.id);
      cursor = page.body.nextCursor;
    }
    expect(seen.size).toBe(5);
    const badQuery = await api(node.url, 'GET', '/api/exhibits?type=recipe&limit=1000');
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.error.message).toMatch(/query\.type.*query\.limit/);
  });

  test('stats count exhibitors (organizations with a booth), overseas ones and exhibits, with zero deals', async () => {
    const stats = await api(node.url, 'GET', '/api/stats');
    expect(stats.status).toBe(200);
    expect(stats.body.exhibitors).toBe(await redis().sCard(keys.exhibitors));
    expect(stats.body.overseasExhibitors).toBe(1);
    expect(stats.body.exhibits).toBe(await redis().sCard(keys.exhibits));
    expect(stats.body.deals).toBe(0);
    expect(stats.body.totalAmount).toEqual({ amount: 0, currency: 'CNY' });
    expect(stats.body.byType.copyright).toEqual({ count: 0, amount: { amount: 0, currency: 'CNY' } });
  });
});
