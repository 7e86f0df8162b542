import { dealSourceHref } from './dealSourceHref';

describe('a deal’s exhibit link', () => {
  test('leads to the auction or the negotiation that made the deal', () => {
    expect(dealSourceHref({ source: 'auction', sourceId: 'au_1' })).toBe('/auctions/au_1');
    expect(dealSourceHref({ source: 'negotiation', sourceId: 'ng 2/3' })).toBe('/negotiations/ng%202%2F3');
  });

  test('a deal without a source has no link', () => {
    expect(dealSourceHref({ source: 'negotiation', sourceId: '' })).toBeNull();
  });
});
