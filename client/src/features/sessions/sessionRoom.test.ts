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

test('a session:updated older than the session on screen is ignored', () => {
  const joined = sessionRoomReducer(initialSessionRoom, { type: 'joined', answer: join() });
  expect(sessionRoomReducer(joined, { type: 'session', session: session(2, { status: 'scheduled' }) }).session?.seq).toBe(3);
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
