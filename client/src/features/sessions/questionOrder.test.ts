import type { SessionQuestion } from '@pavilion/shared';
import { mergeQuestion, newlyAnswered, sortQuestions } from './questionOrder';

const q = (id: string, votes: number, at: number, answered = false): SessionQuestion => ({
  id,
  sessionId: 's1',
  userId: `u-${id}`,
  userName: `User ${id}`,
  text: `Question ${id}?`,
  votes,
  answered,
  at,
});

test('questions are ordered by votes, most first, then by time, oldest first', () => {
  const sorted = sortQuestions([q('a', 1, 300), q('b', 3, 500), q('c', 1, 100), q('d', 3, 200)]);
  expect(sorted.map((x) => x.id)).toEqual(['d', 'b', 'c', 'a']);
});

test('a session:question update replaces the question and re-sorts the list', () => {
  const list = sortQuestions([q('a', 2, 100), q('b', 1, 200), q('c', 0, 300)]);
  const next = mergeQuestion(list, q('c', 3, 300));
  expect(next.map((x) => [x.id, x.votes])).toEqual([
    ['c', 3],
    ['a', 2],
    ['b', 1],
  ]);
  expect(next.filter((x) => x.id === 'c')).toHaveLength(1);
});

test('a new question joins the list in its place', () => {
  const list = sortQuestions([q('a', 2, 100), q('b', 0, 200)]);
  expect(mergeQuestion(list, q('c', 0, 150)).map((x) => x.id)).toEqual(['a', 'c', 'b']);
});

test('an older copy of a question cannot lower its votes or take back its answer (ack and broadcast cross)', () => {
  const list = [q('a', 4, 100, true)];
  const next = mergeQuestion(list, q('a', 3, 100, false));
  expect(next[0]).toMatchObject({ votes: 4, answered: true });
});

test('a copy that changes nothing leaves the list as it was', () => {
  const list = [q('a', 1, 100)];
  expect(mergeQuestion(list, q('a', 1, 100))).toBe(list);
});

test('newlyAnswered lists exactly the questions that went from open to answered', () => {
  const before = [q('a', 1, 100), q('b', 0, 200, true), q('c', 0, 300)];
  const after = [q('a', 1, 100, true), q('b', 0, 200, true), q('c', 0, 300), q('d', 0, 400, true)];
  expect(newlyAnswered(before, after).map((x) => x.id)).toEqual(['a']);
});
