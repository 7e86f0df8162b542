/**
 * What the session page knows about its session, as a reducer over the join ack and the pushes that
 * follow it (`session:updated`, `session:question`). Pure, so the merge rules are unit-tested.
 */
import type { ErrorCode, LiveSession, SessionJoinAnswer, SessionQuestion } from '@pavilion/shared';
import { mergeQuestion, sortQuestions } from './questionOrder';

/** Where joining stands: `rejoining` after a dropped connection (the page keeps working on what it has). */
export type JoinStatus = 'joining' | 'in' | 'rejoining' | 'not-found' | 'error';

/** The session page's state. */
export interface SessionRoomState {
  status: JoinStatus;
  error: ErrorCode | 'NETWORK' | null;
  session: LiveSession | null;
  /** Sorted: most votes first, then oldest first. */
  questions: SessionQuestion[];
  /** Questions this user has upvoted (the button stays disabled for them). */
  myVotes: ReadonlySet<string>;
  /** How video reaches this page (from the join ack). */
  media: Pick<SessionJoinAnswer, 'media' | 'iceServers'> | null;
  /** Successful joins so far. Each is on a new socket id, so video is asked for (or offered) again. */
  joins: number;
}

export type SessionRoomAction =
  | { type: 'joined'; answer: SessionJoinAnswer }
  | { type: 'joinFailed'; code: ErrorCode | 'NETWORK' }
  | { type: 'offline' }
  | { type: 'session'; session: LiveSession }
  | { type: 'question'; question: SessionQuestion }
  | { type: 'voted'; questionId: string };

/** Before the first join ack. */
export const initialSessionRoom: SessionRoomState = {
  status: 'joining',
  error: null,
  session: null,
  questions: [],
  myVotes: new Set(),
  media: null,
  joins: 0,
};

/** The newer of two versions of a session (by `seq`; the viewer count may move without a new seq). */
function newer(known: LiveSession | null, incoming: LiveSession): LiveSession {
  return !known || incoming.seq >= known.seq ? incoming : known;
}

export function sessionRoomReducer(state: SessionRoomState, action: SessionRoomAction): SessionRoomState {
  switch (action.type) {
    case 'joined': {
      const { answer } = action;
      // Pushes that overtook the ack are kept: votes only grow, answers are never taken back.
      let questions = sortQuestions(answer.questions.filter((q) => q.sessionId === answer.session.id));
      for (const q of state.questions) questions = mergeQuestion(questions, q);
      return {
        status: 'in',
        error: null,
        session: newer(state.session, answer.session),
        questions,
        myVotes: new Set([...state.myVotes, ...answer.myVotes]),
        media: { media: answer.media, iceServers: answer.iceServers },
        joins: state.joins + 1,
      };
    }
    case 'joinFailed':
      if (state.status === 'rejoining' && action.code === 'NETWORK') return state;
      return { ...state, status: action.code === 'NOT_FOUND' ? 'not-found' : 'error', error: action.code };
    case 'offline':
      return state.status === 'in' ? { ...state, status: 'rejoining' } : state;
    case 'session': {
      if (state.session && action.session.id !== state.session.id) return state;
      const session = newer(state.session, action.session);
      return session === state.session ? state : { ...state, session };
    }
    case 'question': {
      if (state.session && action.question.sessionId !== state.session.id) return state;
      const questions = mergeQuestion(state.questions, action.question);
      return questions === state.questions ? state : { ...state, questions };
    }
    case 'voted':
      return state.myVotes.has(action.questionId) ? state : { ...state, myVotes: new Set([...state.myVotes, action.questionId]) };
  }
}
