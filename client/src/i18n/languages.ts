/**
 * Languages the app ships, in menu order, each named in its own language. Adding a language is a
 * folder of JSON files in `src/locales/<lng>/` (one per namespace, the same keys as `en/`) plus one
 * line here.
 */
const LANGUAGE_NAMES = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-HK': '繁體中文',
} as const;

/** One of {@link LANGUAGES}. */
export type Language = keyof typeof LANGUAGE_NAMES;
export const LANGUAGES = Object.keys(LANGUAGE_NAMES) as Language[];

/** A language's name in that language, for the picker. */
export function languageName(lng: Language): string {
  return LANGUAGE_NAMES[lng];
}

const STORAGE_KEY = 'pavilion.lang';

/** Picks the best supported language for a list of browser preferences (e.g. navigator.languages). */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const raw of preferred) {
    const tag = raw.toLowerCase();
    const exact = LANGUAGES.find((lng) => lng.toLowerCase() === tag);
    if (exact) return exact;
    // Traditional-script Chinese reads best in the Hong Kong catalog, every other Chinese in the simplified one.
    if (tag === 'zh-mo' || tag === 'zh-tw' || tag.startsWith('zh-hant')) return 'zh-HK';
    if (tag.startsWith('zh')) return 'zh-CN';
    const primary = tag.split('-')[0];
    const sameLanguage = LANGUAGES.find((lng) => lng.toLowerCase().split('-')[0] === primary);
    if (sameLanguage) return sameLanguage;
  }
  return 'en';
}

/** The language chosen before (saved), else the browser's preference. */
export function initialLanguage(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  } catch {
    // Storage can be blocked (privacy mode); fall back to the browser's languages.
  }
  const nav = globalThis.navigator;
  return pickLanguage(nav?.languages?.length ? nav.languages : [nav?.language ?? 'en']);
}

/** Remembers the visitor's choice. */
export function saveLanguage(lng: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  } catch {
    // Not fatal: the choice just lasts for this visit.
  }
}
