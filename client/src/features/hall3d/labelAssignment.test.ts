import { assignLabels } from './labelAssignment';

describe('label pool assignment', () => {
  test('a booth that keeps its label keeps the same slot, so it is not repainted', () => {
    const next = assignLabels(['a', 'b', 'c'], ['c', 'a', 'd']);
    expect(next[0]).toBe('a');
    expect(next[2]).toBe('c');
    expect(next[1]).toBe('d');
  });

  test('never more labels than slots, however many booths are near', () => {
    const next = assignLabels([null, null], ['a', 'b', 'c', 'd']);
    expect(next).toEqual(['a', 'b']);
  });

  test('slots whose booths moved out of range are hidden', () => {
    expect(assignLabels(['a', 'b', 'c'], ['b'])).toEqual([null, 'b', null]);
  });

  test('each booth gets at most one slot', () => {
    const next = assignLabels([null, null, null], ['a', 'a', 'b']);
    expect(next.filter((id) => id === 'a')).toHaveLength(1);
  });
});
