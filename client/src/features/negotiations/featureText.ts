/**
 * Feature-owned translation bundles. A feature keeps its strings beside its code in its own i18next
 * namespace (so the shared catalogs stay the app shell's), with every key typed against the English
 * bundle: a misspelt key or a translation missing a key fails `tsc`, not a user.
 */
import i18next, { type TOptions } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A tree of strings: one feature bundle in one language. */
export type TextTree = { readonly [key: string]: string | TextTree };

/** The same keys as `T` with string leaves: the shape every translation of a bundle must have. */
export type TranslationOf<T> = { [K in keyof T]: T[K] extends string ? string : TranslationOf<T[K]> };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type PluralBase<K extends string> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K;

/** Every key of a bundle, dotted; plural pairs (`x_one` / `x_other`) are also addressable as `x` with a `count`. */
export type TextKey<T> = Leaves<T> | PluralBase<Leaves<T>>;

/** The languages every feature bundle must carry (the app's languages). */
export const BUNDLE_LANGUAGES = ['en', 'zh-CN', 'zh-HK'] as const;

/** Adds a feature's bundles to i18next under `ns`, now if i18next is up, else as soon as it is. */
export function registerFeatureText(ns: string, resources: Record<(typeof BUNDLE_LANGUAGES)[number], TextTree>): void {
  const add = () => {
    for (const lng of BUNDLE_LANGUAGES) {
      if (!i18next.hasResourceBundle(lng, ns)) i18next.addResourceBundle(lng, ns, resources[lng], true, false);
    }
  };
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}

/** `tx(key, vars)` over one feature namespace, typed by its English bundle `T`, and the active language. */
export function useFeatureText<T extends TextTree>(ns: string) {
  const { t, i18n } = useTranslation(ns);
  // The keys are checked by TextKey<T>; i18next's own key typing knows nothing of this namespace.
  const translate = t as unknown as (key: string, vars?: TOptions) => string;
  const tx = useCallback((key: TextKey<T>, vars?: TOptions) => translate(key, vars), [translate]);
  return { tx, lng: i18n.language };
}
