import { Readable } from 'node:stream';
import { cnPatentApplicationNumber, type LiveSession, type SessionJoinAnswer, type SessionQuestion } from '@pavilion/shared';
import { LocalFileStore } from '../../files/fileStore.js';
import { closeRedis, connectRedis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import {
  api,
  cny,
  connectSocket,
  createExhibit,
  emitAck,
  nextEvent,
  registerExhibitorWithBooth,
  registerUser,
  startTestNode,
  startTestRedis,
  type TestNode,
  useTestCluster,
} from '../../testing/harness.js';

describe('live sessions across two nodes', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  const socketFor = cluster.connect;
  let n = 0;

  /** An exhibitor with a booth (in `hallId`), two exhibits and a socket on node a. */
  async function host(hallId = 'patents') {
    n += 1;
    const u = await registerExhibitorWithBooth(a.url, hallId, `Stage ${n}`);
    const exhibits: string[] = [];
    for (let i = 0; i < 2; i++) {
      const exhibit = await createExhibit(a.url, u.token, {
        boothId: u.boothId,
        title: `Spotlit invention ${n}.${i}`,
        registrationNumber: `ZL${cnPatentApplicationNumber(2024, 1, n * 100_000 + i * 10_000 + 1)}`,
        askingPrice: cny(50_000_000),
        tradeModes: ['assignment', 'exclusive'],
      });
      exhibits.push(exhibit.id);
    }
    return { ...u, exhibits, socket: await socketFor(a, u.token) };
  }

  const viewer = (node: TestNode) => cluster.userWithSocket(node);

  async function goLive(h: Awaited<ReturnType<typeof host>>, title = 'Launch talk') {
    const res = await emitAck<{ session: LiveSession }>(h.socket, 'session:start', { boothId: h.boothId, title });
    if (!res.ok) throw new Error(res.error.message);
    return res.session;
  }

  test('going live marks the booth live in its hall and in booth:enter; ending clears it', async () => {
    const h = await host();
    const session = await goLive(h);
    expect(session).toMatchObject({ status: 'live', boothId: h.boothId, hallId: 'patents', title: 'Launch talk', spotlight: null });
    const hall = await api(b.url, 'GET', '/api/halls/patents');
    expect(hall.body.booths.find((x: { id: string }) => x.id === h.boothId).live).toBe(true);
    const visitor = await viewer(b);
    const enter = await emitAck<{ liveSession: LiveSession | null }>(visitor.socket, 'booth:enter', { boothId: h.boothId });
    expect(enter.ok && enter.liveSession?.id).toBe(session.id);
    const live = await api(b.url, 'GET', '/api/sessions?status=live');
    expect(live.body.items.map((s: LiveSession) => s.id)).toContain(session.id);

    const ended = await emitAck<{ session: LiveSession }>(h.socket, 'session:end', { sessionId: session.id });
    expect(ended.ok && ended.session.status).toBe('ended');
    const after = await api(a.url, 'GET', `/api/booths/${h.boothId}`);
    expect(after.body.booth.live).toBe(false);
    const again = await emitAck(h.socket, 'session:end', { sessionId: session.id });
    expect(!again.ok && again.error).toMatchObject({ code: 'CONFLICT', reason: 'ended' });
  });

  test('only one live session per booth: a second start is CONFLICT and creates nothing', async () => {
    const h = await host();
    const first = await goLive(h);
    const second = await emitAck(h.socket, 'session:start', { boothId: h.boothId, title: 'Encore' });
    expect(!second.ok && second.error).toMatchObject({ code: 'CONFLICT', reason: 'alreadyLive', details: { sessionId: first.id } });
    const listed = await api(a.url, `GET`, `/api/sessions?boothId=${h.boothId}`);
    expect(listed.body.items.map((s: LiveSession) => s.id)).toEqual([first.id]);
  });

  test('only staff of the booth host: visitors and other exhibitors get FORBIDDEN, guests UNAUTHENTICATED', async () => {
    const h = await host();
    const visitor = await viewer(a);
    const stranger = await host();
    const byVisitor = await emitAck(visitor.socket, 'session:start', { boothId: h.boothId, title: 'Not mine' });
    expect(!byVisitor.ok && byVisitor.error.code).toBe('FORBIDDEN');
    const byOther = await emitAck(stranger.socket, 'session:start', { boothId: h.boothId, title: 'Not mine' });
    expect(!byOther.ok && byOther.error.code).toBe('FORBIDDEN');
    const guest = await socketFor(a);
    const byGuest = await emitAck(guest, 'session:start', { boothId: h.boothId, title: 'Not mine' });
    expect(!byGuest.ok && byGuest.error.code).toBe('UNAUTHENTICATED');
    const session = await goLive(h);
    for (const [event, payload] of [
      ['session:end', { sessionId: session.id }],
      ['session:spotlight', { sessionId: session.id, exhibitId: h.exhibits[0] }],
      ['session:broadcast', { sessionId: session.id, on: true }],
    ] as const) {
      const res = await emitAck(stranger.socket, event, payload);
      expect({ event, code: !res.ok && res.error.code }).toEqual({ event, code: 'FORBIDDEN' });
    }
    expect((await api(a.url, 'GET', `/api/sessions/${session.id}`)).body.session).toMatchObject({ status: 'live', spotlight: null });
  });

  test('the spotlight reaches viewers on another node; an exhibit of another booth is FORBIDDEN and changes nothing', async () => {
    const h = await host();
    const other = await host();
    const session = await goLive(h);
    const v = await viewer(b);
    const joined = await emitAck<SessionJoinAnswer>(v.socket, 'session:join', { sessionId: session.id });
    expect(joined.ok && joined.session.id).toBe(session.id);
    const seen = nextEvent<{ session: LiveSession }>(v.socket, 'session:updated', (p) => p.session.spotlightExhibitId === h.exhibits[1]);
    const spot = await emitAck<{ session: LiveSession }>(h.socket, 'session:spotlight', {
      sessionId: session.id,
      exhibitId: h.exhibits[1],
    });
    expect(spot.ok && spot.session.spotlight).toMatchObject({ id: h.exhibits[1], title: expect.stringContaining('Spotlit invention') });
    const pushed = await seen;
    expect(pushed.session.spotlight).toMatchObject({
      id: h.exhibits[1],
      askingPrice: cny(50_000_000),
      tradeModes: ['assignment', 'exclusive'],
    });
    const foreign = await emitAck(h.socket, 'session:spotlight', { sessionId: session.id, exhibitId: other.exhibits[0] });
    expect(!foreign.ok && foreign.error.code).toBe('FORBIDDEN');
    expect((await api(a.url, 'GET', `/api/sessions/${session.id}`)).body.session.spotlightExhibitId).toBe(h.exhibits[1]);
  });

  test('spotlight changes from either node come back after the end in order, with server times within the session', async () => {
    const h = await host();
    const other = await host();
    const session = await goLive(h);
    const hostOnB = await socketFor(b, h.token);
    const changes: [typeof h.socket, string | null][] = [
      [h.socket, h.exhibits[0] ?? ''],
      [hostOnB, h.exhibits[1] ?? ''],
      [h.socket, h.exhibits[1] ?? ''], // the same exhibit again is no change
      [hostOnB, null],
      [h.socket, null], // clearing a cleared spotlight is no change
      [hostOnB, h.exhibits[0] ?? ''],
    ];
    for (const [socket, exhibitId] of changes) {
      expect((await emitAck(socket, 'session:spotlight', { sessionId: session.id, exhibitId })).ok).toBe(true);
    }
    const refused = await emitAck(h.socket, 'session:spotlight', { sessionId: session.id, exhibitId: other.exhibits[0] });
    expect(refused.ok).toBe(false);
    const ended = await emitAck<{ session: LiveSession }>(hostOnB, 'session:end', { sessionId: session.id });
    if (!ended.ok) throw new Error(ended.error.message);
    const afterEnd = await emitAck(h.socket, 'session:spotlight', { sessionId: session.id, exhibitId: h.exhibits[1] });
    expect(afterEnd.ok).toBe(false);

    const { body } = await api(b.url, 'GET', `/api/sessions/${session.id}`);
    const spotlights = body.spotlights as { exhibitId: string | null; title: string; at: number }[];
    expect(spotlights.map((x) => x.exhibitId)).toEqual([h.exhibits[0], h.exhibits[1], null, h.exhibits[0]]);
    expect(spotlights[0]?.title).toContain('Spotlit invention');
    expect(spotlights[2]?.title).toBe('');
    const times = spotlights.map((x) => x.at);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(times[0]).toBeGreaterThanOrEqual(ended.session.startedAt ?? Number.POSITIVE_INFINITY);
    expect(times[3]).toBeLessThanOrEqual(ended.session.endedAt ?? 0);
  });

  test('the spotlight history keeps only the latest 200 changes', async () => {
    const h = await host();
    const session = await goLive(h);
    // A long session's history, written directly: the host's sockets are rate limited well below 200 changes.
    const redis = await connectRedis({ url: cluster.redisUrl });
    try {
      const old = Array.from({ length: 200 }, (_, i) => JSON.stringify({ exhibitId: `old${i}`, title: 'Old', at: i + 1 }));
      await redis.rPush(keys.liveSessionSpotlights(session.id), old);
    } finally {
      await closeRedis(redis);
    }
    expect((await emitAck(h.socket, 'session:spotlight', { sessionId: session.id, exhibitId: h.exhibits[0] })).ok).toBe(true);
    expect((await emitAck(h.socket, 'session:spotlight', { sessionId: session.id, exhibitId: null })).ok).toBe(true);
    const { body } = await api(a.url, 'GET', `/api/sessions/${session.id}`);
    const ids = (body.spotlights as { exhibitId: string | null }[]).map((x) => x.exhibitId);
    expect(ids).toHaveLength(200);
    expect(ids.slice(0, 1)).toEqual(['old2']);
    expect(ids.slice(-2)).toEqual([h.exhibits[0], null]);
  });

  test('a replay is served in byte ranges, so a player can seek; a range past the end is 416', async () => {
    const h = await host();
    const session = await goLive(h);
    await emitAck(h.socket, 'session:end', { sessionId: session.id });
    const bytes = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.from(Array.from({ length: 996 }, (_, i) => i % 256))]);
    const store = await LocalFileStore.open(cluster.filesDir);
    const stored = await store.put(Readable.from([bytes]), { maxBytes: 10_000, allowed: ['webm'] });
    const redis = await connectRedis({ url: cluster.redisUrl });
    try {
      await redis.hSet(keys.liveSession(session.id), 'recordingSha', stored.sha256);
    } finally {
      await closeRedis(redis);
    }
    const url = `${b.url}/api/sessions/${session.id}/recording`;
    const whole = await fetch(url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);
    const part = await fetch(url, { headers: { Range: 'bytes=500-599' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 500-599/1000');
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(500, 600))).toBe(true);
    const tail = await fetch(url, { headers: { Range: 'bytes=900-' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(900))).toBe(true);
    const past = await fetch(url, { headers: { Range: 'bytes=5000-6000' } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */1000');
  });

  test('Q&A: sorted by votes then time, one upvote per person, staff answer, bad questions refused', async () => {
    const h = await host();
    const session = await goLive(h);
    const [v1, v2, v3] = [await viewer(a), await viewer(b), await viewer(b)];
    for (const v of [v1, v2, v3]) await emitAck(v.socket, 'session:join', { sessionId: session.id });
    const ask = async (v: typeof v1, text: string) => {
      const res = await emitAck<{ question: SessionQuestion }>(v.socket, 'session:ask', { sessionId: session.id, text });
      if (!res.ok) throw new Error(res.error.message);
      return res.question;
    };
    const q1 = await ask(v1, 'What is the licence term?');
    const q2 = await ask(v2, 'Is the patent granted in the EU?');
    const q3 = await ask(v3, 'Can you show the prototype?');
    const heard = nextEvent<{ question: SessionQuestion }>(
      v1.socket,
      'session:question',
      (p) => p.question.id === q3.id && p.question.votes === 2,
    );
    expect((await emitAck(v1.socket, 'session:upvote', { sessionId: session.id, questionId: q3.id })).ok).toBe(true);
    expect((await emitAck(v2.socket, 'session:upvote', { sessionId: session.id, questionId: q3.id })).ok).toBe(true);
    expect((await emitAck(v3.socket, 'session:upvote', { sessionId: session.id, questionId: q2.id })).ok).toBe(true);
    await heard;
    const twice = await emitAck(v1.socket, 'session:upvote', { sessionId: session.id, questionId: q3.id });
    expect(!twice.ok && twice.error.code).toBe('CONFLICT');
    const listed = (await api(b.url, 'GET', `/api/sessions/${session.id}`)).body.questions as SessionQuestion[];
    expect(listed.map((q) => [q.id, q.votes])).toEqual([
      [q3.id, 2],
      [q2.id, 1],
      [q1.id, 0],
    ]);
    const rejoin = await emitAck<SessionJoinAnswer>(v1.socket, 'session:join', { sessionId: session.id });
    expect(rejoin.ok && rejoin.myVotes).toEqual([q3.id]);

    const tooLong = await emitAck(v1.socket, 'session:ask', { sessionId: session.id, text: 'x'.repeat(501) });
    expect(!tooLong.ok && tooLong.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('text') });
    const byVisitor = await emitAck(v2.socket, 'session:answer', { sessionId: session.id, questionId: q3.id });
    expect(!byVisitor.ok && byVisitor.error.code).toBe('FORBIDDEN');
    const answeredSeen = nextEvent<{ question: SessionQuestion }>(v3.socket, 'session:question', (p) => p.question.answered);
    const answered = await emitAck<{ question: SessionQuestion }>(h.socket, 'session:answer', { sessionId: session.id, questionId: q3.id });
    expect(answered.ok && answered.question).toMatchObject({ id: q3.id, answered: true, votes: 2 });
    expect((await answeredSeen).question.id).toBe(q3.id);

    await emitAck(h.socket, 'session:end', { sessionId: session.id });
    const late = await emitAck(v1.socket, 'session:ask', { sessionId: session.id, text: 'Still there?' });
    expect(!late.ok && late.error).toMatchObject({ code: 'CONFLICT', reason: 'notLive' });
    expect((await api(a.url, 'GET', `/api/sessions/${session.id}`)).body.questions).toHaveLength(3);
  });

  test('session:updated reaches everyone in the hall on another node, not only the booth', async () => {
    const h = await host('gba');
    const walker = await viewer(b);
    expect((await emitAck(walker.socket, 'hall:join', { hallId: 'gba' })).ok).toBe(true);
    const elsewhere = await viewer(b);
    await emitAck(elsewhere.socket, 'hall:join', { hallId: 'copyrights' });
    let leaked = false;
    elsewhere.socket.on('session:updated', () => {
      leaked = true;
    });
    const seen = nextEvent<{ session: LiveSession }>(walker.socket, 'session:updated', (p) => p.session.boothId === h.boothId);
    const session = await goLive(h, 'Hall-wide');
    expect((await seen).session).toMatchObject({ id: session.id, status: 'live' });
    const endSeen = nextEvent<{ session: LiveSession }>(walker.socket, 'session:updated', (p) => p.session.status === 'ended');
    await emitAck(h.socket, 'session:end', { sessionId: session.id });
    await endSeen;
    expect(leaked).toBe(false);
  });

  test('every session:updated a watcher receives, on either node, has a greater seq than the last; each change ack carries its own seq', async () => {
    const h = await host();
    const session = await goLive(h);
    const hostOnB = await socketFor(b, h.token);
    const watchers = [await viewer(a), await viewer(b)];
    const seen: number[][] = [[], []];
    for (const [i, w] of watchers.entries()) {
      w.socket.on('session:updated', (p: { session: LiveSession }) => {
        if (p.session.id === session.id) seen[i]?.push(p.session.seq);
      });
      expect((await emitAck(w.socket, 'session:join', { sessionId: session.id })).ok).toBe(true);
    }
    const ackSeqs: number[] = [];
    // 40 spotlight changes from the host's sockets on both nodes at once, while viewers come and go.
    const comers = await Promise.all(Array.from({ length: 4 }, (_, i) => viewer(i % 2 ? a : b)));
    await Promise.all([
      ...Array.from({ length: 40 }, async (_, k) => {
        const ack = await emitAck<{ session: LiveSession }>(k % 2 ? hostOnB : h.socket, 'session:spotlight', {
          sessionId: session.id,
          exhibitId: k % 3 === 2 ? null : h.exhibits[k % 2],
        });
        if (ack.ok) ackSeqs.push(ack.session.seq);
      }),
      ...comers.map((c) => emitAck(c.socket, 'session:join', { sessionId: session.id })),
    ]);
    for (const c of comers) await emitAck(c.socket, 'session:leave', { sessionId: session.id });
    // Settle: viewer counts are pushed a second after they move; wait until both watchers hold the session's seq.
    const current = async () => Number(await a.app.redis.hGet(keys.liveSession(session.id), 'seq'));
    let finalSeq = 0;
    for (let round = 0; round < 2; round++) {
      await new Promise((r) => setTimeout(r, 1_200));
      finalSeq = await current();
      for (let j = 0; j < 60 && seen.some((s) => s.at(-1) !== finalSeq); j++) await new Promise((r) => setTimeout(r, 50));
    }
    expect(ackSeqs).toHaveLength(40);
    expect(new Set(ackSeqs).size).toBe(40);
    for (const s of seen) {
      expect(s.at(-1)).toBe(finalSeq);
      // Strictly increasing and without gaps: every change after the join, once, in order.
      const first = s[0] ?? 0;
      expect(s).toEqual(Array.from({ length: finalSeq - first + 1 }, (_, i) => first + i));
      for (const seq of ackSeqs) expect(s).toContain(seq);
    }
  }, 30_000);

  test('one user cannot post more than N questions per session', async () => {
    const limited = await startTestNode(cluster.redisUrl, { openQuestionsPerUser: 3, questionsPerMinute: 4 });
    try {
      const h = await host();
      const session = await goLive(h);
      const v = await viewer(limited);
      const other = await viewer(limited);
      for (const w of [v, other]) await emitAck(w.socket, 'session:join', { sessionId: session.id });
      const ask = (w: typeof v, text: string) =>
        emitAck<{ question: SessionQuestion }>(w.socket, 'session:ask', { sessionId: session.id, text });
      const asked: SessionQuestion[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await ask(v, `Question number ${i}`);
        if (r.ok) asked.push(r.question);
      }
      expect(asked).toHaveLength(3);
      const fourth = await ask(v, 'One too many');
      expect(!fourth.ok && fourth.error).toMatchObject({ code: 'RATE_LIMITED', details: { openQuestions: 3 } });
      expect((await ask(other, 'Someone else may ask')).ok).toBe(true);
      // An answered question frees a place...
      await emitAck(h.socket, 'session:answer', { sessionId: session.id, questionId: asked[0]?.id });
      expect((await ask(v, 'Now I may ask again')).ok).toBe(true);
      // ...but only so many per minute, answered or not.
      await emitAck(h.socket, 'session:answer', { sessionId: session.id, questionId: asked[1]?.id });
      const tooFast = await ask(v, 'And again?');
      expect(!tooFast.ok && tooFast.error).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterMs: expect.any(Number) } });
      const listed = (await api(a.url, 'GET', `/api/sessions/${session.id}`)).body.questionCount;
      expect(listed).toBe(5);
    } finally {
      await limited.close();
    }
  });

  test('session:join carries one page of questions; session:questions returns the rest in order', async () => {
    const h = await host();
    const session = await goLive(h);
    const askers = await Promise.all(Array.from({ length: 4 }, (_, i) => viewer(i % 2 ? a : b)));
    for (const w of askers) await emitAck(w.socket, 'session:join', { sessionId: session.id });
    const askBatch = async (from: number, count: number) => {
      const ids: string[] = [];
      for (let i = from; i < from + count; i++) {
        const w = askers[i % askers.length] as (typeof askers)[number];
        const r = await emitAck<{ question: SessionQuestion }>(w.socket, 'session:ask', {
          sessionId: session.id,
          text: `Question ${String(i).padStart(4, '0')} about the licence terms`,
        });
        if (!r.ok) throw new Error(r.error.message);
        ids.push(r.question.id);
      }
      return ids;
    };
    const joiner = await viewer(b);
    const ackBytes = async () => {
      const r = await emitAck<SessionJoinAnswer>(joiner.socket, 'session:join', { sessionId: session.id });
      if (!r.ok) throw new Error(r.error.message);
      return { answer: r, bytes: Buffer.byteLength(JSON.stringify(r.questions)) };
    };
    const ids = await askBatch(0, 60);
    const small = await ackBytes();
    ids.push(...(await askBatch(60, 60)));
    // Upvotes lift some late questions above earlier ones.
    for (const [k, qid] of [ids[100], ids[110], ids[70]].entries())
      for (const w of askers.slice(0, 3 - k)) await emitAck(w.socket, 'session:upvote', { sessionId: session.id, questionId: qid });
    const big = await ackBytes();
    expect(small.answer.questions).toHaveLength(50);
    expect(big.answer.questions).toHaveLength(50);
    expect(big.answer.questionCount).toBe(120);
    // Twice the questions, the same page: the ack does not grow with the Q&A (votes add a digit at most).
    expect(big.bytes).toBeLessThan(small.bytes * 1.02);
    const pages = [...big.answer.questions];
    for (let offset = 50; ; offset += 50) {
      const page = await emitAck<{ questions: SessionQuestion[]; total: number }>(joiner.socket, 'session:questions', {
        sessionId: session.id,
        offset,
      });
      if (!page.ok) throw new Error(page.error.message);
      expect(page.total).toBe(120);
      if (page.questions.length === 0) break;
      pages.push(...page.questions);
    }
    expect(pages.map((q) => q.id)).toEqual([ids[100], ids[110], ids[70], ...ids.filter((_, i) => ![100, 110, 70].includes(i))]);
    expect(pages.slice(0, 3).map((q) => q.votes)).toEqual([3, 2, 1]);
    const bad = await emitAck(joiner.socket, 'session:questions', { sessionId: session.id, offset: -1 });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('offset') });
  }, 30_000);

  test('questions asked before the Q&A was paged are listed in order all the same', async () => {
    const h = await host();
    const session = await goLive(h);
    const v = await viewer(a);
    await emitAck(v.socket, 'session:join', { sessionId: session.id });
    const ids: string[] = [];
    for (const text of ['First of old', 'Second of old', 'Third of old']) {
      const r = await emitAck<{ question: SessionQuestion }>(v.socket, 'session:ask', { sessionId: session.id, text });
      if (r.ok) ids.push(r.question.id);
    }
    await emitAck(v.socket, 'session:upvote', { sessionId: session.id, questionId: ids[2] });
    // As a session stored by an earlier version looks: no order index.
    await a.app.redis.del(keys.liveSessionQuestionOrder(session.id));
    const listed = (await api(b.url, 'GET', `/api/sessions/${session.id}`)).body;
    expect(listed.questionCount).toBe(3);
    expect(listed.questions.map((q: SessionQuestion) => [q.id, q.votes])).toEqual([
      [ids[2], 1],
      [ids[0], 0],
      [ids[1], 0],
    ]);
  });

  test('viewer counts span nodes and drop when a viewer leaves or disconnects', async () => {
    const h = await host();
    const session = await goLive(h);
    const v1 = await viewer(a);
    const v2 = await viewer(b);
    await emitAck(v1.socket, 'session:join', { sessionId: session.id });
    await emitAck(v2.socket, 'session:join', { sessionId: session.id });
    expect((await api(a.url, 'GET', `/api/sessions/${session.id}`)).body.session.viewers).toBe(2);
    const dropped = nextEvent<{ session: LiveSession }>(v1.socket, 'session:updated', (p) => p.session.viewers === 1, 5000);
    v2.socket.disconnect();
    await dropped;
  });

  test('scheduling, reminders and .ics: a reminded user is notified when the session starts', async () => {
    const h = await host();
    const startsAt = Date.now() + 3_600_000;
    const scheduled = await emitAck<{ session: LiveSession }>(h.socket, 'session:start', {
      boothId: h.boothId,
      title: 'Licensing Q&A, part 2; live',
      description: 'Bring questions',
      startsAt,
    });
    expect(scheduled.ok && scheduled.session).toMatchObject({ status: 'scheduled', startsAt });
    const id = scheduled.ok ? scheduled.session.id : '';
    expect((await api(a.url, 'GET', `/api/booths/${h.boothId}`)).body.booth.live).toBe(false);
    const upcoming = await api(a.url, 'GET', '/api/sessions?status=upcoming');
    expect(upcoming.body.items.map((s: LiveSession) => s.id)).toContain(id);

    const fan = await viewer(b);
    expect((await api(b.url, 'PUT', `/api/sessions/${id}/reminder`, { token: fan.token })).body).toEqual({ reminded: true });
    expect((await api(b.url, 'GET', '/api/sessions/reminders', { token: fan.token })).body.sessionIds).toEqual([id]);
    const guestReminder = await api(b.url, 'PUT', `/api/sessions/${id}/reminder`);
    expect(guestReminder.status).toBe(401);

    const ics = await fetch(`${a.url}/api/sessions/${id}/ics`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const text = await ics.text();
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('SUMMARY:Licensing Q&A\\, part 2\\; live');
    expect(text).toContain(`DTSTART:${new Date(startsAt).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const reminded = nextEvent<{ session: LiveSession }>(fan.socket, 'session:reminder');
    const started = await emitAck<{ session: LiveSession }>(h.socket, 'session:start', {
      boothId: h.boothId,
      title: 'Licensing Q&A',
      sessionId: id,
    });
    expect(started.ok && started.session).toMatchObject({ id, status: 'live' });
    expect((await reminded).session).toMatchObject({ id, status: 'live' });
    const restart = await emitAck(h.socket, 'session:start', { boothId: h.boothId, title: 'Licensing Q&A', sessionId: id });
    expect(!restart.ok && restart.error.code).toBe('CONFLICT');
    const past = await emitAck(h.socket, 'session:start', { boothId: h.boothId, title: 'Yesterday', startsAt: Date.now() - 3_600_000 });
    expect(!past.ok && past.error.code).toBe('INVALID_INPUT');
  });

  test('WebRTC signalling goes only between the host and its viewers, on any node', async () => {
    const h = await host();
    const session = await goLive(h);
    const v = await viewer(b);
    const nosy = await viewer(b);
    await emitAck(v.socket, 'session:join', { sessionId: session.id });
    await emitAck(nosy.socket, 'session:join', { sessionId: session.id });
    const early = await emitAck(v.socket, 'rtc:want', { sessionId: session.id });
    expect(!early.ok && early.error.code).toBe('CONFLICT'); // no video yet
    expect((await emitAck(h.socket, 'session:broadcast', { sessionId: session.id, on: true })).ok).toBe(true);

    const want = nextEvent<{ from: string }>(h.socket, 'rtc:want');
    expect((await emitAck(v.socket, 'rtc:want', { sessionId: session.id })).ok).toBe(true);
    expect((await want).from).toBe(v.socket.id);

    const offer = nextEvent<{ from: string; description: { type: string; sdp: string } }>(v.socket, 'rtc:signal');
    const sent = await emitAck(h.socket, 'rtc:signal', {
      sessionId: session.id,
      to: v.socket.id,
      description: { type: 'offer', sdp: 'v=0 fake-offer' },
    });
    expect(sent.ok).toBe(true);
    expect(await offer).toMatchObject({ from: h.socket.id, description: { type: 'offer', sdp: 'v=0 fake-offer' } });
    const answer = nextEvent<{ from: string; candidate: { candidate: string } }>(h.socket, 'rtc:signal');
    await emitAck(v.socket, 'rtc:signal', {
      sessionId: session.id,
      to: h.socket.id,
      candidate: { candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host', sdpMid: '0', sdpMLineIndex: 0 },
    });
    expect((await answer).from).toBe(v.socket.id);

    const sideways = await emitAck(nosy.socket, 'rtc:signal', {
      sessionId: session.id,
      to: v.socket.id,
      description: { type: 'offer', sdp: 'x' },
    });
    expect(!sideways.ok && sideways.error.code).toBe('FORBIDDEN');
    const both = await emitAck(v.socket, 'rtc:signal', { sessionId: session.id, to: h.socket.id });
    expect(!both.ok && both.error.code).toBe('INVALID_INPUT');

    const gone = nextEvent<{ from: string }>(h.socket, 'rtc:gone');
    await emitAck(v.socket, 'session:leave', { sessionId: session.id });
    expect((await gone).from).toBe(v.socket.id);

    const off = nextEvent<{ session: LiveSession }>(nosy.socket, 'session:updated', (p) => !p.session.broadcasting);
    h.socket.disconnect(); // the only sending socket: the video is off for everyone
    await off;
  });

  test('a fuzz of bad payloads at every session event gets INVALID_INPUT and changes nothing', async () => {
    const h = await host();
    const session = await goLive(h);
    const events = [
      'session:start',
      'session:end',
      'session:spotlight',
      'session:ask',
      'session:upvote',
      'session:answer',
      'session:join',
      'session:react',
      'session:broadcast',
      'rtc:signal',
      'rtc:want',
    ];
    const junk = [
      null,
      42,
      'x',
      [],
      { sessionId: {} },
      { sessionId: session.id, text: 7 },
      { sessionId: session.id, emoji: '💩' },
      { boothId: h.boothId, title: '' },
    ];
    for (const event of events) {
      // a socket per event, so the per-socket (and session:react's own) rate limits stay out of the way
      const socket = await socketFor(a, h.token);
      for (const payload of event === 'session:react' ? junk.slice(0, 6) : junk) {
        const res = await emitAck(socket, event, payload);
        expect({ event, payload, code: !res.ok && res.error.code }).toEqual({ event, payload, code: 'INVALID_INPUT' });
      }
    }
    expect((await api(a.url, 'GET', `/api/sessions/${session.id}`)).body.session).toMatchObject({ status: 'live', seq: session.seq });
    const bad = await api(a.url, 'GET', '/api/sessions?status=soon&limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/query\.status.*query\.limit/);
  });
});

describe('live sessions and a node restart', () => {
  test('a live session, its spotlight and questions survive the node that hosted it; another node ends it', async () => {
    const redis = await startTestRedis();
    const a = await startTestNode(redis.url);
    try {
      const u = await registerExhibitorWithBooth(a.url, 'patents', 'Survivor');
      const ex = await createExhibit(a.url, u.token, {
        boothId: u.boothId,
        title: 'Durable invention',
        registrationNumber: `ZL${cnPatentApplicationNumber(2024, 1, 1)}`,
      });
      const s = await connectSocket(a.url, u.token);
      const started = await emitAck<{ session: LiveSession }>(s, 'session:start', { boothId: u.boothId, title: 'Before the crash' });
      const id = started.ok ? started.session.id : '';
      await emitAck(s, 'session:spotlight', { sessionId: id, exhibitId: ex.id });
      const fan = await registerUser(a.url, 'visitor');
      const fs = await connectSocket(a.url, fan.token);
      await emitAck(fs, 'session:join', { sessionId: id });
      await emitAck(fs, 'session:ask', { sessionId: id, text: 'Will this survive?' });
      s.disconnect();
      fs.disconnect();
      await a.close();

      const c = await startTestNode(redis.url);
      try {
        const got = await api(c.url, 'GET', `/api/sessions/${id}`);
        expect(got.body.session).toMatchObject({ status: 'live', spotlightExhibitId: ex.id, title: 'Before the crash' });
        expect(got.body.questions.map((q: SessionQuestion) => q.text)).toEqual(['Will this survive?']);
        expect((await api(c.url, 'GET', '/api/halls/patents')).body.booths.find((x: { id: string }) => x.id === u.boothId).live).toBe(true);
        const s2 = await connectSocket(c.url, u.token);
        const ended = await emitAck<{ session: LiveSession }>(s2, 'session:end', { sessionId: id });
        expect(ended.ok && ended.session.status).toBe('ended');
        s2.disconnect();
      } finally {
        await c.close();
      }
    } finally {
      await redis.stop();
    }
  });
});
