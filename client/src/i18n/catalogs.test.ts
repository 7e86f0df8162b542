import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { en } from './en';
import { pickLanguage } from './languages';
import { zhCN } from './zh-CN';
import { zhHK } from './zh-HK';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}
function leaves(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v as object)));
}
const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('i18n catalogs', () => {
  test('zh-CN and zh-HK have exactly the keys of en: every language is complete', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
    expect(keys(zhHK).sort()).toEqual(keys(en).sort());
  });

  test('translations keep every {{placeholder}} of the English string', () => {
    const flat = (o: object) =>
      Object.fromEntries(keys(o).map((k) => [k, k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o) as string]));
    const e = flat(en);
    for (const other of [flat(zhCN), flat(zhHK)]) {
      for (const [k, v] of Object.entries(e)) expect([k, placeholders(other[k] ?? '')]).toEqual([k, placeholders(v)]);
    }
  });

  test('Chinese catalogs are actually Chinese: most strings carry CJK characters', () => {
    for (const cat of [zhCN, zhHK]) {
      const all = leaves(cat);
      const cjk = all.filter((s) => /[\u4e00-\u9fff]/.test(s));
      expect(cjk.length / all.length).toBeGreaterThan(0.85);
    }
  });

  test('every t("key") used in the source exists in the en catalog', () => {
    const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) files.push(p);
      }
    };
    walk(root);
    const known = new Set(keys(en));
    const pluralBase = new Set([...known].filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')));
    const missing: string[] = [];
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        const key = m[1] as string;
        if (!known.has(key) && !pluralBase.has(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('browser languages map to the closest catalog', () => {
    expect(pickLanguage(['zh-CN'])).toBe('zh-CN');
    expect(pickLanguage(['zh-Hans-CN'])).toBe('zh-CN');
    expect(pickLanguage(['zh-HK'])).toBe('zh-HK');
    expect(pickLanguage(['zh-TW'])).toBe('zh-HK');
    expect(pickLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLanguage(['de'])).toBe('en');
  });
});
