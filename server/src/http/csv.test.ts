import { parse } from 'csv-parse/sync';
import { type DealDraft, dealKeys, RECORD_DEAL_LUA } from '../features/deals/ledger.js';
import { keys } from '../redis/keys.js';
import { LuaScript } from '../redis/luaScript.js';
import { api, connectSocket, emitAck, registerUser, useTestCluster } from '../testing/harness.js';

// Records a deal the way negotiation acceptance and auction closing do inside their own scripts.
const recordScript = new LuaScript(
  'test-csv-record-deal',
  `${LuaScript.compose('lib', [RECORD_DEAL_LUA]).source}
local d = cjson.decode(ARGV[1])
return record_deal(deal_keys(0), d)`,
);

const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV exports', () => {
  const { node } = useTestCluster();
  const redis = () => node.app.redis;

  async function download(path: string, token: string): Promise<Record<string, string>[]> {
    const res = await fetch(`${node.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    return parse(await res.text(), { columns: true }) as Record<string, string>[];
  }

  test('cells starting with =, +, -, @, tab or CR are neutralised in both exports, and ordinary values round-trip', async () => {
    const ex = await registerUser(node.url, 'exhibitor', {
      organization: { name: '@SUM(A1:A9)', kind: 'enterprise', region: 'GD', country: 'CN' },
    });
    const booth = (await api(node.url, 'POST', '/api/booths', { token: ex.token, body: { hallId: 'gba', name: 'CSV booth' } })).body.booth;
    const exhibitBody = (title: string) => ({
      boothId: booth.id,
      type: 'patent',
      title,
      registrationNumber: 'ZL 201710601862.3',
      jurisdiction: 'CN',
      askingPrice: { amount: 100_000, currency: 'CNY' },
      tradeModes: ['assignment'],
    });
    const formulaTitle = (await api(node.url, 'POST', '/api/exhibits', { token: ex.token, body: exhibitBody('=1+2 heat spreader') })).body
      .exhibit;
    const plainTitle = 'Graphene, "thin" spreader';
    const plain = (await api(node.url, 'POST', '/api/exhibits', { token: ex.token, body: exhibitBody(plainTitle) })).body.exhibit;

    // Leads: names the spreadsheet would run. Tab and CR cannot come through the API (input is trimmed),
    // so they are written straight into Redis, as old or imported data might hold them.
    const visitors = await Promise.all(
      ['=HYPERLINK("http://evil")', '+1 visitor', '-foo', 'tab', 'cr', 'Ada Lovelace'].map((displayName) =>
        registerUser(node.url, 'visitor', { displayName, shareContact: true }),
      ),
    );
    await redis().hSet(keys.user(visitors[3]?.user.id), 'displayName', '\t=1+1');
    await redis().hSet(keys.user(visitors[4]?.user.id), 'displayName', '\r=1+1');
    for (const v of visitors) {
      const s = await connectSocket(node.url, v.token);
      expect((await emitAck(s, 'booth:enter', { boothId: booth.id })).ok).toBe(true);
      s.disconnect();
    }
    const leads = await download('/api/exhibitor/leads?format=csv', ex.token);
    const nameOf = (i: number) => leads.find((l) => l.userId === visitors[i]?.user.id)?.name;
    expect([0, 1, 2, 3, 4, 5].map(nameOf)).toEqual([
      `'=HYPERLINK("http://evil")`,
      `'+1 visitor`,
      `'-foo`,
      `'\t=1+1`,
      `'\r=1+1`,
      'Ada Lovelace',
    ]);
    const ada = leads.find((l) => l.userId === visitors[5]?.user.id);
    expect(ada).toMatchObject({ email: visitors[5]?.email, entered: '1', bid: '0' });
    expect(new Date(ada?.firstSeen ?? '').toISOString()).toBe(ada?.firstSeen);

    // Ledger: the exhibit title and the seller's name come from the same writer.
    const buyer = visitors[5];
    const draft = (n: number, exhibitId: string): DealDraft => ({
      id: `csv-deal-${n}`,
      exhibitId,
      ipType: 'patent',
      buyerId: buyer?.user.id,
      sellerOrgId: ex.user.orgId,
      sellerRegion: 'GD',
      hallId: 'gba',
      source: 'negotiation',
      sourceId: `csv-neg-${n}`,
    });
    for (const [n, exhibitId, amount] of [
      [1, formulaTitle.id, 123_450],
      [2, plain.id, 100],
    ] as const) {
      const d = draft(n, exhibitId);
      await recordScript.run(redis(), dealKeys(d), [JSON.stringify({ ...d, amount: String(amount), at: String(Date.now()) })]);
    }
    const ledger = await download('/api/deals?format=csv', ex.token);
    const deal = (id: string) => ledger.find((d) => d.id === id);
    expect(deal('csv-deal-1')).toMatchObject({ exhibitTitle: "'=1+2 heat spreader", sellerOrgName: "'@SUM(A1:A9)", amountYuan: '1234.50' });
    expect(deal('csv-deal-2')).toMatchObject({ exhibitTitle: plainTitle, amountYuan: '1.00', buyerId: buyer?.user.id, currency: 'CNY' });

    for (const row of [...leads, ...ledger]) for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA_START);
  });
});
