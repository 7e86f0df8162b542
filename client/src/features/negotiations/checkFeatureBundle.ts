/** Test helper (not shipped): checks a feature's translation bundle the way the shared catalogs test checks the app's. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [k: string]: string | Tree };
const keys = (o: Tree, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
const value = (o: Tree, key: string) => key.split('.').reduce<unknown>((a, p) => (a as Tree | undefined)?.[p], o) as string;
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

/**
 * Checks a feature bundle like the shared catalogs test checks the app's: every language complete,
 * placeholders kept, Chinese really Chinese, and every key the feature's code asks for present.
 */
export function checkFeatureBundle(resources: Record<'en' | 'zh-CN' | 'zh-HK', Tree>, dir: string): void {
  const en = resources.en;
  const enKeys = keys(en).sort();
  for (const lng of ['zh-CN', 'zh-HK'] as const) {
    const other = resources[lng];
    expect([lng, keys(other).sort()]).toEqual([lng, enKeys]);
    for (const k of enKeys) expect([lng, k, placeholders(value(other, k))]).toEqual([lng, k, placeholders(value(en, k))]);
    const all = keys(other).map((k) => value(other, k));
    expect(all.filter((s) => /[\u4e00-\u9fff]/.test(s)).length / all.length).toBeGreaterThan(0.85);
  }
  const known = new Set(enKeys);
  const plural = new Set(enKeys.filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')));
  const prefixes = new Set(enKeys.flatMap((k) => k.split('.').map((_, i, parts) => `${parts.slice(0, i + 1).join('.')}.`)));
  const missing: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!/\.tsx?$/.test(name) || name.endsWith('.test.ts')) continue;
    const src = readFileSync(join(dir, name), 'utf8');
    for (const m of src.matchAll(/\btx\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
      const key = m[1] as string;
      if (!known.has(key) && !plural.has(key)) missing.push(`${name}: ${key}`);
    }
    for (const m of src.matchAll(/\btx\(\s*`([a-zA-Z0-9_.-]+)\$\{/g)) {
      if (!prefixes.has(m[1] as string)) missing.push(`${name}: ${m[1]}…`);
    }
  }
  expect(missing).toEqual([]);
}
