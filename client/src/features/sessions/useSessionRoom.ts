import type { AudienceKind, LiveSession, SessionQuestion, SessionReaction } from '@pavilion/shared';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import { ApiError, onConnectionState, onServer, socketRequest } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { sessionChatRoom } from './sessionApi';
import { holdSession, retryJoin } from './sessionPresence';
import { initialSessionRoom, sessionRoomReducer } from './sessionRoom';

/** What a screen can do in a session; each rejects with the server's ApiError for the screen to show. */
export interface SessionActions {
  ask(text: string): Promise<SessionQuestion>;
  upvote(questionId: string): Promise<void>;
  markAnswered(questionId: string): Promise<void>;
  /** Loads the next page of questions (the join ack carries the first). */
  loadMoreQuestions(): Promise<void>;
  react(emoji: SessionReaction): Promise<void>;
  /**
   * Staff: start a scheduled session now (recorded for a replay unless `record` is false; for `audience`, else for
   * whom it was scheduled).
   */
  start(options?: { record?: boolean; audience?: AudienceKind }): Promise<void>;
  end(): Promise<void>;
  spotlight(exhibitId: string | null): Promise<void>;
  /** Staff: this tab's camera or screen is on (or off). */
  broadcast(on: boolean): Promise<void>;
  retryJoin(): void;
}

/**
 * One session kept current: joined (and joined again after every reconnect), its pushes applied
 * (`session:updated`, `session:question`), its chat room opened from the join ack, and left when the
 * screen goes away.
 */
export function useSessionRoom(sessionId: string) {
  const [state, dispatch] = useReducer(sessionRoomReducer, initialSessionRoom);
  const openChatRoom = useAppStore((s) => s.openChatRoom);
  const closeChatRoom = useAppStore((s) => s.closeChatRoom);

  useEffect(() => {
    const room = sessionChatRoom(sessionId);
    const offs = [
      onServer('session:updated', ({ session }) => {
        if (session.id === sessionId) dispatch({ type: 'session', session });
      }),
      onServer('session:question', ({ question }) => {
        if (question.sessionId === sessionId) dispatch({ type: 'question', question });
      }),
      onConnectionState((s) => {
        if (s !== 'online') dispatch({ type: 'offline' });
      }),
    ];
    const release = holdSession(sessionId, {
      joined: (answer) => {
        dispatch({ type: 'joined', answer });
        void openChatRoom(room, answer.messages);
      },
      failed: (error) =>
        dispatch({
          type: 'joinFailed',
          code: error instanceof ApiError ? error.code : 'INTERNAL',
          reason: error instanceof ApiError ? error.reason : undefined,
        }),
    });
    return () => {
      for (const off of offs) off();
      release();
      closeChatRoom(room);
    };
  }, [sessionId, openChatRoom, closeChatRoom]);

  const session = useRef(state.session);
  session.current = state.session;
  const nextOffset = useRef(state.nextQuestionOffset);
  nextOffset.current = state.nextQuestionOffset;
  const actions = useMemo<SessionActions>(() => {
    const apply = (next: { session: LiveSession }) => dispatch({ type: 'session', session: next.session });
    return {
      ask: async (text) => {
        const { question } = await socketRequest('session:ask', { sessionId, text });
        dispatch({ type: 'question', question });
        return question;
      },
      upvote: async (questionId) => {
        try {
          const { question } = await socketRequest('session:upvote', { sessionId, questionId });
          dispatch({ type: 'question', question });
          dispatch({ type: 'voted', questionId });
        } catch (error) {
          // CONFLICT: this user's vote is already counted (another tab): the button just stays off.
          if (error instanceof ApiError && error.code === 'CONFLICT') dispatch({ type: 'voted', questionId });
          else throw error;
        }
      },
      markAnswered: async (questionId) => {
        const { question } = await socketRequest('session:answer', { sessionId, questionId });
        dispatch({ type: 'question', question });
      },
      loadMoreQuestions: async () => {
        const offset = nextOffset.current;
        const page = await socketRequest('session:questions', { sessionId, offset });
        dispatch({ type: 'questionPage', offset, page });
      },
      react: async (emoji) => {
        await socketRequest('session:react', { sessionId, emoji });
      },
      start: async (options) => {
        const current = session.current;
        if (!current) return;
        const record = options?.record ?? true;
        const audience = options?.audience ?? current.audience;
        apply(await socketRequest('session:start', { boothId: current.boothId, title: current.title, sessionId, record, audience }));
      },
      end: async () => apply(await socketRequest('session:end', { sessionId })),
      spotlight: async (exhibitId) => apply(await socketRequest('session:spotlight', { sessionId, exhibitId })),
      broadcast: async (on) => apply(await socketRequest('session:broadcast', { sessionId, on })),
      retryJoin: () => retryJoin(sessionId),
    };
  }, [sessionId]);

  return { state, actions };
}
