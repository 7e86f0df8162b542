/**
 * The Q&A list's rules, as pure functions: most votes first, then oldest first (the server's order), and
 * how a pushed or acknowledged question merges into the list.
 */
import type { SessionQuestion } from '@pavilion/shared';

/** The longest question the server takes (characters). */
export const MAX_QUESTION_LENGTH = 500;

/** Most votes first; on a tie the question asked first; then by id so the order never flickers. */
export function compareQuestions(a: SessionQuestion, b: SessionQuestion): number {
  return b.votes - a.votes || a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A sorted copy. */
export function sortQuestions(questions: readonly SessionQuestion[]): SessionQuestion[] {
  return [...questions].sort(compareQuestions);
}

/**
 * Puts one question (from `session:question` or an ack) into the list: it replaces the question with the
 * same id, or joins the list, and the list is sorted again. Votes only grow and an answer is never
 * taken back, so when an ack and a broadcast cross on the wire the older copy cannot undo the newer one.
 */
export function mergeQuestion(questions: SessionQuestion[], incoming: SessionQuestion): SessionQuestion[] {
  const known = questions.find((q) => q.id === incoming.id);
  const merged = known
    ? { ...incoming, votes: Math.max(known.votes, incoming.votes), answered: known.answered || incoming.answered }
    : incoming;
  if (known && known.votes === merged.votes && known.answered === merged.answered && known.text === merged.text) return questions;
  return sortQuestions([...questions.filter((q) => q.id !== incoming.id), merged]);
}

/** Questions that became answered between two versions of the list (for the screen-reader announcement). */
export function newlyAnswered(before: readonly SessionQuestion[], after: readonly SessionQuestion[]): SessionQuestion[] {
  const was = new Map(before.map((q) => [q.id, q.answered]));
  return after.filter((q) => q.answered && was.get(q.id) === false);
}
