import ipcEntries from './ipc.json' with { type: 'json' };
import locarnoEntries from './locarno.json' with { type: 'json' };
import niceEntries from './nice.json' with { type: 'json' };

/**
 * The three classifications exhibits carry, each with one canonical spelling:
 * - `ipc` (patents): section `H`, class `H01`, subclass `H01M`, or a group `H01M 10/052`
 *   (a group is accepted when its subclass is known; the scheme data stops at subclasses);
 * - `nice` (trademarks): the bare class number `9` (1–45);
 * - `locarno` (designs): `LOC 2` (classes 1–32), so it never collides with a Nice number.
 */
export const CLASS_SCHEMES = ['ipc', 'nice', 'locarno'] as const;
export type ClassScheme = (typeof CLASS_SCHEMES)[number];

/**
 * A class's title in each script the UI shows: English, simplified Chinese (`zh`, CNIPA wording for IPC) and
 * traditional Chinese (`zhHant`, Hong Kong standard). `zhHant` is generated from `zh` by
 * `shared/scripts/classification-zh-hant.mjs`, so the runtime carries no converter.
 */
export interface ClassTitles {
  en: string;
  zh: string;
  zhHant: string;
}

/** One entry of a classification, as the data files hold it. */
interface SchemeEntry extends ClassTitles {
  code: string;
}

/** One node of a classification tree. */
export interface ClassNode {
  code: string;
  scheme: ClassScheme;
  /** `section` · `class` · `subclass` for IPC; `class` for Nice and Locarno. */
  level: 'section' | 'class' | 'subclass';
  parent: string | null;
  title: ClassTitles;
}

const LOCARNO_PREFIX = 'LOC ';

function ipcLevel(code: string): ClassNode['level'] {
  return code.length === 1 ? 'section' : code.length === 3 ? 'class' : 'subclass';
}

function ipcParent(code: string): string | null {
  return code.length === 1 ? null : code.length === 3 ? code.slice(0, 1) : code.slice(0, 3);
}

const nodes = new Map<string, ClassNode>();
const children = new Map<string, ClassNode[]>();

function addNode(node: ClassNode): void {
  nodes.set(node.code, node);
  const key = `${node.scheme}:${node.parent ?? ''}`;
  const list = children.get(key);
  if (list) list.push(node);
  else children.set(key, [node]);
}

for (const entry of ipcEntries as SchemeEntry[]) {
  addNode({
    code: entry.code,
    scheme: 'ipc',
    level: ipcLevel(entry.code),
    parent: ipcParent(entry.code),
    title: { en: entry.en, zh: entry.zh, zhHant: entry.zhHant },
  });
}
for (const entry of niceEntries as SchemeEntry[]) {
  addNode({ code: entry.code, scheme: 'nice', level: 'class', parent: null, title: { en: entry.en, zh: entry.zh, zhHant: entry.zhHant } });
}
for (const entry of locarnoEntries as SchemeEntry[]) {
  addNode({
    code: `${LOCARNO_PREFIX}${entry.code}`,
    scheme: 'locarno',
    level: 'class',
    parent: null,
    title: { en: entry.en, zh: entry.zh, zhHant: entry.zhHant },
  });
}

const IPC_GROUP = /^([A-H][0-9]{2}[A-Z])\s*([0-9]{1,4})\s*\/\s*([0-9]{2,6})$/;
const IPC_LEVEL = /^[A-H]([0-9]{2}([A-Z])?)?$/;
const NICE = /^(?:NCL|NICE)?\s*\(?\s*0?([1-9][0-9]?)\s*\)?$/;
const LOCARNO = /^(?:LOC|LOCARNO)\s*\(?\s*0?([1-9][0-9]?)\s*\)?$/;

/**
 * The canonical spelling of a class code, or null when it is not a real IPC, Nice or Locarno class.
 * Case and spacing are forgiven: `h01m10/052` → `H01M 10/052`, `NCL 09` → `9`, `loc 02` → `LOC 2`.
 */
export function normaliseClass(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 24) return null;
  const code = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  if (IPC_LEVEL.test(code)) return nodes.get(code)?.scheme === 'ipc' ? code : null;
  const group = IPC_GROUP.exec(code);
  if (group) {
    const [, subclass, main, sub] = group as unknown as [string, string, string, string];
    return nodes.has(subclass) ? `${subclass} ${Number(main)}/${sub}` : null;
  }
  const locarno = LOCARNO.exec(code);
  if (locarno) {
    const canonical = `${LOCARNO_PREFIX}${Number(locarno[1])}`;
    return nodes.has(canonical) ? canonical : null;
  }
  const nice = NICE.exec(code);
  if (nice) {
    const canonical = String(Number(nice[1]));
    return nodes.get(canonical)?.scheme === 'nice' ? canonical : null;
  }
  return null;
}

/** Whether the code (in any accepted spelling) is a real class. */
export function isKnownClass(code: string): boolean {
  return normaliseClass(code) !== null;
}

/** Which classification a code belongs to, or null for an unknown code. */
export function classScheme(code: string): ClassScheme | null {
  const canonical = normaliseClass(code);
  return canonical === null ? null : schemeOfCanonical(canonical);
}

function schemeOfCanonical(canonical: string): ClassScheme {
  if (canonical.startsWith(LOCARNO_PREFIX)) return 'locarno';
  return /^[A-H]/.test(canonical) ? 'ipc' : 'nice';
}

/**
 * The levels a code belongs to, broadest first and ending with the code itself:
 * `H01M 10/052` → `H`, `H01`, `H01M`, `H01M 10/052`. A class filter matches an exhibit when the filter is one
 * of these for one of the exhibit's classes (so `H01` finds `H01M`, and Nice `1` never finds `12`).
 */
export function classAncestors(code: string): string[] {
  const canonical = normaliseClass(code);
  if (canonical === null) return [];
  if (schemeOfCanonical(canonical) !== 'ipc') return [canonical];
  const subclass = canonical.slice(0, 4);
  const chain = [canonical.slice(0, 1)];
  if (canonical.length >= 3) chain.push(canonical.slice(0, 3));
  if (canonical.length >= 4) chain.push(subclass);
  if (canonical.length > 4) chain.push(canonical);
  return chain;
}

/** The node of a code (the subclass's for an IPC group), or undefined for an unknown code. */
export function classNode(code: string): ClassNode | undefined {
  const canonical = normaliseClass(code);
  if (canonical === null) return undefined;
  return nodes.get(canonical) ?? nodes.get(canonical.slice(0, 4));
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

/**
 * A code's title in a language (see {@link classTitleIn}). An IPC group takes its subclass's title.
 * Undefined for an unknown code.
 */
export function classTitle(code: string, lng: string): string | undefined {
  const node = classNode(code);
  return node && classTitleIn(node.title, lng);
}

/**
 * One level of a classification tree: the IPC sections (no parent), a section's classes, a class's subclasses;
 * Nice and Locarno are one level (no parent). Empty for an unknown or leaf parent.
 */
export function childrenOf(scheme: ClassScheme, parent?: string | null): readonly ClassNode[] {
  let key = '';
  if (parent) {
    const canonical = normaliseClass(parent);
    if (canonical === null || classScheme(canonical) !== scheme) return [];
    key = canonical;
  }
  return children.get(`${scheme}:${key}`) ?? [];
}
