/**
 * A class's title in each script the UI shows: English, simplified Chinese (`zh`, CNIPA wording for IPC) and
 * traditional Chinese (`zhHant`, Hong Kong standard). `zhHant` is generated from `zh` by
 * `shared/scripts/classification-derive.mjs`, so the runtime carries no converter.
 */
export interface ClassTitles {
  en: string;
  zh: string;
  zhHant: string;
}

/** Regions whose Chinese is written in traditional characters unless the tag says `Hans`. */
const TRADITIONAL_REGIONS = new Set(['hk', 'mo', 'tw']);

/**
 * The title for a language tag: traditional Chinese for `zh-HK`, `zh-MO`, `zh-TW` and any `zh-Hant…`;
 * simplified for `zh`, `zh-CN`, `zh-Hans…` and any other Chinese tag; English for anything else.
 */
export function classTitleIn(title: ClassTitles, lng: string): string {
  const [language, ...subtags] = lng.toLowerCase().split(/[-_]/);
  if (language !== 'zh') return title.en;
  if (subtags.includes('hans')) return title.zh;
  return subtags.some((s) => s === 'hant' || TRADITIONAL_REGIONS.has(s)) ? title.zhHant : title.zh;
}
