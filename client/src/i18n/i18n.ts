import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs, initialLanguage, LANGUAGES, type Language, saveLanguage } from './languages';

/** Starts i18next with every catalog bundled (they are small) and the visitor's language. */
export function startI18n(): typeof i18next {
  const lng = initialLanguage();
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    resources: Object.fromEntries(Object.entries(catalogs).map(([k, v]) => [k, { translation: v }])),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

/** Switches the language everywhere, remembers it, and tells assistive tech via <html lang>. */
export function changeLanguage(lng: Language): void {
  saveLanguage(lng);
  void i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}
