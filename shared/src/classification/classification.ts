/**
 * The classification tree with every title (about 60 KB gzip of data). Not in the `@pavilion/shared` barrel: import
 * it from `@pavilion/shared/classification`, so only the pages that show titles load it.
 */
import { type ClassScheme, classScheme, LOCARNO_PREFIX, normaliseClass } from './classCodes.js';
import { type ClassTitles, classTitleIn } from './classTitles.js';
import ipcEntries from './ipc.json' with { type: 'json' };
import locarnoEntries from './locarno.json' with { type: 'json' };
import niceEntries from './nice.json' with { type: 'json' };

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

function ipcLevel(code: string): ClassNode['level'] {
  return code.length === 1 ? 'section' : code.length === 3 ? 'class' : 'subclass';
}

function ipcParent(code: string): string | null {
  return code.length === 1 ? null : code.length === 3 ? code.slice(0, 1) : code.slice(0, 3);
}

interface ClassTree {
  nodes: Map<string, ClassNode>;
  children: Map<string, ClassNode[]>;
}

let built: ClassTree | undefined;

/**
 * The tree, built on first use: only pages that show titles (search, the class tree) pay for the 60 KB of titles;
 * validation reads the codes alone (`classCodes.ts`).
 */
function tree(): ClassTree {
  if (built) return built;
  const nodes = new Map<string, ClassNode>();
  const children = new Map<string, ClassNode[]>();
  const add = (node: ClassNode): void => {
    nodes.set(node.code, node);
    const key = `${node.scheme}:${node.parent ?? ''}`;
    const list = children.get(key);
    if (list) list.push(node);
    else children.set(key, [node]);
  };
  const titles = (entry: SchemeEntry): ClassTitles => ({ en: entry.en, zh: entry.zh, zhHant: entry.zhHant });
  for (const entry of ipcEntries as SchemeEntry[]) {
    add({ code: entry.code, scheme: 'ipc', level: ipcLevel(entry.code), parent: ipcParent(entry.code), title: titles(entry) });
  }
  for (const entry of niceEntries as SchemeEntry[]) {
    add({ code: entry.code, scheme: 'nice', level: 'class', parent: null, title: titles(entry) });
  }
  for (const entry of locarnoEntries as SchemeEntry[]) {
    add({ code: `${LOCARNO_PREFIX}${entry.code}`, scheme: 'locarno', level: 'class', parent: null, title: titles(entry) });
  }
  built = { nodes, children };
  return built;
}

/** The node of a code (the subclass's for an IPC group), or undefined for an unknown code. */
export function classNode(code: string): ClassNode | undefined {
  const canonical = normaliseClass(code);
  if (canonical === null) return undefined;
  const { nodes } = tree();
  return nodes.get(canonical) ?? nodes.get(canonical.slice(0, 4));
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
  return tree().children.get(`${scheme}:${key}`) ?? [];
}
