import { searchQueryString } from './expoSearchApi';
import { paramsFromUrl, SEARCH_PAGE_SIZE } from './searchParams';

describe('search URL', () => {
  test('a search survives the trip through its URL, in canonical class spelling', () => {
    const params = paramsFromUrl(
      new URLSearchParams('q=battery&classes=h01m,NCL%2009&type=patent&minPrice=100&maxPrice=900&sort=price-asc&page=3'),
    );
    expect(params).toEqual({
      q: 'battery',
      classes: ['H01M', '9'],
      type: 'patent',
      minPrice: 100,
      maxPrice: 900,
      sort: 'price-asc',
      page: 3,
      pageSize: SEARCH_PAGE_SIZE,
    });
    expect(paramsFromUrl(new URLSearchParams(searchQueryString(params)))).toEqual(params);
  });

  test('values the server would refuse are dropped, so a mistyped shared link still opens a search', () => {
    const params = paramsFromUrl(
      new URLSearchParams('classes=H01Z,G06N&type=painting&minPrice=5&maxPrice=1&sort=random&page=0&region=ATLANTIS'),
    );
    expect(params).toEqual({ classes: ['G06N'], minPrice: 5, sort: 'relevance', page: 1, pageSize: SEARCH_PAGE_SIZE });
  });

  test('the default order and the first page stay out of the URL', () => {
    expect(searchQueryString({ q: 'kite', sort: 'relevance', page: 1 })).toBe('q=kite');
  });
});
