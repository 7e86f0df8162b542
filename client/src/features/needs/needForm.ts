import {
  CreateNeedBody,
  type IpType,
  issuesOf,
  type Need,
  type NeedVisibility,
  type TradeMode,
  type ValidationIssue,
} from '@pavilion/shared';
import { parseYuan, yuanInputValue } from '../../lib/yuanInput';

/** The need form as the user types it: lists as comma-separated text, the budget in yuan. */
export interface NeedFormValues {
  title: string;
  classes: string;
  keywords: string;
  types: IpType[];
  tradeModes: TradeMode[];
  /** Country codes separated by commas or spaces; empty = anywhere. */
  territory: string;
  budgetMin: string;
  budgetMax: string;
  visibility: NeedVisibility;
}

export type NeedField = keyof NeedFormValues;

export const EMPTY_NEED: NeedFormValues = {
  title: '',
  classes: '',
  keywords: '',
  types: [],
  tradeModes: [],
  territory: '',
  budgetMin: '',
  budgetMax: '',
  visibility: 'public',
};

/** Splits a typed list on commas (and, for codes, on semicolons), trimmed, empties dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;，；、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Yuan typed in a field, as fen; NaN for anything that is not an amount (the schema refuses it). */
const fen = (text: string): number => parseYuan(text) ?? Number.NaN;

/** The request body for the typed values (the schema then judges it). */
export function needBody(v: NeedFormValues): unknown {
  const body: Record<string, unknown> = {
    title: v.title,
    classes: splitList(v.classes),
    keywords: splitList(v.keywords),
    types: v.types,
    tradeModes: v.tradeModes,
    visibility: v.visibility,
  };
  const territory = v.territory
    .split(/[\s,，、]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  if (territory.length > 0) body.territory = territory;
  const budget: Record<string, unknown> = {};
  if (v.budgetMin.trim()) budget.min = { amount: fen(v.budgetMin), currency: 'CNY' };
  if (v.budgetMax.trim()) budget.max = { amount: fen(v.budgetMax), currency: 'CNY' };
  if (Object.keys(budget).length > 0) body.budget = budget;
  return body;
}

/** The form's values for an existing need (to edit it). */
export function valuesOf(need: Need): NeedFormValues {
  const yuan = (amount: number | undefined) => (amount === undefined ? '' : yuanInputValue(amount));
  return {
    title: need.title,
    classes: need.classes.join(', '),
    keywords: need.keywords.join(', '),
    types: need.types,
    tradeModes: need.tradeModes,
    territory: Array.isArray(need.territory) ? need.territory.join(', ') : '',
    budgetMin: yuan(need.budget?.min?.amount),
    budgetMax: yuan(need.budget?.max?.amount),
    visibility: need.visibility,
  };
}

/** Which form field a refused path of the body (or of the server's answer) belongs to. */
export function fieldOf(path: string): NeedField {
  const p = path.replace(/^body\./, '');
  if (p.startsWith('budget.min')) return 'budgetMin';
  if (p.startsWith('budget')) return 'budgetMax';
  const head = p.split('.')[0] ?? '';
  const known: NeedField[] = ['title', 'classes', 'keywords', 'types', 'tradeModes', 'territory', 'visibility'];
  return (known as string[]).includes(head) ? (head as NeedField) : 'title';
}

/** The first problem per field of a body that the shared schema refuses, or the parsed body. */
export function checkNeed(
  values: NeedFormValues,
): { ok: true; body: CreateNeedBody } | { ok: false; issues: Map<NeedField, ValidationIssue> } {
  const parsed = CreateNeedBody.safeParse(needBody(values));
  if (parsed.success) return { ok: true, body: parsed.data };
  const issues = new Map<NeedField, ValidationIssue>();
  for (const issue of issuesOf(parsed.error)) {
    const field = fieldOf(issue.path);
    if (!issues.has(field)) issues.set(field, issue);
  }
  return { ok: false, issues };
}
