import type { LiveSession, SessionQuestion } from '@pavilion/shared';
import {
  api,
  emitAck,
  emitOk,
  registerExhibitorWithBooth,
  registerUser,
  type TestNode,
  type TestSocket,
  useTestCluster,
} from './testing/harness.js';

// A viewer's questions are limited per user per session over the whole cluster: the viewer here asks through a
// socket on each of two nodes in turn, and the limits must hold over both together.
describe('Q&A limits across two nodes', () => {
  const cluster = useTestCluster({ nodes: 2, openQuestionsPerUser: 3, questionsPerMinute: 4 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];

  test('one user cannot hold more than N unanswered questions, nor ask more than M a minute, whichever node they ask through', async () => {
    const host = await registerExhibitorWithBooth(a.url, 'patents', 'Q&A stage');
    const hostSocket = await cluster.connect(a, host.token);
    const { session } = await emitOk<{ session: LiveSession }>(hostSocket, 'session:start', { boothId: host.boothId, title: 'Ask me' });
    const viewer = await registerUser(b.url, 'visitor');
    const sockets = [await cluster.connect(a, viewer.token), await cluster.connect(b, viewer.token)];
    const other = await cluster.userWithSocket(b);
    for (const socket of [...sockets, other.socket]) await emitOk(socket, 'session:join', { sessionId: session.id });
    let turn = 0;
    /** Asks as the viewer, through node a and node b in turn. */
    const ask = (text: string) =>
      emitAck<{ question: SessionQuestion }>(sockets[turn++ % 2] as TestSocket, 'session:ask', { sessionId: session.id, text });

    const asked: SessionQuestion[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await ask(`Question number ${i}`);
      if (r.ok) asked.push(r.question);
    }
    expect(asked).toHaveLength(3);
    // Three unanswered in all (two through one node, one through the other): a fourth is refused on either node.
    for (let i = 0; i < 2; i++) {
      const refused = await ask('One too many');
      expect(!refused.ok && refused.error).toMatchObject({ code: 'RATE_LIMITED', details: { openQuestions: 3 } });
    }
    expect((await emitAck(other.socket, 'session:ask', { sessionId: session.id, text: 'Someone else may ask' })).ok).toBe(true);
    // An answered question frees a place...
    await emitOk(hostSocket, 'session:answer', { sessionId: session.id, questionId: asked[0]?.id });
    expect((await ask('Now I may ask again')).ok).toBe(true);
    // ...but only four a minute in all, answered or not, on either node.
    await emitOk(hostSocket, 'session:answer', { sessionId: session.id, questionId: asked[1]?.id });
    for (let i = 0; i < 2; i++) {
      const tooFast = await ask('And again?');
      expect(!tooFast.ok && tooFast.error).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterMs: expect.any(Number) } });
    }
    expect((await api(b.url, 'GET', `/api/sessions/${session.id}`)).body.questionCount).toBe(5);
  });
});
