import { classAncestors, type Exhibit, type SearchExhibitsAnswer, type SearchFacets } from '@pavilion/shared';
import { seedDatabase } from '../../seed/seedDatabase.js';
import {
  api,
  createExhibit,
  exhibitorWithExhibit,
  registerExhibitorWithBooth,
  type TestNode,
  useTestCluster,
} from '../../testing/harness.js';

type Filters = Record<string, string>;

/** Every item of a search, walking all its pages on one node. */
async function everyPage(node: TestNode, filters: Filters): Promise<{ items: Exhibit[]; first: SearchExhibitsAnswer }> {
  const items: Exhibit[] = [];
  let first: SearchExhibitsAnswer | undefined;
  for (let page = 1; ; page++) {
    const qs = new URLSearchParams({ ...filters, page: String(page), pageSize: '100' });
    const res = await api<SearchExhibitsAnswer>(node.url, 'GET', `/api/exhibits?${qs}`);
    expect(res.status).toBe(200);
    first ??= res.body;
    items.push(...res.body.items);
    if (!res.body.nextCursor) break;
  }
  return { items, first: first as SearchExhibitsAnswer };
}

/** The facets recounted from the items themselves. */
function recount(items: Exhibit[]): SearchFacets {
  const f: SearchFacets = { type: {}, classes: {}, jurisdiction: {}, tradeMode: {}, status: {}, region: {}, hall: {} };
  const bump = (counts: Record<string, number>, v: string) => {
    counts[v] = (counts[v] ?? 0) + 1;
  };
  for (const e of items) {
    bump(f.type, e.type);
    bump(f.jurisdiction, e.jurisdiction);
    bump(f.status, e.status);
    bump(f.region, e.region);
    bump(f.hall, e.hallId);
    for (const m of e.tradeModes) bump(f.tradeMode, m);
    const shown = new Set(e.classes.map((c) => (c.startsWith('LOC ') || /^\d/.test(c) ? c : c.slice(0, 4))));
    for (const c of shown) bump(f.classes, c);
  }
  return f;
}

function satisfies(e: Exhibit, f: Filters): string | null {
  if (f.type && e.type !== f.type) return 'type';
  if (f.jurisdiction && e.jurisdiction !== f.jurisdiction) return 'jurisdiction';
  if (f.tradeMode && !e.tradeModes.includes(f.tradeMode as Exhibit['tradeModes'][number])) return 'tradeMode';
  if (f.status && e.status !== f.status) return 'status';
  if (f.region && e.region !== f.region) return 'region';
  if (f.hallId && e.hallId !== f.hallId) return 'hallId';
  if (f.minPrice && e.askingPrice.amount < Number(f.minPrice)) return 'minPrice';
  if (f.maxPrice && e.askingPrice.amount > Number(f.maxPrice)) return 'maxPrice';
  if (f.classes) {
    const wanted = f.classes.split(',');
    if (!e.classes.some((c) => classAncestors(c).some((level) => wanted.includes(level)))) return 'classes';
  }
  if (f.q && !`${e.title} ${e.summary ?? ''} ${e.orgName} ${e.registrationNumber}`.toLowerCase().includes(f.q.slice(0, 4))) return 'q';
  return null;
}

