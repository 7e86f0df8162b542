import type { LiveSession, SessionQuestion } from '@pavilion/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Refusal } from '../../app/ui/Refusal';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';
import { MAX_QUESTION_LENGTH, newlyAnswered } from './questionOrder';
import { useSessionStep } from './useSessionErrorText';
import type { SessionActions } from './useSessionRoom';

/** The counter turns to a warning colour with this many characters left. */
const NEAR_LIMIT = 50;

interface Props {
  session: LiveSession;
  questions: SessionQuestion[];
  /** How many the session has in all (more than `questions` until every page is loaded). */
  questionCount: number;
  myVotes: ReadonlySet<string>;
  /** Booth staff and organizers mark questions answered. */
  canAnswer: boolean;
  actions: Pick<SessionActions, 'ask' | 'upvote' | 'markAnswered' | 'loadMoreQuestions'>;
}

/** The session's Q&A: ask (accounts, while live), upvote once each, most votes first; staff mark answers. */
export function QuestionsPanel({ session, questions, questionCount, myVotes, canAnswer, actions }: Props) {
  const { t } = useTranslation(['sessions', 'common']);
  const user = useAppStore((s) => s.user);
  const headingId = useId();
  const live = session.status === 'live';
  const announcement = useAnsweredAnnouncement(questions);

  return (
    <section className="card questions" aria-labelledby={headingId} data-testid="questions">
      <div className="section-head">
        <h2 id={headingId} className="section-title">
          {t('sessions:questions.heading')}
        </h2>
        <span className="muted small">{t('sessions:questions.count', { count: Math.max(questionCount, questions.length) })}</span>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="answered-announcement">
        {announcement}
      </p>
      {user ? live ? <AskForm ask={actions.ask} /> : <p className="muted">{t('sessions:questions.notLive')}</p> : <SignInPrompt />}
      {questions.length === 0 ? (
        <p className="muted questions__empty">{t('sessions:questions.empty')}</p>
      ) : (
        <ol className="questions__list">
          {questions.map((q) => (
            <QuestionItem
              key={q.id}
              question={q}
              mine={q.userId === user?.id}
              voted={myVotes.has(q.id)}
              canVote={!!user && live}
              canAnswer={canAnswer && session.status !== 'ended'}
              actions={actions}
            />
          ))}
        </ol>
      )}
      {questions.length < questionCount && <ShowMore load={actions.loadMoreQuestions} />}
    </section>
  );
}

function ShowMore({ load }: { load: SessionActions['loadMoreQuestions'] }) {
  const { t } = useTranslation(['sessions', 'common']);
  const { busy, error, run } = useSessionStep();
  const more = () => run(load);

  return (
    <div className="questions__more">
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={busy}
        onClick={() => void more()}
        data-testid="questions-more"
      >
        {busy ? t('sessions:questions.loadingMore') : t('sessions:questions.showMore')}
      </button>
      <Refusal error={error} />
    </div>
  );
}

function AskForm({ ask }: { ask: SessionActions['ask'] }) {
  const { t } = useTranslation(['sessions', 'common']);
  const [text, setText] = useState('');
  const { busy, error, run } = useSessionStep();
  const inputId = useId();
  const counterId = useId();
  const trimmed = text.trim();
  const left = MAX_QUESTION_LENGTH - text.length;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!trimmed || text.length > MAX_QUESTION_LENGTH || busy) return;
    if (await run(() => ask(trimmed))) setText('');
  }

  return (
    <form className="questions__ask" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('sessions:questions.askLabel')}
      </label>
      <textarea
        id={inputId}
        value={text}
        rows={2}
        maxLength={MAX_QUESTION_LENGTH}
        placeholder={t('sessions:questions.placeholder')}
        aria-describedby={counterId}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter sends; a plain Enter breaks the line (questions can be long).
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) void submit(e);
        }}
      />
      <div className="questions__ask-row">
        <p id={counterId} className={left <= NEAR_LIMIT ? 'questions__counter questions__counter--near' : 'questions__counter'}>
          {t('sessions:questions.charactersLeft', { count: Math.max(0, left) })}
        </p>
        <button type="submit" className="button button--small" disabled={!trimmed || busy}>
          {busy ? t('sessions:questions.asking') : t('sessions:questions.ask')}
        </button>
      </div>
      <Refusal error={error} />
    </form>
  );
}

