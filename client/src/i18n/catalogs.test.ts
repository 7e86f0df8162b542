import i18next, { type i18n, type Resource } from 'i18next';
import { LANGUAGES, pickLanguage } from './languages';
import { localeResources } from './localeFiles';
import { NAMESPACES } from './resources';

/** Every key of one namespace in one language, dotted, as i18next stores it. */
function keysOf(instance: i18n, lng: string, ns: string): string[] {
  const walk = (node: unknown, prefix: string): string[] =>
    typeof node === 'string'
      ? [prefix]
      : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => walk(v, prefix ? `${prefix}.${k}` : k));
  return walk(instance.getResourceBundle(lng, ns) ?? {}, '');
}

/** Loaded the way the app loads them, but with no fallback: a key a language lacks must read as missing. */
async function loadAll(resources: Resource): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({ resources, fallbackLng: false, ns: NAMESPACES, defaultNS: 'common', interpolation: { escapeValue: false } });
  return instance;
}

/** For each language: the keys English has that it lacks, and the keys it has that English does not. */
export function keyDrift(instance: i18n, languages: readonly string[]): Record<string, { missing: string[]; extra: string[] }> {
  return Object.fromEntries(
    languages.map((lng) => {
      const missing: string[] = [];
      const extra: string[] = [];
      for (const ns of NAMESPACES) {
        for (const key of keysOf(instance, 'en', ns)) if (!instance.exists(key, { lng, ns })) missing.push(`${ns}:${key}`);
        for (const key of keysOf(instance, lng, ns)) if (!instance.exists(key, { lng: 'en', ns })) extra.push(`${ns}:${key}`);
      }
      return [lng, { missing, extra }];
    }),
  );
}

const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('i18n catalogs (src/locales/<lng>/<namespace>.json)', () => {
  const resources = localeResources();
  let instance: i18n;
  beforeAll(async () => {
    instance = await loadAll(resources);
  });

  test('every language folder is in the language list, and every listed language has a folder', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
    for (const lng of LANGUAGES) expect([lng, Object.keys(resources[lng] ?? {}).sort()]).toEqual([lng, [...NAMESPACES].sort()]);
  });

  test('every language has exactly the keys of en: none missing, none extra', () => {
    const clean = Object.fromEntries(LANGUAGES.map((lng) => [lng, { missing: [], extra: [] }]));
    expect(keyDrift(instance, LANGUAGES)).toEqual(clean);
  });

  test('a language missing a key, or carrying one en lacks, is reported', async () => {
    const broken = structuredClone(resources);
    const hk = broken['zh-HK'] as Record<string, Record<string, unknown>>;
    delete (hk.booth as Record<string, unknown>).verified;
    (hk.common as Record<string, unknown>).stray = '多餘';
    const drift = keyDrift(await loadAll(broken), ['zh-HK']);
    expect(drift['zh-HK']).toEqual({ missing: ['booth:verified'], extra: ['common:stray'] });
  });

  test('translations keep every {{placeholder}} of the English string', () => {
    for (const lng of LANGUAGES) {
      for (const ns of NAMESPACES) {
        for (const key of keysOf(instance, 'en', ns)) {
          const english = instance.getResource('en', ns, key) as string;
          const other = (instance.getResource(lng, ns, key) as string | undefined) ?? '';
          expect([lng, `${ns}:${key}`, placeholders(other)]).toEqual([lng, `${ns}:${key}`, placeholders(english)]);
        }
      }
    }
  });

  test('Chinese catalogs are actually Chinese: most strings carry CJK characters', () => {
    for (const lng of ['zh-CN', 'zh-HK']) {
      const all = NAMESPACES.flatMap((ns) => keysOf(instance, lng, ns).map((key) => instance.getResource(lng, ns, key) as string));
      expect(all.filter((s) => /[\u4e00-\u9fff]/.test(s)).length / all.length).toBeGreaterThan(0.85);
    }
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
