/**
 * What the session page knows about its session, as a reducer over the join ack and the pushes that
 * follow it (`session:updated`, `session:question`). Pure, so the merge rules are unit-tested.
 */
import type { ErrorCode, LiveSession, SessionJoinAnswer, SessionQuestion, SessionQuestionsAnswer } from '@pavilion/shared';
import { mergeQuestion, sortQuestions } from './questionOrder';

/**
 * Where joining stands: `rejoining` after a dropped connection (the page keeps working on what it has); `sign-in`
 * when the session is for signed-in visitors and this page has none.
 */
export type JoinStatus = 'joining' | 'in' | 'rejoining' | 'not-found' | 'sign-in' | 'error';

/** The session page's state. */
export interface SessionRoomState {
  status: JoinStatus;
  error: ErrorCode | 'NETWORK' | null;
  session: LiveSession | null;
  /** Sorted: most votes first, then oldest first. The join ack carries the first page; more are loaded on demand. */
  questions: SessionQuestion[];
  /** How many questions the session has in all (the join ack's count, kept up as questions are asked). */
  questionCount: number;
  /** Where the next page of questions starts (questions received through the join ack and pages). */
  nextQuestionOffset: number;
  /** Questions this user has upvoted (the button stays disabled for them). */
  myVotes: ReadonlySet<string>;
  /** How video reaches this page (from the join ack). */
  media: Pick<SessionJoinAnswer, 'media' | 'iceServers'> | null;
  /** Successful joins so far. Each is on a new socket id, so video is asked for (or offered) again. */
  joins: number;
}

export type SessionRoomAction =
  | { type: 'joined'; answer: SessionJoinAnswer }
  | { type: 'joinFailed'; code: ErrorCode | 'NETWORK'; reason?: string }
  | { type: 'offline' }
  | { type: 'session'; session: LiveSession }
  | { type: 'question'; question: SessionQuestion }
  | { type: 'questionPage'; offset: number; page: SessionQuestionsAnswer }
  | { type: 'voted'; questionId: string };

/** Before the first join ack. */
export const initialSessionRoom: SessionRoomState = {
  status: 'joining',
  error: null,
  session: null,
  questions: [],
  questionCount: 0,
  nextQuestionOffset: 0,
  myVotes: new Set(),
  media: null,
  joins: 0,
};

/**
 * The newer of two versions of a session by `seq`: every change, viewer counts included, has its own seq
 * and pushes arrive in seq order, so a push not above the one on screen is old. Each version is the whole
 * session, so one after a gap is applied as is. The join ack may repeat the seq on screen (same version).
 */
function newer(known: LiveSession | null, incoming: LiveSession, orSame = false): LiveSession {
  if (!known) return incoming;
  return incoming.seq > known.seq || (orSame && incoming.seq === known.seq) ? incoming : known;
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
        session: newer(state.session, answer.session, true),
        questions,
        questionCount: Math.max(answer.questionCount ?? answer.questions.length, questions.length),
        nextQuestionOffset: answer.questions.length,
        myVotes: new Set([...state.myVotes, ...answer.myVotes]),
        media: { media: answer.media, iceServers: answer.iceServers },
        joins: state.joins + 1,
      };
    }
    case 'joinFailed': {
      if (state.status === 'rejoining' && action.code === 'NETWORK') return state;
      if (action.reason === 'registeredOnly') {
        // Signed out meanwhile (or never in): nothing of the session stays on screen, only the way to sign in.
        return { ...initialSessionRoom, status: 'sign-in', error: action.code, session: state.session };
      }
      return { ...state, status: action.code === 'NOT_FOUND' ? 'not-found' : 'error', error: action.code };
    }
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
      if (questions === state.questions) return state;
      // A question we did not have with no votes and no answer is a new one (an unloaded one has votes or an answer).
      const isNew = !state.questions.some((q) => q.id === action.question.id) && action.question.votes === 0 && !action.question.answered;
      return { ...state, questions, questionCount: Math.max(state.questionCount + (isNew ? 1 : 0), questions.length) };
    }
    case 'questionPage': {
      let questions = state.questions;
      for (const q of action.page.questions) if (q.sessionId === state.session?.id) questions = mergeQuestion(questions, q);
      return {
        ...state,
        questions,
        questionCount: Math.max(action.page.total, questions.length),
        nextQuestionOffset: Math.max(state.nextQuestionOffset, action.offset + action.page.questions.length),
        myVotes: new Set([...state.myVotes, ...action.page.myVotes]),
      };
    }
    case 'voted':
      return state.myVotes.has(action.questionId) ? state : { ...state, myVotes: new Set([...state.myVotes, action.questionId]) };
  }
}
