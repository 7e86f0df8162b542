import { cnPatentApplicationNumber, type Exhibit } from '@pavilion/shared';
import { api, exhibitorWithExhibit, type TestNode, useTestCluster } from '../../testing/harness.js';
import { MAX_QUERY_TERMS, QUERY_BUDGET, queryTerms, SearchIndex } from './searchIndex.js';

const ONE_LETTER_TERMS = Array.from({ length: 100 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[i % 26]).join(' ');

describe('search', () => {
  const { node } = useTestCluster();

  async function exhibit(title: string) {
    const ex = await exhibitorWithExhibit(node.url, 'patents', 'Lingnan Labs', {
      title,
      registrationNumber: `ZL${cnPatentApplicationNumber(2020, 1, Math.floor(Math.random() * 1e6))}`,
    });
    return ex.exhibit as Exhibit;
  }
  const search = (q: string) => api(node.url, 'GET', `/api/exhibits?q=${encodeURIComponent(q)}`);

  test('search dedupes and caps query terms', async () => {
    expect(queryTerms('Heat heat HEAT spreader')).toEqual(['heat', 'spreader']);
    expect(queryTerms(ONE_LETTER_TERMS)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    const graphene = await exhibit('Graphene heat spreader for wearable lithium batteries and cells');
    // Eight matching terms, repeated; the ninth distinct term (matching nothing) is past the cap and ignored.
    const q = 'graphene heat heat spreader for wearable lithium batteries cells zzzzqqq';
    expect(queryTerms(q)).toHaveLength(MAX_QUERY_TERMS);
    const res = await search(q);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: Exhibit) => e.id)).toEqual([graphene.id]);
    // A query with no words in it matches nothing (it does not list everything).
    expect((await search('!!! ,,,')).body.total).toBe(0);
  });

  test('one- and two-letter terms match whole words only', async () => {
    const antenna = await exhibit('Phased 5G antenna array');
    expect((await search('5g')).body.items.map((e: Exhibit) => e.id)).toEqual([antenna.id]);
    // Prefixes of "phased" and "antenna": too short to prefix-match.
    expect((await search('ph')).body.total).toBe(0);
    expect((await search('an')).body.total).toBe(0);
    // From three letters a term matches as a prefix.
    expect((await search('pha')).body.items.map((e: Exhibit) => e.id)).toEqual([antenna.id]);
    expect((await search(ONE_LETTER_TERMS)).body.total).toBe(0);
  });

  test('a query reads at most QUERY_BUDGET index entries: too common words are ignored, too wide prefixes match whole words', () => {
    const index = new SearchIndex();
    // "common" is in the title and summary of every document and each has its own "pro…" word in both:
    // each alone is more than the budget.
    const docs = Math.ceil(QUERY_BUDGET / 2) + 500;
    for (let i = 0; i < docs; i++) {
      index.put({
        id: `doc${i}`,
        title: `common pro${i}`,
        summary: `common pro${i}`,
        registrationNumber: `R${i}`,
        orgName: 'Org',
        type: 'patent',
        region: 'mainland',
        hallId: 'patents',
        boothId: 'b1',
        orgId: 'o1',
        jurisdiction: 'CN',
        classes: [],
        askingPrice: { amount: 100, currency: 'CNY' },
        tradeModes: ['assignment'],
        status: 'available',
        createdAt: i,
      } as unknown as Exhibit);
    }
    const letters = index.search({ q: ONE_LETTER_TERMS, limit: 20, sort: 'relevance' }).work;
    expect(letters?.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(letters?.prefixed).toEqual([]);

    const wide = index.search({ q: 'pro', limit: 20, sort: 'relevance' });
    expect(wide.work).toMatchObject({ terms: ['pro'], prefixed: [] });
    expect(wide.work?.entries).toBeLessThanOrEqual(QUERY_BUDGET);

    const common = index.search({ q: 'common pro7', limit: 20, sort: 'relevance' });
    expect(common.work).toMatchObject({ terms: ['pro7'], ignored: ['common'] });
    expect(common.work?.entries).toBeLessThanOrEqual(QUERY_BUDGET);
    expect(common.ids[0]).toBe('doc7');

    // An ordinary query runs every term with prefixes and typos.
    const ordinary = index.search({ q: 'pro12', limit: 20, sort: 'relevance' });
    expect(ordinary.work).toMatchObject({ terms: ['pro12'], ignored: [], prefixed: ['pro12'], fuzzy: ['pro12'] });
    expect(ordinary.ids[0]).toBe('doc12');
    expect(ordinary.total).toBeGreaterThan(100);
  });
});

describe('search rate limit', () => {
  const [limited, second] = useTestCluster({ nodes: 2, searchPerIpPerMin: 2 }).nodes as [TestNode, TestNode];

  test('search is rate-limited per address, across nodes, and only text queries count', async () => {
    expect((await api(limited.url, 'GET', '/api/exhibits?q=battery')).status).toBe(200);
    expect((await api(second.url, 'GET', '/api/exhibits?q=thermal')).status).toBe(200);
    const third = await api(limited.url, 'GET', '/api/exhibits?q=graphene');
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('RATE_LIMITED');
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await api(second.url, 'GET', '/api/exhibits?q=graphene')).status).toBe(429);
    // Listing without a text query is a cheap filter and is not limited.
    expect((await api(limited.url, 'GET', '/api/exhibits?type=patent')).status).toBe(200);
    // The limit is kept per client address.
    const counted = await limited.app.redis.keys('rl:search-ip:*');
    expect(counted).toHaveLength(1);
    expect(counted[0]).toMatch(/127\.0\.0\.1$/);
  });
});