describe('faceted search', () => {
  const { nodes } = useTestCluster({ nodes: 2 });
  const [a, b] = nodes as [TestNode, TestNode];

  beforeAll(async () => {
    await seedDatabase(a.app.redis, 'demo');
    // The seed announces a full reload; both nodes are rebuilt here so the tests start from a loaded index.
    await Promise.all(nodes.map((n) => n.app.services.catalogFeed.rebuild()));
  });

  const combos: Filters[] = [
    {},
    { type: 'patent' },
    { type: 'patent', classes: 'H' },
    { classes: 'H01,G06' },
    { type: 'trademark', classes: '9', tradeMode: 'assignment' },
    { region: 'GD', minPrice: '100000000', sort: 'price-desc' },
    { jurisdiction: 'CN', status: 'available', maxPrice: '50000000', sort: 'newest' },
    { hallId: 'patents', classes: 'G', sort: 'title' },
    { q: 'battery', type: 'patent' },
    // A price range narrows a kept result: leaving out a few (counted by what it leaves out) or most of it.
    { type: 'patent', minPrice: '1000', sort: 'price-asc' },
    { type: 'patent', minPrice: '1000', maxPrice: '20000000' },
    { q: 'battery', maxPrice: '900000000' },
  ];

  test.each(combos)('every result satisfies every filter and the facets equal a recount over all pages (%o)', async (filters) => {
    const { items, first } = await everyPage(b, filters);
    // Each combination is chosen to match some of the demo set, so the checks below check something.
    expect(first.total).toBeGreaterThan(0);
    expect(items.length).toBe(first.total);
    expect(new Set(items.map((e) => e.id)).size).toBe(items.length);
    expect(items.map((e) => satisfies(e, filters)).filter(Boolean)).toEqual([]);
    expect(first.facets).toEqual(recount(items));
    // The other node, loaded from the same Redis, answers the same.
    const other = await everyPage(a, filters);
    expect(other.items.map((e) => e.id)).toEqual(items.map((e) => e.id));
  });

  test('a facet count is the total the search would have with that value added as a filter', async () => {
    const base = await api<SearchExhibitsAnswer>(b.url, 'GET', '/api/exhibits?type=patent&pageSize=1');
    expect(base.body.total).toBeGreaterThan(0);
    const checks: [string, string, number][] = [
      ...Object.entries(base.body.facets.classes).map(([v, n]): [string, string, number] => ['classes', v, n]),
      ...Object.entries(base.body.facets.region).map(([v, n]): [string, string, number] => ['region', v, n]),
      ...Object.entries(base.body.facets.tradeMode).map(([v, n]): [string, string, number] => ['tradeMode', v, n]),
      ...Object.entries(base.body.facets.hall).map(([v, n]): [string, string, number] => ['hallId', v, n]),
    ];
    expect(checks.length).toBeGreaterThan(5);
    for (const [field, value, count] of checks) {
      const narrowed = await api<SearchExhibitsAnswer>(
        b.url,
        'GET',
        `/api/exhibits?type=patent&${field}=${encodeURIComponent(value)}&pageSize=1`,
      );
      expect([field, value, narrowed.body.total]).toEqual([field, value, count]);
    }
  });

  test('sorting orders the whole result before paging', async () => {
    const asc = await everyPage(b, { type: 'trademark', sort: 'price-asc' });
    const prices = asc.items.map((e) => e.askingPrice.amount);
    expect(prices).toEqual([...prices].sort((x, y) => x - y));
    const newest = await everyPage(b, { type: 'trademark', sort: 'newest' });
    const times = newest.items.map((e) => e.createdAt);
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(new Set(newest.items.map((e) => e.id))).toEqual(new Set(asc.items.map((e) => e.id)));
  });

  test('a price range keeps the asked order: its pages are the whole order with the exhibits outside the range left out, page by page', async () => {
    for (const sort of ['newest', 'title', 'price-desc'] as const) {
      const whole = await everyPage(b, { type: 'patent', sort });
      const prices = whole.items.map((e) => e.askingPrice.amount).sort((x, y) => x - y);
      // A band that leaves out exhibits on both sides, so the narrowed order is not a prefix or suffix of the whole.
      const min = prices[Math.floor(prices.length / 4)] as number;
      const max = prices[Math.floor((3 * prices.length) / 4)] as number;
      const expected = whole.items.filter((e) => e.askingPrice.amount >= min && e.askingPrice.amount <= max).map((e) => e.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(whole.items.length);
      // Small pages, so the range's pages are walked out of the order several times.
      const pages: string[] = [];
      for (let page = 1; ; page++) {
        const qs = new URLSearchParams({
          type: 'patent',
          sort,
          minPrice: String(min),
          maxPrice: String(max),
          page: String(page),
          pageSize: '7',
        });
        const res = await api<SearchExhibitsAnswer>(b.url, 'GET', `/api/exhibits?${qs}`);
        expect(res.body.total).toBe(expected.length);
        pages.push(...res.body.items.map((e) => e.id));
        if (!res.body.nextCursor) break;
      }
      expect([sort, pages]).toEqual([sort, expected]);
    }
  });

  test('a class filter matches by level: H01 finds H01M, Nice 1 does not find 12; a write on one node is found on the other', async () => {
    const { exhibit: cell, ...ex } = await exhibitorWithExhibit(a.url, 'patents', 'Prefix Labs', {
      title: 'Sulfide electrolyte for a solid-state battery cell',
      registrationNumber: 'ZL202410000001.X',
      classes: ['h01m10/0562'],
    });
    expect(cell.classes).toEqual(['H01M 10/0562']);
    const mark = await createExhibit(a.url, ex.token, {
      boothId: ex.boothId,
      type: 'trademark',
      title: 'PREFIXO',
      registrationNumber: 'TM 7654321',
      classes: ['12'],
    });
    const ids = async (qs: string) =>
      ((await api<SearchExhibitsAnswer>(b.url, 'GET', `/api/exhibits?boothId=${ex.boothId}&${qs}`)).body.items ?? []).map((e) => e.id);
    // Node B learns of the writes through the catalog channel: wait for it rather than for a time.
    for (let i = 0; i < 200 && (await ids('')).length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await ids('')).sort()).toEqual([cell.id, mark.id].sort());
    for (const code of ['H', 'H01', 'H01M', 'H01M 10/0562', 'h01m'])
      expect(await ids(`classes=${encodeURIComponent(code)}`)).toEqual([cell.id]);
    expect(await ids('classes=H02')).toEqual([]);
    expect(await ids('classes=G')).toEqual([]);
    expect(await ids('classes=12')).toEqual([mark.id]);
    expect(await ids('classes=1')).toEqual([]);
    expect((await ids('classes=1,H01')).sort()).toEqual([cell.id]);
  });

  test('the class tree counts the exhibits filed under each node at any depth', async () => {
    const sections = await api(b.url, 'GET', '/api/classes?scheme=ipc');
    expect(sections.status).toBe(200);
    expect(sections.body.parent).toBeNull();
    expect(sections.body.items.map((n: { code: string }) => n.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    const h = sections.body.items.find((n: { code: string }) => n.code === 'H');
    expect(h.title).toEqual({ en: 'Electricity', zh: '电学', zhHant: '電學' });
    const underH = await api<SearchExhibitsAnswer>(b.url, 'GET', '/api/exhibits?classes=H&pageSize=1');
    expect(h.count).toBe(underH.body.total);
    expect(h.hasChildren).toBe(true);

    const classes = await api(b.url, 'GET', '/api/classes?scheme=ipc&parent=H');
    expect(classes.body.parent).toMatchObject({ code: 'H', parent: null, count: h.count });
    for (const node of classes.body.items as { code: string; count: number }[]) {
      const found = await api<SearchExhibitsAnswer>(b.url, 'GET', `/api/exhibits?classes=${node.code}&pageSize=1`);
      expect([node.code, node.count]).toEqual([node.code, found.body.total]);
    }
    const subclasses = await api(b.url, 'GET', '/api/classes?scheme=ipc&parent=H01');
    const h01m = subclasses.body.items.find((n: { code: string }) => n.code === 'H01M');
    expect(h01m).toMatchObject({ level: 'subclass', hasChildren: false });
    const underH01m = await api<SearchExhibitsAnswer>(b.url, 'GET', '/api/exhibits?classes=H01M&pageSize=1');
    expect(h01m.count).toBe(underH01m.body.total);

    const nice = await api(b.url, 'GET', '/api/classes?scheme=nice');
    expect(nice.body.items).toHaveLength(45);
    const nine = nice.body.items.find((n: { code: string }) => n.code === '9');
    const niceNine = await api<SearchExhibitsAnswer>(b.url, 'GET', '/api/exhibits?classes=9&pageSize=1');
    expect(nine.count).toBe(niceNine.body.total);
    const locarno = await api(b.url, 'GET', '/api/classes?scheme=locarno');
    expect(locarno.body.items).toHaveLength(32);
    expect(locarno.body.items[0]).toMatchObject({ code: 'LOC 1', title: { en: 'Foodstuffs', zh: '食品' } });
  });

  test('bad facet parameters are refused with INVALID_INPUT naming the field', async () => {
    const cases: [string, string][] = [
      ['classes=H01Z', 'classes.0'],
      ['classes=H01,Q99', 'classes.1'],
      ['type=painting', 'type'],
      ['minPrice=abc', 'minPrice'],
      ['minPrice=500&maxPrice=100', 'minPrice'],
      ['maxPrice=-1', 'maxPrice'],
      ['pageSize=101', 'pageSize'],
      ['page=0', 'page'],
      ['sort=random', 'sort'],
      ['tradeMode=lease', 'tradeMode'],
      ['status=lost', 'status'],
      ['jurisdiction=china', 'jurisdiction'],
      ['region=ATLANTIS', 'region'],
      ['classes=H01&classes=H02', 'classes'],
      ['colour=red', ''],
    ];
    for (const [qs, field] of cases) {
      const res = await api(b.url, 'GET', `/api/exhibits?${qs}`);
      expect([qs, res.status, res.body.error.code]).toEqual([qs, 400, 'INVALID_INPUT']);
      if (field) expect([qs, res.body.error.details.fields]).toEqual([qs, expect.arrayContaining([`query.${field}`])]);
    }
    for (const [qs, field] of [
      ['scheme=cpc', 'scheme'],
      ['scheme=ipc&parent=Q12', 'parent'],
      ['scheme=nice&parent=H01', 'parent'],
    ] as const) {
      const res = await api(b.url, 'GET', `/api/classes?${qs}`);
      expect([qs, res.status, res.body.error.details.fields]).toEqual([qs, 400, expect.arrayContaining([`query.${field}`])]);
    }
  });

  test('a repeated search is answered 304 on revalidation until the catalog changes, then with the change', async () => {
    const ex = await registerExhibitorWithBooth(a.url, 'patents', 'Revalidation Labs');
    const path = `/api/exhibits?boothId=${ex.boothId}&sort=newest`;
    const first = await api<SearchExhibitsAnswer>(b.url, 'GET', path);
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(0);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    // How a browser revalidates; without a Cache-Control of its own, fetch sends `no-cache`, which asks for a full answer.
    const revalidate = { 'if-none-match': etag as string, 'cache-control': 'max-age=0' };
    // Asked again (now from the node's cache of pages): the same bytes, and 304 for a client holding them.
    const again = await api<SearchExhibitsAnswer>(b.url, 'GET', path);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.body).toEqual(first.body);
    const again304 = await api(b.url, 'GET', path, { headers: revalidate });
    expect(again304.status).toBe(304);

    const added = await createExhibit(a.url, ex.token, {
      boothId: ex.boothId,
      title: 'Cached answer buster',
      registrationNumber: 'ZL202410000077.2',
    });
    // Node B learns of the write through the catalog channel: wait for it rather than for a time.
    let after = await api<SearchExhibitsAnswer>(b.url, 'GET', path, { headers: revalidate });
    for (let i = 0; i < 200 && after.status === 304; i++) {
      await new Promise((r) => setTimeout(r, 10));
      after = await api<SearchExhibitsAnswer>(b.url, 'GET', path, { headers: revalidate });
    }
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(after.body.items.map((e) => e.id)).toEqual([added.id]);
    expect(after.body.facets.hall).toEqual({ patents: 1 });
  });

  test('a page gzipped for a client that accepts it is the same answer as the plain one', async () => {
    const path = '/api/exhibits?type=patent&pageSize=50';
    const plain = await fetch(`${b.url}${path}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const zipped = await fetch(`${b.url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    // fetch undoes the gzip: both decode to the same answer.
    expect(await zipped.json()).toEqual(await plain.json());
  });
});
