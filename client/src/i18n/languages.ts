import { en } from './en';
import { zhCN } from './zh-CN';
import { zhHK } from './zh-HK';

/** Languages the app ships, in menu order. */
export const LANGUAGES = ['en', 'zh-CN', 'zh-HK'] as const;
/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** The catalogs, keyed by language. */
export const catalogs = { en, 'zh-CN': zhCN, 'zh-HK': zhHK } as const;

const STORAGE_KEY = 'pavilion.lang';

/** Picks the best supported language for a list of browser preferences (e.g. navigator.languages). */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const raw of preferred) {
    const tag = raw.toLowerCase();
    if (tag === 'zh-hk' || tag === 'zh-mo' || tag === 'zh-tw' || tag.startsWith('zh-hant')) return 'zh-HK';
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
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
