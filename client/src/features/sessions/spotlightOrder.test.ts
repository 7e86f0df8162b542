import { nextSpotlightId } from './spotlightOrder';

test('Next spotlights the exhibit after the current one and wraps round to the first', () => {
  expect(nextSpotlightId(['a', 'b', 'c'], 'a')).toBe('b');
  expect(nextSpotlightId(['a', 'b', 'c'], 'c')).toBe('a');
});

test('Next starts at the first exhibit when nothing (or an exhibit no longer listed) is in the spotlight', () => {
  expect(nextSpotlightId(['a', 'b'], null)).toBe('a');
  expect(nextSpotlightId(['a', 'b'], 'gone')).toBe('a');
  expect(nextSpotlightId([], null)).toBeNull();
});
