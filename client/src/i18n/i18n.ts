import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, LANGUAGES, type Language, saveLanguage } from './languages';
import { en, NAMESPACES } from './resources';

// Every language folder but English (bundled), each file its own chunk, fetched only when that language is used.
const otherLanguages = import.meta.glob<{ default: object }>(['../locales/*/*.json', '!../locales/en/*.json']);

function loadNamespace(lng: string, ns: string): Promise<{ default: object }> {
  const load = otherLanguages[`../locales/${lng}/${ns}.json`];
  return load ? load() : Promise.reject(new Error(`no strings for ${lng}/${ns}`));
}

/**
 * Starts i18next in the visitor's language. English is bundled; any other language's JSON is a chunk of
 * its own, fetched here before the promise settles, so the first paint is never English by mistake.
 */
export async function startI18n(): Promise<typeof i18next> {
  const lng = initialLanguage();
  await i18next
    .use(resourcesToBackend(loadNamespace))
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: 'en',
      supportedLngs: LANGUAGES,
      ns: NAMESPACES,
      defaultNS: 'common',
      resources: { en },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false }, // React escapes
    });
  document.documentElement.lang = lng;
  return i18next;
}

/** Switches the language everywhere once its strings are in, remembers it, and tells assistive tech via <html lang>. */
export async function changeLanguage(lng: Language): Promise<void> {
  saveLanguage(lng);
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}
