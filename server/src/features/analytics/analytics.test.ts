import { keys } from '../../redis/keys.js';
import {
  api,
  cny,
  connectSocket,
  emitAck,
  exhibitorWithExhibit,
  registerExhibitorWithBooth,
  registerUser,
  signInOrganizer,
  useTestCluster,
} from '../../testing/harness.js';
import { UNIQUE_VISITOR_DAYS, UNIQUE_VISITORS_TTL_MS } from './analyticsService.js';

describe('exhibitor analytics and organizer tools', () => {
  const { node } = useTestCluster();

  test('an exhibitor sees visits, unique visitors, leads with what they did (contact only with consent), negotiations and deals — only their own', async () => {
    const ex = await exhibitorWithExhibit(node.url, 'gba', 'Analytics booth', {
      type: 'trademark',
      title: 'Leads mark',
      registrationNumber: 'TM 1000001',
      askingPrice: cny(100_000),
    });
    const { exhibit } = ex;
    const consenting = await registerUser(node.url, 'visitor', { shareContact: true });
    const private_ = await registerUser(node.url, 'visitor');
    for (const v of [consenting, private_]) {
      const s = await connectSocket(node.url, v.token);
      await emitAck(s, 'booth:enter', { boothId: ex.boothId });
      if (v === consenting) {
        await emitAck(s, 'chat:send', { room: `booth:${ex.boothId}`, text: 'hello', clientMsgId: 'lead-1' });
        const n = await emitAck<{ negotiation: { id: string } }>(s, 'negotiation:open', { exhibitId: exhibit.id });
        expect(n.ok).toBe(true);
        // a question in the booth's live session makes an "asked" lead
        const exSocket = await connectSocket(node.url, ex.token);
        const live = await emitAck<{ session: { id: string } }>(exSocket, 'session:start', { boothId: ex.boothId, title: 'Lead talk' });
        const sessionId = live.ok ? live.session.id : '';
        await emitAck(s, 'session:join', { sessionId });
        expect((await emitAck(s, 'session:ask', { sessionId, text: 'Price?' })).ok).toBe(true);
        exSocket.disconnect();
      }
      s.disconnect();
    }
    await new Promise((r) => setTimeout(r, 200));
    const a = await api(node.url, 'GET', '/api/exhibitor/analytics', { token: ex.token });
    expect(a.status).toBe(200);
    expect(a.body.visits).toBe(2);
    expect(a.body.uniqueVisitorsByDay.at(-1).count).toBe(2);
    expect(a.body.dwellMs).toBeGreaterThan(0);
    const lead = a.body.leads.find((l: { userId: string }) => l.userId === consenting.user.id);
    expect(lead.actions).toMatchObject({ entered: 1, chatted: 1, negotiated: 1, asked: 1 });
    expect(lead.email).toBe(consenting.email);
    expect(a.body.leads.find((l: { userId: string }) => l.userId === private_.user.id).email).toBeUndefined();
    expect(a.body.negotiationsByStatus.open).toBe(1);
    const csv = await fetch(`${node.url}/api/exhibitor/leads?format=csv`, { headers: { authorization: `Bearer ${ex.token}` } });
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe(
      'userId,name,organization,email,firstSeen,lastSeen,entered,chatted,asked,negotiated,bid,booked,met,cancelledMeeting,missedMeeting,saved',
    );
    expect(text).toContain(consenting.email);
    expect(text).not.toContain(private_.email);
    // Another exhibitor sees their own (empty) booth, never this one; visitors have no analytics.
    const other = await registerUser(node.url, 'exhibitor');
    await api(node.url, 'POST', '/api/booths', { token: other.token, body: { hallId: 'gba', name: 'Other' } });
    expect((await api(node.url, 'GET', '/api/exhibitor/analytics', { token: other.token })).body.leads).toEqual([]);
    expect((await api(node.url, 'GET', '/api/exhibitor/analytics', { token: private_.token })).status).toBe(403);
  });

  test("a day's unique-visitor count expires after the days the analytics show; leads are kept", async () => {
    const ex = await registerExhibitorWithBooth(node.url, 'gba', 'TTL booth');
    const visitor = await registerUser(node.url, 'visitor');
    const s = await connectSocket(node.url, visitor.token);
    expect((await emitAck(s, 'booth:enter', { boothId: ex.boothId })).ok).toBe(true);
    s.disconnect();
    const redis = node.app.redis;
    const today = new Date().toISOString().slice(0, 10);
    const ttl = await redis.pTTL(keys.boothUniqueVisitors(ex.boothId, today));
    expect(ttl).toBeGreaterThan(UNIQUE_VISITOR_DAYS * 86_400_000);
    expect(ttl).toBeLessThanOrEqual(UNIQUE_VISITORS_TTL_MS);
    expect(UNIQUE_VISITORS_TTL_MS).toBeLessThanOrEqual((UNIQUE_VISITOR_DAYS + 1) * 86_400_000);
    // The lead and the booth's lead list are the exhibitor's contacts: no expiry (-1).
    expect(await redis.pTTL(keys.boothLead(ex.boothId, visitor.user.id))).toBe(-1);
    expect(await redis.pTTL(keys.boothLeads(ex.boothId))).toBe(-1);
  });

  test('the organizer verifies organizations (the badge shows on the booth) and reads the moderation log; others may not', async () => {
    const organizer = await signInOrganizer(node);
    const ex = await registerUser(node.url, 'exhibitor');
    const booth = (await api(node.url, 'POST', '/api/booths', { token: ex.token, body: { hallId: 'patents', name: 'To verify' } })).body
      .booth;
    expect(booth.verified).toBe(false);
    const queue = await api(node.url, 'GET', '/api/organizations?verified=false', { token: organizer.token });
    expect(queue.body.items.map((o: { id: string }) => o.id)).toContain(ex.user.orgId);
    expect(
      (await api(node.url, 'POST', `/api/organizations/${ex.user.orgId}/verify`, { token: ex.token, body: { verified: true } })).status,
    ).toBe(403);
    expect(
      (await api(node.url, 'POST', `/api/organizations/${ex.user.orgId}/verify`, { token: organizer.token, body: { verified: 'yes' } }))
        .status,
    ).toBe(400);
    expect(
      (await api(node.url, 'POST', `/api/organizations/${ex.user.orgId}/verify`, { token: organizer.token, body: { verified: true } }))
        .status,
    ).toBe(200);
    const hall = await api(node.url, 'GET', '/api/halls/patents');
    expect(hall.body.booths.find((b: { id: string }) => b.id === booth.id).verified).toBe(true);
    // Moderation: staff delete a message; the organizer sees it in the log.
    const v = await registerUser(node.url, 'visitor');
    const vs = await connectSocket(node.url, v.token);
    await emitAck(vs, 'booth:enter', { boothId: booth.id });
    const sent = await emitAck<{ message: { id: string } }>(vs, 'chat:send', {
      room: `booth:${booth.id}`,
      text: 'spam',
      clientMsgId: 'mod-1',
    });
    const staff = await connectSocket(node.url, ex.token);
    await emitAck(staff, 'chat:delete', { room: `booth:${booth.id}`, messageId: sent.ok ? sent.message.id : '' });
    const log = await api(node.url, 'GET', '/api/moderation', { token: organizer.token });
    expect(log.body.items[0]).toMatchObject({
      action: 'delete',
      room: `booth:${booth.id}`,
      by: ex.user.id,
      byName: ex.user.displayName,
      detail: { userId: v.user.id, userName: v.user.displayName, excerpt: 'spam' },
    });
    expect((await api(node.url, 'GET', '/api/moderation', { token: v.token })).status).toBe(403);
    vs.disconnect();
    staff.disconnect();
  });
});
