import type { Booth } from '@pavilion/shared';
import { carpetColor, NEEDS_MATCH_COLOR } from './boothParts';

describe('booth carpets', () => {
  const booth = (id: string, live = false) => ({ id, live }) as Booth;

  test('a booth matching the user’s needs is gold, even while live; others keep their hall or live colour', () => {
    const matching = new Set(['b1']);
    expect(carpetColor(booth('b1'), matching, '#111111', '#ff0000')).toBe(NEEDS_MATCH_COLOR);
    expect(carpetColor(booth('b1', true), matching, '#111111', '#ff0000')).toBe(NEEDS_MATCH_COLOR);
    expect(carpetColor(booth('b2', true), matching, '#111111', '#ff0000')).toBe('#ff0000');
    expect(carpetColor(booth('b2'), matching, '#111111', '#ff0000')).toBe('#111111');
    expect(carpetColor(undefined, matching, '#111111', '#ff0000')).toBe('#111111');
  });
});
