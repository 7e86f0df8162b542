import { compareStreamIds } from './streamIds';

describe('stream ids order numerically', () => {
  test('10-digit and 13-digit times and sequence numbers sort by value, not as text', () => {
    expect(compareStreamIds('9-0', '10-0')).toBeLessThan(0);
    expect(compareStreamIds('999-0', '1000-0')).toBeLessThan(0);
    expect(compareStreamIds('1700000000000-2', '1700000000000-10')).toBeLessThan(0);
    expect(compareStreamIds('1700000000000-10', '1700000000000-9')).toBeGreaterThan(0);
    expect(compareStreamIds('1700000000001-0', '1700000000000-99')).toBeGreaterThan(0);
  });
  test('beyond float precision, and an id equals itself', () => {
    expect(compareStreamIds('99999999999999999999-1', '99999999999999999998-2')).toBeGreaterThan(0);
    expect(compareStreamIds('99999999999999999999-1', '99999999999999999999-1')).toBe(0);
  });
});
