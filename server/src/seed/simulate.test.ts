import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { api, useTestCluster } from '../testing/harness.js';
import { seedDatabase } from './seedDatabase.js';

const script = fileURLToPath(new URL('../../../scripts/simulate.mjs', import.meta.url));

function simulate(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, out }));
  });
}

describe('the traffic simulator', () => {
  const cluster = useTestCluster();

  test('a short replay makes real deals whose statistics equal the ledger and the scaled published totals', async () => {
    await seedDatabase(cluster.node.app.redis, 'demo');
    const run = await simulate([
      '--visitors',
      '4',
      '--minutes',
      '0.25',
      '--url',
      cluster.node.url,
      '--replay-expo',
      '--replay-fraction',
      '0.01',
    ]);
    expect(run.code).toBe(0);
    const stats = (await api(cluster.node.url, 'GET', '/api/stats')).body;
    // 1% of the expo: 23 copyrights (¥1.44 m), 5 patents (¥12 m), 5 trademarks (¥5.23 m).
    expect(stats.deals).toBe(33);
    expect(stats.byType.copyright).toEqual({ count: 23, amount: { amount: 144_000_000, currency: 'CNY' } });
    expect(stats.totalAmount.amount).toBe(1_867_000_000);
    const ledger = await cluster.node.app.services.deals.recomputeTotals();
    expect(ledger.count).toBe(stats.deals);
    expect(ledger.amount).toBe(stats.totalAmount.amount);
    expect(run.out).toMatch(/expo statistics: 33 deals, ¥18,670,000 in total/);
    // A seeded exhibitor hosted a live session for the run and ended it.
    const ended = (await api(cluster.node.url, 'GET', '/api/sessions?status=ended')).body.items;
    expect(ended.length).toBeGreaterThanOrEqual(1);
    expect(ended[0].orgId).toMatch(/^org-s\d+$/);
    expect((await api(cluster.node.url, 'GET', '/api/sessions?status=live')).body.items).toEqual([]);
  }, 90_000);
});
