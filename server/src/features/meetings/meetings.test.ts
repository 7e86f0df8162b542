import { cnPatentApplicationNumber, type Meeting, type MeetingJoinAnswer, type MeetingSlot } from '@pavilion/shared';
import ICAL from 'ical.js';
import { keys } from '../../redis/keys.js';
import { api, emitAck, exhibitorWithExhibit, nextEvent, registerUser, type TestNode, useTestCluster } from '../../testing/harness.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('bookable 1:1 meetings across two nodes', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  let n = 0;

  /** An exhibitor with a booth and one exhibit (on node a). */
  async function exhibitor() {
    n += 1;
    const { exhibit, ...u } = await exhibitorWithExhibit(a.url, 'patents', `Meeting booth ${n}`, {
      title: `Invention ${n}`,
      registrationNumber: `ZL${cnPatentApplicationNumber(2025, 1, n * 10_000 + 1)}`,
    });
    return { ...u, exhibitId: exhibit.id as string };
  }

  /** Publishes slots at hour offsets from a base far enough ahead (start in ms from now, length in minutes). */
  async function publish(
    token: string,
    boothId: string,
    slots: { startsAt: number | string; endsAt: number | string; staffId?: string }[],
  ) {
    return api(a.url, 'POST', `/api/booths/${boothId}/slots`, { token, body: { slots } });
  }

  async function oneSlot(ex: { token: string; boothId: string }, offsetMs = 2 * HOUR, minutes = 30): Promise<string> {
    const start = Date.now() + offsetMs;
    const res = await publish(ex.token, ex.boothId, [{ startsAt: start, endsAt: start + minutes * MIN }]);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body.slots[0].id;
  }

  /** `count` half-hour slots an hour apart, the first three hours from now. */
  async function hourlySlots(ex: { token: string; boothId: string }, count: number) {
    const start = Date.now() + 3 * HOUR;
    const slots = Array.from({ length: count }, (_, i) => ({ startsAt: start + i * HOUR, endsAt: start + i * HOUR + 30 * MIN }));
    const res = await publish(ex.token, ex.boothId, slots);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return { start, ids: (res.body.slots as MeetingSlot[]).map((slot) => slot.id) };
  }

  async function slotsOf(boothId: string): Promise<MeetingSlot[]> {
    const res = await api(b.url, 'GET', `/api/booths/${boothId}/slots?from=${Date.now() - HOUR}&to=${Date.now() + 30 * 86_400_000}`);
    return res.body.slots;
  }

  async function book(node: TestNode, token: string, body: Record<string, unknown>) {
    return api<{ meeting: Meeting }>(node.url, 'POST', '/api/meetings', { token, body });
  }

  /** A meeting two minutes ahead: an exhibitor's slot (node a) booked by a visitor with a socket on node b. */
  async function meetingSoon() {
    const ex = await exhibitor();
    const slotId = await oneSlot(ex, 2 * MIN);
    const visitor = await cluster.userWithSocket(b);
    const m = (await book(b, visitor.token, { slotId })).body.meeting;
    return { ex, visitor, m };
  }

  test('staff publish slots given as ISO times with offsets; everyone sees them free, never who booked', async () => {
    const ex = await exhibitor();
    // 10:00 in Hong Kong (+08:00) is 02:00 UTC: the same instant whatever zone it is written in.
    const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const res = await publish(ex.token, ex.boothId, [{ startsAt: `${day}T10:00:00+08:00`, endsAt: `${day}T10:30:00+08:00` }]);
    expect(res.status).toBe(201);
    expect(res.body.slots[0]).toMatchObject({
      startsAt: Date.parse(`${day}T02:00:00Z`),
      endsAt: Date.parse(`${day}T02:30:00Z`),
      staffId: ex.user.id,
    });
    const listed = await slotsOf(ex.boothId);
    expect(listed).toEqual([
      { id: res.body.slots[0].id, startsAt: Date.parse(`${day}T02:00:00Z`), endsAt: Date.parse(`${day}T02:30:00Z`), status: 'free' },
    ]);
  });

  test('50 concurrent bookings of one slot across two nodes make exactly one meeting; the rest get CONFLICT', async () => {
    const ex = await exhibitor();
    const slotId = await oneSlot(ex);
    const visitors = await Promise.all(Array.from({ length: 50 }, () => registerUser(a.url, 'visitor')));
    const answers = await Promise.all(visitors.map((v, i) => book(i % 2 ? b : a, v.token, { slotId })));
    const won = answers.filter((r) => r.status === 201);
    expect(won).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409).every((r) => (r.body as any).error.reason === 'slotTaken')).toBe(true);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(49);
    const meetings = await cluster.node.app.redis.zRange(keys.boothMeetings(ex.boothId), 0, -1);
    expect(meetings).toEqual([won[0]?.body.meeting.id]);
    expect((await slotsOf(ex.boothId))[0]?.status).toBe('booked');
  });

  test('both parties see the meeting in their list and get it on their sockets', async () => {
    const ex = await exhibitor();
    const slotId = await oneSlot(ex);
    const visitor = await cluster.userWithSocket(b);
    const staffSocket = await cluster.connect(a, ex.token);
    const toStaff = nextEvent<{ meeting: Meeting }>(staffSocket, 'meeting:updated');
    const toVisitor = nextEvent<{ meeting: Meeting }>(visitor.socket, 'meeting:updated');
    const res = await book(b, visitor.token, { slotId, exhibitId: ex.exhibitId, note: 'About licensing in HK' });
    expect(res.status).toBe(201);
    expect(res.body.meeting).toMatchObject({
      boothId: ex.boothId,
      slotId,
      visitorId: visitor.user.id,
      staffId: ex.user.id,
      status: 'booked',
      exhibitId: ex.exhibitId,
    });
    expect((await toStaff).meeting.id).toBe(res.body.meeting.id);
    expect((await toVisitor).meeting.id).toBe(res.body.meeting.id);
    for (const [node, token] of [
      [a, ex.token],
      [b, visitor.token],
    ] as const) {
      const list = await api(node.url, 'GET', '/api/meetings', { token });
      expect(list.body.items.map((m: Meeting) => m.id)).toEqual([res.body.meeting.id]);
    }
    const stranger = await registerUser(a.url, 'visitor');
    expect((await api(a.url, 'GET', '/api/meetings', { token: stranger.token })).body.items).toEqual([]);
    const peek = await api(a.url, 'GET', `/api/meetings/${res.body.meeting.id}`, { token: stranger.token });
    expect(peek.status).toBe(403);
  });

  test('a visitor cannot hold overlapping meetings: the second booking is CONFLICT meetingOverlap and changes nothing', async () => {
    const ex1 = await exhibitor();
    const ex2 = await exhibitor();
    const start = Date.now() + 5 * HOUR;
    const s1 = (await publish(ex1.token, ex1.boothId, [{ startsAt: start, endsAt: start + 30 * MIN }])).body.slots[0].id;
    const s2 = (await publish(ex2.token, ex2.boothId, [{ startsAt: start + 15 * MIN, endsAt: start + 45 * MIN }])).body.slots[0].id;
    const visitor = await registerUser(a.url, 'visitor');
    const first = await book(a, visitor.token, { slotId: s1 });
    expect(first.status).toBe(201);
    const second = await book(b, visitor.token, { slotId: s2 });
    expect(second.status).toBe(409);
    expect((second.body as any).error).toMatchObject({
      code: 'CONFLICT',
      reason: 'meetingOverlap',
      details: { meetingId: first.body.meeting.id },
    });
    expect((await slotsOf(ex2.boothId))[0]?.status).toBe('free');
  });

  test('cancelling frees the slot for someone else; the meeting stays listed as cancelled', async () => {
    const ex = await exhibitor();
    const slotId = await oneSlot(ex);
    const v1 = await registerUser(a.url, 'visitor');
    const v2 = await registerUser(a.url, 'visitor');
    const m = (await book(a, v1.token, { slotId })).body.meeting;
    const stranger = await registerUser(a.url, 'visitor');
    expect((await api(b.url, 'POST', `/api/meetings/${m.id}/cancel`, { token: stranger.token })).status).toBe(403);
    const cancelled = await api(b.url, 'POST', `/api/meetings/${m.id}/cancel`, { token: ex.token });
    expect(cancelled.body.meeting).toMatchObject({ status: 'cancelled', seq: 2 });
    expect((await slotsOf(ex.boothId))[0]?.status).toBe('free');
    const again = await book(b, v2.token, { slotId });
    expect(again.status).toBe(201);
    const twice = await api(a.url, 'POST', `/api/meetings/${m.id}/cancel`, { token: v1.token });
    expect(twice.body.error).toMatchObject({ code: 'CONFLICT', reason: 'meetingClosed' });
  });

  test('rescheduling moves the meeting to another free slot of the booth atomically, and refuses taken or foreign slots', async () => {
    const ex = await exhibitor();
    const other = await exhibitor();
    const { start, ids } = await hourlySlots(ex, 3);
    const [s1, s2, s3] = ids;
    const foreign = await oneSlot(other);
    const v1 = await registerUser(a.url, 'visitor');
    const v2 = await registerUser(a.url, 'visitor');
    const m = (await book(a, v1.token, { slotId: s1 })).body.meeting;
    await book(a, v2.token, { slotId: s3 });

    const taken = await api(b.url, 'POST', `/api/meetings/${m.id}/reschedule`, { token: v1.token, body: { slotId: s3 } });
    expect(taken.body.error).toMatchObject({ code: 'CONFLICT', reason: 'slotTaken' });
    const elsewhere = await api(b.url, 'POST', `/api/meetings/${m.id}/reschedule`, { token: v1.token, body: { slotId: foreign } });
    expect(elsewhere.body.error).toMatchObject({ code: 'INVALID_INPUT', details: { fields: ['body.slotId'] } });
    expect((await slotsOf(ex.boothId)).map((s) => s.status)).toEqual(['booked', 'free', 'booked']);

    const moved = await api(b.url, 'POST', `/api/meetings/${m.id}/reschedule`, { token: ex.token, body: { slotId: s2 } });
    expect(moved.body.meeting).toMatchObject({ id: m.id, slotId: s2, startsAt: start + HOUR, status: 'booked' });
    expect((await slotsOf(ex.boothId)).map((s) => s.status)).toEqual(['free', 'booked', 'booked']);
  });

  test('concurrent reschedules of two meetings onto one free slot: exactly one moves', async () => {
    const ex = await exhibitor();
    const [s1, s2, target] = (await hourlySlots(ex, 3)).ids;
    const v1 = await registerUser(a.url, 'visitor');
    const v2 = await registerUser(a.url, 'visitor');
    const m1 = (await book(a, v1.token, { slotId: s1 })).body.meeting;
    const m2 = (await book(a, v2.token, { slotId: s2 })).body.meeting;
    const [r1, r2] = await Promise.all([
      api(a.url, 'POST', `/api/meetings/${m1.id}/reschedule`, { token: v1.token, body: { slotId: target } }),
      api(b.url, 'POST', `/api/meetings/${m2.id}/reschedule`, { token: v2.token, body: { slotId: target } }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    const booked = (await slotsOf(ex.boothId)).filter((s) => s.status === 'booked');
    expect(booked).toHaveLength(2);
    expect(booked.map((s) => s.id)).toContain(target);
  });

  test('bad slots are INVALID_INPUT naming the field, and publish nothing', async () => {
    const ex = await exhibitor();
    const colleague = await registerUser(a.url, 'exhibitor');
    const start = Date.now() + 2 * HOUR;
    const cases: [unknown, string][] = [
      [[{ startsAt: Date.now() - HOUR, endsAt: Date.now() - 30 * MIN }], 'body.slots.0.startsAt'],
      [[{ startsAt: start, endsAt: start + 10 * MIN }], 'body.slots.0.endsAt'],
      [[{ startsAt: start, endsAt: start - 30 * MIN }], 'body.slots.0.endsAt'],
      [[{ startsAt: '2026-13-45T10:00', endsAt: start }], 'body.slots.0.startsAt'],
      [[{ startsAt: start, endsAt: start + 30 * MIN, staffId: colleague.user.id }], 'body.slots.0.staffId'],
      [
        [
          { startsAt: start, endsAt: start + 30 * MIN },
          { startsAt: start + 15 * MIN, endsAt: start + 45 * MIN },
        ],
        'body.slots.1.startsAt',
      ],
      [Array.from({ length: 51 }, (_, i) => ({ startsAt: start + i * HOUR, endsAt: start + i * HOUR + 30 * MIN })), 'body.slots'],
    ];
    for (const [slots, field] of cases) {
      const res = await publish(ex.token, ex.boothId, slots as never);
      expect(res.status).toBe(400);
      expect(res.body.error.details.fields).toContain(field);
    }
    expect(await slotsOf(ex.boothId)).toEqual([]);
    // overlapping a slot already published for the same staff member
    await oneSlot(ex, 2 * HOUR);
    const overlap = await publish(ex.token, ex.boothId, [{ startsAt: start + 20 * MIN, endsAt: start + 50 * MIN }]);
    expect(overlap.body.error).toMatchObject({ code: 'INVALID_INPUT', details: { fields: ['body.slots.0.startsAt'] } });
    expect(await slotsOf(ex.boothId)).toHaveLength(1);
    // someone else's booth
    const outsider = await exhibitor();
    expect((await publish(outsider.token, ex.boothId, [{ startsAt: start + 3 * HOUR, endsAt: start + 4 * HOUR }])).status).toBe(403);
  });

  test("booking one's own booth, an unknown slot or another booth's exhibit is refused and books nothing", async () => {
    const ex = await exhibitor();
    const other = await exhibitor();
    const slotId = await oneSlot(ex);
    const own = await book(a, ex.token, { slotId });
    expect((own.body as any).error).toMatchObject({ code: 'INVALID_INPUT', details: { fields: ['body.slotId'] } });
    const visitor = await registerUser(a.url, 'visitor');
    expect((await book(a, visitor.token, { slotId: 'slot_nope' })).status).toBe(404);
    const wrongExhibit = await book(a, visitor.token, { slotId, exhibitId: other.exhibitId });
    expect((wrongExhibit.body as any).error).toMatchObject({ code: 'INVALID_INPUT', details: { fields: ['body.exhibitId'] } });
    const longNote = await book(a, visitor.token, { slotId, note: 'x'.repeat(501) });
    expect((longNote.body as any).error.details.fields).toContain('body.note');
    expect((await slotsOf(ex.boothId))[0]?.status).toBe('free');
    expect((await api(a.url, 'POST', '/api/meetings', { body: { slotId } })).status).toBe(401);
  });

  test('staff withdraw a free slot but not a booked one', async () => {
    const ex = await exhibitor();
    const free = await oneSlot(ex, 2 * HOUR);
    const taken = await oneSlot(ex, 4 * HOUR);
    const visitor = await registerUser(a.url, 'visitor');
    await book(a, visitor.token, { slotId: taken });
    expect((await api(a.url, 'DELETE', `/api/booths/${ex.boothId}/slots/${free}`, { token: visitor.token })).status).toBe(403);
    expect((await api(a.url, 'DELETE', `/api/booths/${ex.boothId}/slots/${taken}`, { token: ex.token })).body.error).toMatchObject({
      code: 'CONFLICT',
      reason: 'slotBooked',
    });
    expect((await api(a.url, 'DELETE', `/api/booths/${ex.boothId}/slots/${free}`, { token: ex.token })).status).toBe(200);
    expect((await slotsOf(ex.boothId)).map((s) => s.id)).toEqual([taken]);
  });

  test('meeting:join answers its two parties only; chat in meeting:<id> reaches the other party only', async () => {
    const { ex, visitor, m } = await meetingSoon();
    const staffSocket = await cluster.connect(a, ex.token);
    const stranger = await cluster.userWithSocket(a);
    const refused = await emitAck(stranger.socket, 'meeting:join', { meetingId: m.id });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'FORBIDDEN', reason: 'notParty' });
    const guest = await cluster.connect(a);
    expect((await emitAck(guest, 'meeting:join', { meetingId: m.id })).ok).toBe(false);

    const v = await emitAck<MeetingJoinAnswer>(visitor.socket, 'meeting:join', { meetingId: m.id });
    expect(v.ok && v.stream).toBe('visitor');
    const heldEvent = nextEvent<{ meeting: Meeting }>(visitor.socket, 'meeting:updated', (p) => p.meeting.status === 'held');
    const s = await emitAck<MeetingJoinAnswer>(staffSocket, 'meeting:join', { meetingId: m.id });
    expect(s.ok && s.meeting.status).toBe('held');
    expect((await heldEvent).meeting.id).toBe(m.id);

    const room = `meeting:${m.id}`;
    const peek = await emitAck(stranger.socket, 'chat:history', { room });
    expect(!peek.ok && peek.error.code).toBe('FORBIDDEN');
    const intrude = await emitAck(stranger.socket, 'chat:send', { room, text: 'hi', clientMsgId: 'x1' });
    expect(intrude.ok).toBe(false);
    const heard = nextEvent<{ message: { text: string } }>(staffSocket, 'chat:message');
    const sent = await emitAck(visitor.socket, 'chat:send', { room, text: 'Hello from the buyer', clientMsgId: 'm1' });
    expect(sent.ok).toBe(true);
    expect((await heard).message.text).toBe('Hello from the buyer');

    const analytics = await api(a.url, 'GET', '/api/exhibitor/analytics', { token: ex.token });
    expect(analytics.body.meetingsByStatus).toMatchObject({ held: 1 });
    const lead = analytics.body.leads.find((l: { userId: string }) => l.userId === visitor.user.id);
    expect(lead.actions).toMatchObject({ booked: 1, met: 1 });
  });

  test('the video signalling relay passes only between the two parties in the room', async () => {
    const { ex, visitor, m } = await meetingSoon();
    const staffSocket = await cluster.connect(a, ex.token);
    const stranger = await cluster.userWithSocket(a);
    await emitAck(visitor.socket, 'meeting:join', { meetingId: m.id });
    const peer = nextEvent<{ from: string }>(visitor.socket, 'meeting:peer');
    await emitAck(staffSocket, 'meeting:join', { meetingId: m.id });
    expect((await peer).from).toBe(staffSocket.id);

    const wanted = nextEvent<{ stream: string; from: string }>(staffSocket, 'meeting:want');
    expect((await emitAck(visitor.socket, 'meeting:want', { meetingId: m.id, stream: 'staff' })).ok).toBe(true);
    expect(await wanted).toMatchObject({ stream: 'staff', from: visitor.socket.id });

    const offer = { type: 'offer', sdp: 'v=0 fake' };
    const got = nextEvent<{ from: string; description: unknown }>(visitor.socket, 'meeting:signal');
    const relayed = await emitAck(staffSocket, 'meeting:signal', {
      meetingId: m.id,
      stream: 'staff',
      to: visitor.socket.id,
      description: offer,
    });
    expect(relayed.ok).toBe(true);
    expect(await got).toMatchObject({ from: staffSocket.id, description: offer });

    // an outsider can neither send into the room nor be signalled to by a party
    const fromOutside = await emitAck(stranger.socket, 'meeting:signal', {
      meetingId: m.id,
      stream: 'visitor',
      to: visitor.socket.id,
      description: offer,
    });
    expect(!fromOutside.ok && fromOutside.error).toMatchObject({ code: 'FORBIDDEN', reason: 'notJoined' });
    const toOutside = await emitAck(staffSocket, 'meeting:signal', {
      meetingId: m.id,
      stream: 'staff',
      to: stranger.socket.id,
      description: offer,
    });
    expect(!toOutside.ok && toOutside.error).toMatchObject({ code: 'FORBIDDEN', reason: 'notPeer' });
    const wantOutside = await emitAck(stranger.socket, 'meeting:want', { meetingId: m.id, stream: 'staff' });
    expect(wantOutside.ok).toBe(false);
  });

  test('a reminder reaches both parties when the meeting starts', async () => {
    const ex = await exhibitor();
    const start = Date.now() + 1500;
    const slotId = (await publish(ex.token, ex.boothId, [{ startsAt: start, endsAt: start + 15 * MIN }])).body.slots[0].id;
    const visitor = await cluster.userWithSocket(b);
    const staffSocket = await cluster.connect(a, ex.token);
    const m = (await book(b, visitor.token, { slotId })).body.meeting;
    const [v, s] = await Promise.all([
      nextEvent<{ meeting: Meeting }>(visitor.socket, 'meeting:reminder', (p) => p.meeting.id === m.id, 10_000),
      nextEvent<{ meeting: Meeting }>(staffSocket, 'meeting:reminder', (p) => p.meeting.id === m.id, 10_000),
    ]);
    expect(v.meeting.id).toBe(m.id);
    expect(s.meeting.id).toBe(m.id);
  });

  test('a meeting that ended without the staff member becomes a no-show once, and counts in analytics and leads', async () => {
    const { ex, visitor, m } = await meetingSoon();
    await emitAck(visitor.socket, 'meeting:join', { meetingId: m.id });
    // Bring the end into the past (the sweep decides by Redis's clock, which the test cannot move).
    const redis = a.app.redis;
    const past = Date.now() - 1000;
    await redis.hSet(keys.meeting(m.id), 'endsAt', String(past));
    await redis.zAdd(keys.meetingsToSettle, { score: past, value: m.id });
    const settled = nextEvent<{ meeting: Meeting }>(visitor.socket, 'meeting:updated', (p) => p.meeting.status === 'no-show', 10_000);
    await Promise.all([a.app.services.meetings.sweep(), b.app.services.meetings.sweep()]);
    expect((await settled).meeting).toMatchObject({ id: m.id, status: 'no-show', absent: 'staff' });
    expect(await redis.hGet(keys.meeting(m.id), 'seq')).toBe('2');
    const analytics = await api(a.url, 'GET', '/api/exhibitor/analytics', { token: ex.token });
    expect(analytics.body.meetingsByStatus).toMatchObject({ 'no-show': 1 });
    const lead = analytics.body.leads.find((l: { userId: string }) => l.userId === visitor.user.id);
    expect(lead.actions).toMatchObject({ missedMeeting: 1 });
  });

  test('the .ics holds the meeting for its parties, and a cancelled one is exported as cancelled', async () => {
    const ex = await exhibitor();
    const start = Date.now() + 6 * HOUR;
    const slotId = (await publish(ex.token, ex.boothId, [{ startsAt: start, endsAt: start + 45 * MIN }])).body.slots[0].id;
    const visitor = await registerUser(a.url, 'visitor');
    const m = (await book(a, visitor.token, { slotId, note: 'Bring the claims chart' })).body.meeting;
    const res = await fetch(`${b.url}/api/meetings/${m.id}/ics`, { headers: { authorization: `Bearer ${visitor.token}` } });
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const event = new ICAL.Component(ICAL.parse(await res.text())).getFirstSubcomponent('vevent') as ICAL.Component;
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).toBe(Math.floor(start / 1000) * 1000);
    expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().getTime()).toBe(Math.floor((start + 45 * MIN) / 1000) * 1000);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(String(event.getFirstPropertyValue('description'))).toContain('Bring the claims chart');
    expect(String(event.getFirstPropertyValue('url'))).toContain(`/meetings/${m.id}`);
    const stranger = await registerUser(a.url, 'visitor');
    expect((await api(a.url, 'GET', `/api/meetings/${m.id}/ics`, { token: stranger.token })).status).toBe(403);

    await api(a.url, 'POST', `/api/meetings/${m.id}/cancel`, { token: visitor.token });
    const after = await fetch(`${a.url}/api/meetings/${m.id}/ics`, { headers: { authorization: `Bearer ${ex.token}` } });
    const cancelled = new ICAL.Component(ICAL.parse(await after.text())).getFirstSubcomponent('vevent') as ICAL.Component;
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(Number(cancelled.getFirstPropertyValue('sequence'))).toBe(2);
  });

  test('a user who books and cancels over and over is RATE_LIMITED, and the refused booking changes nothing', async () => {
    const ex = await exhibitor();
    const slotId = await oneSlot(ex);
    const visitor = await registerUser(a.url, 'visitor');
    // 30 changes per 10 minutes, counted across both nodes: 15 bookings and 15 cancellations pass.
    for (let i = 0; i < 15; i++) {
      const booked = await book(i % 2 ? a : b, visitor.token, { slotId });
      expect(booked.status).toBe(201);
      expect(
        (await api((i % 2 ? b : a).url, 'POST', `/api/meetings/${booked.body.meeting.id}/cancel`, { token: visitor.token })).status,
      ).toBe(200);
    }
    const refused = await book(a, visitor.token, { slotId });
    expect(refused.status).toBe(429);
    expect((refused.body as any).error).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await slotsOf(ex.boothId))[0]?.status).toBe('free');
  });
});
