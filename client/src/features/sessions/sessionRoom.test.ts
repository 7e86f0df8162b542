import type { LiveSession, SessionJoinAnswer, SessionQuestion } from '@pavilion/shared';
import { initialSessionRoom, sessionRoomReducer } from './sessionRoom';

const session = (seq: number, patch: Partial<LiveSession> = {}): LiveSession => ({
  id: 's1',
  boothId: 'b1',
  hallId: 'patents',
  orgId: 'o1',
  boothName: 'Booth',
  orgName: 'Org',
  title: 'Demo day',
  hostId: 'u1',
  hostName: 'Host',
  status: 'live',
  startsAt: 1000,
  startedAt: 1000,
  spotlight: null,
  viewers: 1,
  broadcasting: false,
  transport: 'p2p',
  recorded: false,
  audience: 'public',
  recording: null,
  seq,
  ...patch,
});
const question = (id: string, votes: number, at: number, answered = false): SessionQuestion => ({
  id,
  sessionId: 's1',
  userId: 'u9',
  userName: 'Ann',
  text: `${id}?`,
  votes,
  answered,
  at,
});
const join = (patch: Partial<SessionJoinAnswer> = {}): SessionJoinAnswer => ({
  session: session(3),
  questions: [],
  questionCount: patch.questions?.length ?? 0,
  myVotes: [],
  messages: [],
  iceServers: [{ urls: 'stun:stun.example.org' }],
  media: 'p2p',
  ...patch,
});

test('the join ack seeds the session, the sorted questions, my votes and the media settings', () => {
  const state = sessionRoomReducer(initialSessionRoom, {
    type: 'joined',
    answer: join({ questions: [question('a', 0, 1), question('b', 2, 2)], myVotes: ['b'] }),
  });
  expect(state.status).toBe('in');
  expect(state.questions.map((q) => q.id)).toEqual(['b', 'a']);
  expect(state.myVotes.has('b')).toBe(true);
  expect(state.media).toEqual({ media: 'p2p', iceServers: [{ urls: 'stun:stun.example.org' }] });
  expect(state.joins).toBe(1);
});

test('a session:updated not newer than the session on screen is ignored; a newer one is applied, even after a gap', () => {
  const joined = sessionRoomReducer(initialSessionRoom, { type: 'joined', answer: join() });
  expect(sessionRoomReducer(joined, { type: 'session', session: session(2, { status: 'scheduled' }) }).session?.seq).toBe(3);
  expect(sessionRoomReducer(joined, { type: 'session', session: session(3, { viewers: 9 }) }).session?.viewers).toBe(1);
  expect(sessionRoomReducer(joined, { type: 'session', session: session(7, { viewers: 9 }) }).session?.viewers).toBe(9);
  expect(sessionRoomReducer(joined, { type: 'session', session: session(4, { broadcasting: true }) }).session?.broadcasting).toBe(true);
});

test('a question pushed before the join ack survives the ack with its newer vote count', () => {
  const early = sessionRoomReducer(initialSessionRoom, { type: 'question', question: question('a', 3, 1) });
  const joined = sessionRoomReducer(early, { type: 'joined', answer: join({ questions: [question('a', 2, 1), question('b', 2, 0)] }) });
  expect(joined.questions.map((q) => [q.id, q.votes])).toEqual([
    ['a', 3],
    ['b', 2],
  ]);
});

test('an upvote is remembered across a rejoin whose ack does not list it yet', () => {
  const joined = sessionRoomReducer(initialSessionRoom, { type: 'joined', answer: join() });
  const voted = sessionRoomReducer(joined, { type: 'voted', questionId: 'a' });
  const offline = sessionRoomReducer(voted, { type: 'offline' });
  expect(offline.status).toBe('rejoining');
  const again = sessionRoomReducer(offline, { type: 'joined', answer: join() });
  expect(again.myVotes.has('a')).toBe(true);
  expect(again.joins).toBe(2);
});

test('an unknown session is not-found; a network failure while rejoining keeps the page as it is', () => {
  expect(sessionRoomReducer(initialSessionRoom, { type: 'joinFailed', code: 'NOT_FOUND' }).status).toBe('not-found');
  const rejoining = sessionRoomReducer(sessionRoomReducer(initialSessionRoom, { type: 'joined', answer: join() }), { type: 'offline' });
  expect(sessionRoomReducer(rejoining, { type: 'joinFailed', code: 'NETWORK' })).toBe(rejoining);
});

test('a session for signed-in visitors refuses a guest: the page asks to sign in and keeps nothing of the session but its card', () => {
  const joined = sessionRoomReducer(initialSessionRoom, { type: 'joined', answer: join({ questions: [question('a', 3, 1)] }) });
  const refused = sessionRoomReducer(joined, { type: 'joinFailed', code: 'FORBIDDEN', reason: 'registeredOnly' });
  expect(refused).toMatchObject({ status: 'sign-in', questions: [], media: null, session: joined.session });
  const fresh = sessionRoomReducer(initialSessionRoom, { type: 'joinFailed', code: 'FORBIDDEN', reason: 'registeredOnly' });
  expect(fresh.status).toBe('sign-in');
  expect(sessionRoomReducer(initialSessionRoom, { type: 'joinFailed', code: 'FORBIDDEN' }).status).toBe('error');
});

test('the join ack carries one page of questions; later pages merge in order and count toward the total', () => {
  const joined = sessionRoomReducer(initialSessionRoom, {
    type: 'joined',
    answer: join({ questions: [question('a', 3, 1), question('b', 2, 2)], questionCount: 4 }),
  });
  expect([joined.questionCount, joined.nextQuestionOffset]).toEqual([4, 2]);
  const paged = sessionRoomReducer(joined, {
    type: 'questionPage',
    offset: 2,
    page: { questions: [question('c', 1, 3), question('d', 0, 4)], total: 4, myVotes: ['c'] },
  });
  expect(paged.questions.map((q) => q.id)).toEqual(['a', 'b', 'c', 'd']);
  expect([paged.questionCount, paged.nextQuestionOffset]).toEqual([4, 4]);
  expect(paged.myVotes.has('c')).toBe(true);
  // A newly asked question counts; an upvote of one already counted does not.
  const asked = sessionRoomReducer(paged, { type: 'question', question: question('e', 0, 5) });
  expect(asked.questionCount).toBe(5);
  expect(sessionRoomReducer(asked, { type: 'question', question: question('e', 1, 5) }).questionCount).toBe(5);
});
