import { keys } from '../../redis/keys.js';
import {
  api,
  emitAck,
  nextEvent,
  registerExhibitorWithBooth,
  registerUser,
  signInOrganizer,
  type TestNode,
  type TestSocket,
  useTestCluster,
} from '../../testing/harness.js';

describe('booth rooms and chat across two nodes', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  const connect = cluster.connect;
  let boothId: string;
  let staff: { token: string; socket: TestSocket };
  const visitorIn = async (node: TestNode) => {
    const { token, user, socket } = await cluster.userWithSocket(node);
    const ack = await emitAck(socket, 'booth:enter', { boothId });
    expect(ack.ok).toBe(true);
    return { socket, user, token };
  };

  beforeAll(async () => {
    const ex = await registerExhibitorWithBooth(a.url, 'gba', 'Chatty booth');
    boothId = ex.boothId;
    staff = { token: ex.token, socket: await connect(a, ex.token) };
  });

  test('a message sent on node A reaches a visitor in the booth on node B, and history is oldest first', async () => {
    const sender = await visitorIn(a);
    const reader = await visitorIn(b);
    const received = nextEvent<{ message: { text: string } }>(reader.socket, 'chat:message', (p) => p.message.text === 'hello from A');
    const ack = await emitAck<{ message: { id: string; text: string; userId: string } }>(sender.socket, 'chat:send', {
      room: `booth:${boothId}`,
      text: 'hello from A',
      clientMsgId: 'm-1',
    });
    expect(ack.ok && ack.message).toMatchObject({ text: 'hello from A', userId: sender.user.id });
    expect((await received).message.text).toBe('hello from A');
    await emitAck(sender.socket, 'chat:send', { room: `booth:${boothId}`, text: 'second', clientMsgId: 'm-2' });
    const history = await emitAck<{ messages: { text: string }[] }>(reader.socket, 'chat:history', { room: `booth:${boothId}` });
    const texts = history.ok ? history.messages.map((m) => m.text) : [];
    expect(texts.indexOf('hello from A')).toBeLessThan(texts.indexOf('second'));
  });

  test("a chat message carries its author role: organizer, the booth's staff, or visitor, decided by the server", async () => {
    const organizer = await connect(b, (await signInOrganizer(a)).token);
    expect((await emitAck(organizer, 'booth:enter', { boothId })).ok).toBe(true);
    expect((await emitAck(staff.socket, 'booth:enter', { boothId })).ok).toBe(true);
    const visitor = await visitorIn(a);
    const roles: Record<string, string> = {};
    for (const [who, socket] of [
      ['organizer', organizer],
      ['staff', staff.socket],
      ['visitor', visitor.socket],
    ] as const) {
      const ack = await emitAck<{ message: { authorRole: string } }>(socket, 'chat:send', {
        room: `booth:${boothId}`,
        text: `role check from ${who}`,
        clientMsgId: `role-${who}`,
      });
      if (ack.ok) roles[who] = ack.message.authorRole;
    }
    expect(roles).toEqual({ organizer: 'organizer', staff: 'staff', visitor: 'visitor' });
    const history = await emitAck<{ messages: { text: string; authorRole: string }[] }>(visitor.socket, 'chat:history', {
      room: `booth:${boothId}`,
    });
    const fromOrganizer = history.ok ? history.messages.find((m) => m.text === 'role check from organizer') : undefined;
    expect(fromOrganizer?.authorRole).toBe('organizer');
  });

  test('history pages backwards with before, and catches up with after', async () => {
    const v = await visitorIn(a);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const ack = await emitAck<{ message: { id: string } }>(v.socket, 'chat:send', {
        room: `booth:${boothId}`,
        text: `page ${i}`,
        clientMsgId: `p-${i}`,
      });
      if (ack.ok) ids.push(ack.message.id);
    }
    const page = await emitAck<{ messages: { id: string }[] }>(v.socket, 'chat:history', {
      room: `booth:${boothId}`,
      before: ids[3],
      limit: 2,
    });
    expect(page.ok && page.messages.map((m) => m.id)).toEqual([ids[1], ids[2]]);
    const after = await emitAck<{ messages: { id: string }[] }>(v.socket, 'chat:history', { room: `booth:${boothId}`, after: ids[1] });
    expect(after.ok && after.messages.map((m) => m.id)).toEqual([ids[2], ids[3]]);
  });

  test('a resend with the same clientMsgId returns the first message and is not delivered twice', async () => {
    const sender = await visitorIn(a);
    const reader = await visitorIn(b);
    const got: string[] = [];
    reader.socket.on('chat:message', (p) => {
      if (p.message.clientMsgId === 'same-id' && p.message.userId === sender.user.id) got.push(p.message.id);
    });
    const first = await emitAck<{ message: { id: string } }>(sender.socket, 'chat:send', {
      room: `booth:${boothId}`,
      text: 'once',
      clientMsgId: 'same-id',
    });
    const again = await emitAck<{ message: { id: string } }>(sender.socket, 'chat:send', {
      room: `booth:${boothId}`,
      text: 'once',
      clientMsgId: 'same-id',
    });
    expect(first.ok && again.ok && again.message.id).toBe(first.ok && first.message.id);
    await new Promise((r) => setTimeout(r, 300));
    expect(got).toHaveLength(1);
  });

  test('more than 5 messages in 10 s from one user in one room gets RATE_LIMITED', async () => {
    const v = await visitorIn(a);
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await emitAck(v.socket, 'chat:send', { room: `booth:${boothId}`, text: `spam ${i}`, clientMsgId: `s-${i}` }));
    expect(answers.slice(0, 5).every((x) => x.ok)).toBe(true);
    const last = answers[5];
    expect(last && !last.ok && last.error.code).toBe('RATE_LIMITED');
  });

  test('text is stored as plain text: control characters stripped, 2,000 characters at most', async () => {
    const v = await visitorIn(a);
    const ack = await emitAck<{ message: { text: string } }>(v.socket, 'chat:send', {
      room: `booth:${boothId}`,
      text: ' <b>hi</b>\u0000\u202E ',
      clientMsgId: 'x-1',
    });
    expect(ack.ok && ack.message.text).toBe('<b>hi</b>');
    const long = await emitAck(v.socket, 'chat:send', { room: `booth:${boothId}`, text: 'x'.repeat(2001), clientMsgId: 'x-2' });
    expect(!long.ok && long.error.code).toBe('INVALID_INPUT');
  });

  test('staff delete a message and everyone in the room is told; visitors may not', async () => {
    const v = await visitorIn(b);
    await emitAck(staff.socket, 'booth:enter', { boothId });
    const sent = await emitAck<{ message: { id: string } }>(v.socket, 'chat:send', {
      room: `booth:${boothId}`,
      text: 'delete me',
      clientMsgId: 'd-1',
    });
    const messageId = sent.ok ? sent.message.id : '';
    const byVisitor = await emitAck(v.socket, 'chat:delete', { room: `booth:${boothId}`, messageId });
    expect(!byVisitor.ok && byVisitor.error.code).toBe('FORBIDDEN');
    const told = nextEvent<{ messageId: string }>(v.socket, 'chat:deleted', (p) => p.messageId === messageId);
    const byStaff = await emitAck(staff.socket, 'chat:delete', { room: `booth:${boothId}`, messageId });
    expect(byStaff.ok).toBe(true);
    expect((await told).messageId).toBe(messageId);
    const history = await emitAck<{ messages: { id: string }[] }>(v.socket, 'chat:history', { room: `booth:${boothId}` });
    expect(history.ok && history.messages.map((m) => m.id)).not.toContain(messageId);
    expect(await redis_xlen(keys.moderationLog)).toBeGreaterThanOrEqual(1);
  });

  test('a muted user gets FORBIDDEN for the given minutes', async () => {
    const v = await visitorIn(a);
    const mute = await emitAck(staff.socket, 'chat:mute', { room: `booth:${boothId}`, userId: v.user.id, minutes: 5 });
    expect(mute.ok).toBe(true);
    const send = await emitAck(v.socket, 'chat:send', { room: `booth:${boothId}`, text: 'can I talk?', clientMsgId: 'mu-1' });
    expect(!send.ok && send.error.code).toBe('FORBIDDEN');
  });

  test('chat needs an account, an existing room, and to be inside the booth', async () => {
    const guest = await connect(a);
    const asGuest = await emitAck(guest, 'chat:send', { room: `booth:${boothId}`, text: 'hi', clientMsgId: 'g-1' });
    expect(!asGuest.ok && asGuest.error.code).toBe('UNAUTHENTICATED');
    const { token } = await registerUser(a.url, 'visitor');
    const outside = await connect(a, token);
    const notEntered = await emitAck(outside, 'chat:send', { room: `booth:${boothId}`, text: 'hi', clientMsgId: 'o-1' });
    expect(!notEntered.ok && notEntered.error.code).toBe('FORBIDDEN');
    const noBooth = await emitAck(outside, 'chat:send', { room: 'booth:nope', text: 'hi', clientMsgId: 'o-2' });
    expect(!noBooth.ok && noBooth.error.code).toBe('NOT_FOUND');
    const noNegotiation = await emitAck(outside, 'chat:send', { room: 'negotiation:nope', text: 'hi', clientMsgId: 'o-3' });
    expect(!noNegotiation.ok && noNegotiation.error.code).toBe('NOT_FOUND');
    const badRoom = await emitAck(outside, 'chat:send', { room: 'admin:all', text: 'hi', clientMsgId: 'o-4' });
    expect(!badRoom.ok && badRoom.error.code).toBe('INVALID_INPUT');
  });

  test('booth:enter answers the booth, exhibits, latest messages and occupancy; staff see who is in their booth', async () => {
    const v = await visitorIn(b);
    const enter = await emitAck<{ booth: { id: string }; exhibits: unknown[]; messages: unknown[]; occupants: number; liveSession: null }>(
      v.socket,
      'booth:enter',
      { boothId },
    );
    expect(enter.ok && enter.booth.id).toBe(boothId);
    expect(enter.ok && enter.occupants).toBeGreaterThanOrEqual(1);
    expect(enter.ok && enter.messages.length).toBeGreaterThan(0);
    const leads = await api(a.url, 'GET', `/api/booths/${boothId}/visitors`, { token: staff.token });
    expect(leads.status).toBe(200);
    expect(leads.body.visitors.map((x: { userId: string }) => x.userId)).toContain(v.user.id);
    const asVisitor = await api(a.url, 'GET', `/api/booths/${boothId}/visitors`, { token: v.token });
    expect(asVisitor.status).toBe(403);
    const stats = await a.app.redis.hGet(keys.boothStats(boothId), 'visits');
    expect(Number(stats)).toBeGreaterThanOrEqual(1);
  });

  test('a fuzz of random payloads at every event leaves the nodes healthy and the state unchanged', async () => {
    const { token } = await registerUser(a.url, 'visitor');
    const fuzzer = await connect(a, token);
    const events = [
      'hall:join',
      'hall:move',
      'hall:leave',
      'booth:enter',
      'booth:leave',
      'chat:send',
      'chat:history',
      'chat:delete',
      'chat:mute',
      'chat:typing',
      'stats:subscribe',
      'session:start',
      'negotiation:open',
      'auction:bid',
      'nonsense:event',
    ];
    const junk = [
      null,
      undefined,
      0,
      -1,
      1e308,
      Number.NaN,
      '',
      'x'.repeat(3000),
      [],
      {},
      { room: 'booth:x' },
      { hallId: {} },
      { boothId: ['a'] },
      { x: 'a', z: {}, heading: [] },
      { room: `booth:${boothId}`, text: 42, clientMsgId: {} },
      { __proto__: { admin: true } },
      { auctionId: 'a', bidId: 'b', amount: { amount: -1, currency: 'CNY' } },
    ];
    const before = { msgs: await redis_xlen(keys.chatStream(`booth:${boothId}`)), exhibits: await a.app.redis.sCard(keys.exhibits) };
    let acked = 0;
    for (let i = 0; i < 300; i++) {
      const event = events[i % events.length] as string;
      const payload = junk[(i * 7) % junk.length];
      await new Promise<void>((res) => {
        const t = setTimeout(res, 50); // events nobody handles get no ack
        (fuzzer.emit as (...x: unknown[]) => void)(event, payload, (answer: { ok: boolean }) => {
          if (answer && answer.ok === false) acked += 1;
          clearTimeout(t);
          res();
        });
      });
      if (i % 40 === 39) await new Promise((r) => setTimeout(r, 1100)); // stay under the per-socket event rate
    }
    expect(acked).toBeGreaterThan(200);
    expect((await api(a.url, 'GET', '/api/health')).status).toBe(200);
    expect((await api(b.url, 'GET', '/api/health')).status).toBe(200);
    expect(await redis_xlen(keys.chatStream(`booth:${boothId}`))).toBe(before.msgs);
    expect(await a.app.redis.sCard(keys.exhibits)).toBe(before.exhibits);
    const fine = await visitorIn(a);
    expect((await emitAck(fine.socket, 'chat:history', { room: `booth:${boothId}` })).ok).toBe(true);
  });

  async function redis_xlen(key: string): Promise<number> {
    return a.app.redis.xLen(key);
  }
});
