import { MAX_FAVOURITE_EXHIBITS } from '@pavilion/shared';
import { keys } from '../../redis/keys.js';
import {
  api,
  exhibitorWithExhibit,
  type registerExhibitorWithBooth,
  registerUser,
  type TestNode,
  useTestCluster,
} from '../../testing/harness.js';

describe('favourites (the briefcase) across two nodes', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  let seller: Awaited<ReturnType<typeof registerExhibitorWithBooth>>;
  let exhibitId: string;

  beforeAll(async () => {
    const { exhibit, ...exhibitor } = await exhibitorWithExhibit(a.url, 'patents', 'Briefcase booth', {
      title: 'Flow battery stack',
      registrationNumber: 'ZL202010000101.4',
    });
    seller = exhibitor;
    exhibitId = exhibit.id;
  });

  test('saving, listing and removing exhibits and booths is the caller’s own, on either node', async () => {
    const visitor = await registerUser(a.url, 'visitor');
    const other = await registerUser(b.url, 'visitor');
    const saved = await api(a.url, 'PUT', `/api/favourites/${exhibitId}`, { token: visitor.token });
    expect(saved.status).toBe(200);
    // Saving again keeps the first time.
    const again = await api(b.url, 'PUT', `/api/favourites/${exhibitId}`, { token: visitor.token });
    expect(again.body.savedAt).toBe(saved.body.savedAt);
    expect((await api(b.url, 'PUT', `/api/favourites/booths/${seller.boothId}`, { token: visitor.token })).status).toBe(200);

    const list = await api(b.url, 'GET', '/api/favourites', { token: visitor.token });
    expect(list.body.items).toEqual([{ exhibit: expect.objectContaining({ id: exhibitId }), savedAt: saved.body.savedAt }]);
    expect(list.body.booths).toEqual([{ booth: expect.objectContaining({ id: seller.boothId }), savedAt: expect.any(Number) }]);
    // Someone else's briefcase is their own: empty, and their removal touches nothing of the visitor's.
    expect((await api(a.url, 'GET', '/api/favourites', { token: other.token })).body).toEqual({ items: [], booths: [] });
    await api(a.url, 'DELETE', `/api/favourites/${exhibitId}`, { token: other.token });
    expect((await api(a.url, 'GET', '/api/favourites', { token: visitor.token })).body.items).toHaveLength(1);

    expect((await api(a.url, 'DELETE', `/api/favourites/${exhibitId}`, { token: visitor.token })).status).toBe(200);
    expect((await api(a.url, 'DELETE', `/api/favourites/booths/${seller.boothId}`, { token: visitor.token })).status).toBe(200);
    expect((await api(b.url, 'GET', '/api/favourites', { token: visitor.token })).body).toEqual({ items: [], booths: [] });
    expect((await api(b.url, 'GET', '/api/favourites')).status).toBe(401);
  });

  test('unknown exhibits and bad ids are refused and saved nowhere', async () => {
    const visitor = await registerUser(a.url, 'visitor');
    const unknown = await api(a.url, 'PUT', '/api/favourites/ex-nothing', { token: visitor.token });
    expect([unknown.status, unknown.body.error.reason]).toEqual([404, 'exhibit']);
    const bad = await api(a.url, 'PUT', `/api/favourites/${encodeURIComponent('x'.repeat(100))}`, { token: visitor.token });
    expect([bad.status, bad.body.error.details.fields]).toEqual([400, ['params.exhibitId']]);
    const booth = await api(a.url, 'PUT', '/api/favourites/booths/booth-nothing', { token: visitor.token });
    expect([booth.status, booth.body.error.reason]).toEqual([404, 'booth']);
    expect(await a.app.redis.exists([keys.userFavouriteExhibits(visitor.user.id), keys.userFavouriteBooths(visitor.user.id)])).toBe(0);
  });

  test('a full briefcase refuses one more exhibit with CONFLICT and keeps what it holds', async () => {
    const visitor = await registerUser(a.url, 'visitor');
    const key = keys.userFavouriteExhibits(visitor.user.id);
    // Fill it to the cap directly: the cap is what is checked, not how the entries got there.
    await a.app.redis.zAdd(
      key,
      Array.from({ length: MAX_FAVOURITE_EXHIBITS }, (_, i) => ({ score: i, value: `ex-filler-${i}` })),
    );
    const over = await api(b.url, 'PUT', `/api/favourites/${exhibitId}`, { token: visitor.token });
    expect([over.status, over.body.error.reason]).toEqual([409, 'tooManyFavourites']);
    expect(await a.app.redis.zCard(key)).toBe(MAX_FAVOURITE_EXHIBITS);
    expect(await a.app.redis.zScore(key, exhibitId)).toBeNull();
  });

  test('saving is a lead action at the booth, with contact details only when the visitor consented', async () => {
    const shy = await registerUser(a.url, 'visitor');
    const open = await registerUser(a.url, 'visitor', { shareContact: true });
    await api(a.url, 'PUT', `/api/favourites/${exhibitId}`, { token: shy.token });
    await api(b.url, 'PUT', `/api/favourites/booths/${seller.boothId}`, { token: open.token });
    const leads = (await api(a.url, 'GET', '/api/exhibitor/leads', { token: seller.token })).body.leads as {
      userId: string;
      email?: string;
      actions: Record<string, number>;
    }[];
    const shyLead = leads.find((l) => l.userId === shy.user.id);
    const openLead = leads.find((l) => l.userId === open.user.id);
    expect(shyLead?.actions.saved).toBe(1);
    expect(shyLead?.email).toBeUndefined();
    expect(openLead).toMatchObject({ email: open.email, actions: { saved: 1 } });
    // The seller's own staff saving their exhibit is no lead.
    await api(a.url, 'PUT', `/api/favourites/${exhibitId}`, { token: seller.token });
    const after = (await api(a.url, 'GET', '/api/exhibitor/leads', { token: seller.token })).body.leads as { userId: string }[];
    expect(after.some((l) => l.userId === seller.user.id)).toBe(false);
  });

  test('the briefcase exports as CSV and as a calendar of the saved booths’ sessions', async () => {
    const visitor = await registerUser(a.url, 'visitor');
    await api(a.url, 'PUT', `/api/favourites/${exhibitId}`, { token: visitor.token });
    const host = await cluster.connect(a, seller.token);
    const startsAt = Date.now() + 3_600_000;
    const ack = await new Promise<{ ok: boolean; session?: { id: string } }>((res) =>
      (host.emit as (...x: unknown[]) => void)('session:start', { boothId: seller.boothId, title: 'Flow battery briefing', startsAt }, res),
    );
    expect(ack.ok).toBe(true);

    const csv = await fetch(`${b.url}/api/favourites/export.csv`, { headers: { authorization: `Bearer ${visitor.token}` } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    const [header, row] = text.trim().split('\r\n');
    expect(header?.startsWith('kind,id,title,organization')).toBe(true);
    expect(row).toContain(`exhibit,${exhibitId},`);
    expect(row).toContain(`/booth/${seller.boothId}`);

    const ics = await fetch(`${a.url}/api/favourites/sessions.ics`, { headers: { authorization: `Bearer ${visitor.token}` } });
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const cal = await ics.text();
    expect(cal).toContain('BEGIN:VCALENDAR');
    expect(cal).toContain('SUMMARY:Flow battery briefing');
    expect(cal).toContain(`UID:${ack.session?.id}@pavilion`);
  });
});