function QuestionItem({
  question,
  mine,
  voted,
  canVote,
  canAnswer,
  actions,
}: {
  question: SessionQuestion;
  mine: boolean;
  voted: boolean;
  canVote: boolean;
  canAnswer: boolean;
  actions: Pick<SessionActions, 'upvote' | 'markAnswered'>;
}) {
  const { t } = useTranslation(['sessions', 'common']);
  const f = useFormat();
  const step = useSessionStep();
  const { busy, error } = step;
  const run = (kind: 'vote' | 'answer') =>
    step.run(() => (kind === 'vote' ? actions.upvote(question.id) : actions.markAnswered(question.id)));

  return (
    <li
      className={question.answered ? 'question question--answered' : 'question'}
      data-question-id={question.id}
      data-answered={question.answered}
      data-votes={question.votes}
    >
      <button
        type="button"
        className={voted ? 'question__vote question__vote--on' : 'question__vote'}
        disabled={!canVote || voted || busy}
        aria-pressed={voted}
        aria-label={
          voted
            ? `${t('sessions:questions.voted')} · ${t('sessions:questions.votes', { count: question.votes })}`
            : t('sessions:questions.upvote', { text: question.text })
        }
        title={voted ? t('sessions:questions.voted') : undefined}
        onClick={() => void run('vote')}
        data-testid="upvote"
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 3l5 6H3z" fill="currentColor" />
        </svg>
        <span className="question__votes" aria-hidden="true">
          {f.count(question.votes)}
        </span>
      </button>
      <div className="question__body">
        <p className="question__text">{question.text}</p>
        <p className="question__meta">
          <span>{mine ? t('sessions:questions.you') : question.userName}</span>
          <time dateTime={new Date(question.at).toISOString()}>{f.chatTime(question.at)}</time>
          <span className="visually-hidden">{t('sessions:questions.votes', { count: question.votes })}</span>
          {question.answered && (
            <span className="question__answered" data-testid="answered-mark">
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M3 8.5l3 3 7-7" stroke="currentColor" strokeWidth="2" fill="none" strokeLinecap="round" />
              </svg>
              {t('sessions:questions.answered')}
            </span>
          )}
        </p>
        <Refusal error={error} />
      </div>
      {canAnswer && !question.answered && (
        <button
          type="button"
          className="button button--ghost button--small question__mark"
          disabled={busy}
          onClick={() => void run('answer')}
        >
          {t('sessions:questions.markAnswered')}
        </button>
      )}
    </li>
  );
}

function SignInPrompt() {
  const { t } = useTranslation(['sessions', 'common']);
  const location = useLocation();
  return (
    <p className="questions__signin">
      {t('sessions:questions.signIn')}{' '}
      <Link to="/login" state={{ from: location.pathname }}>
        {t('common:signIn')}
      </Link>
    </p>
  );
}

/** "Answered: …" for the screen reader whenever a question becomes answered while we watch. */
function useAnsweredAnnouncement(questions: SessionQuestion[]): string {
  const { t } = useTranslation(['sessions', 'common']);
  const previous = useRef(questions);
  const [text, setText] = useState('');
  useEffect(() => {
    const answered = newlyAnswered(previous.current, questions);
    previous.current = questions;
    if (answered.length > 0) setText(answered.map((q) => t('sessions:questions.announceAnswered', { text: q.text })).join(' '));
  }, [questions, t]);
  return text;
}
