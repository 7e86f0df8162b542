import type { ErrorReason, ValidationIssue } from '@pavilion/shared';
import i18next, { type TFunction } from 'i18next';
import { ApiError } from '../../net/gateway';

/**
 * The one mapping from the server's error codes, reasons and validation issues to text in the app's language
 * (the `common:errors` strings). The server's English `message` is never shown: it is for logs.
 */

// i18next's typed keys cannot follow a runtime word; every word of the contract has a string (checked by the test).
type AnyKey = 'common:errors.INTERNAL';
const commonT = () => i18next.getFixedT(null, ['common']) as TFunction<['common']>;

function textOf(key: string, params?: Record<string, unknown>): string | null {
  if (!i18next.exists(key)) return null;
  return commonT()(key as AnyKey, params);
}

/** The sentence for a reason word: a missing thing's own (`NOT_FOUND`), a rule's, or a field rule's. */
export function reasonText(code: string, reason: ErrorReason | undefined): string | null {
  if (!reason) return null;
  if (code === 'NOT_FOUND') return textOf(`common:errors.notFound.${reason}`);
  return textOf(`common:errors.reasons.${reason}`) ?? textOf(`common:errors.field.${reason}`);
}

/** A failed request as a short sentence in the app's language: the refusing rule's when the server named one, else its code's. */
export function apiErrorText(error: unknown): string {
  const t = commonT();
  if (!(error instanceof ApiError)) return t('common:loadFailed');
  const byReason = reasonText(error.code, error.reason);
  if (byReason) return byReason;
  const first = error.issues[0];
  if (error.code === 'INVALID_INPUT' && first) return t('common:errors.invalidWith', { problem: issueText(first) });
  return t(`common:errors.${error.code}`);
}

/** One refused field as a short sentence, from zod's issue code and the rule's parameters (never the server's prose). */
export function issueText(issue: Pick<ValidationIssue, 'code' | 'params'>): string {
  const t = commonT();
  const params = issue.params ?? {};
  switch (issue.code) {
    case 'custom': {
      const reason = typeof params.reason === 'string' ? params.reason : undefined;
      return (reason && textOf(`common:errors.field.${reason}`, params)) || t('common:errors.issue.other');
    }
    case 'invalid_type':
      return params.received === 'undefined' ? t('common:errors.issue.required') : t('common:errors.issue.invalid_type');
    case 'too_small':
    case 'too_big': {
      const origin = ['string', 'number', 'array'].includes(String(params.origin)) ? String(params.origin) : 'other';
      return textOf(`common:errors.issue.${issue.code}.${origin}`, params) ?? t('common:errors.issue.other');
    }
    case 'invalid_format':
      return params.format === 'email' ? t('common:errors.issue.invalid_format.email') : t('common:errors.issue.invalid_format.other');
    case 'not_multiple_of':
      return t('common:errors.issue.not_multiple_of', { divisor: params.divisor });
    case 'unrecognized_keys':
      return t('common:errors.issue.unrecognized_keys');
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return t('common:errors.issue.invalid_value');
    default:
      return t('common:errors.issue.other');
  }
}

/**
 * The refused fields of an error, first issue per field: the path without the REST `body.` prefix
 * (`askingPrice.amount`, `terms.territory.0`). Empty for anything but an `INVALID_INPUT` with issues.
 */
export function fieldIssues(error: unknown): { path: string; issue: ValidationIssue }[] {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT') return [];
  const seen = new Set<string>();
  const found: { path: string; issue: ValidationIssue }[] = [];
  for (const issue of error.issues) {
    const path = issue.path.replace(/^body\./, '');
    if (seen.has(path)) continue;
    seen.add(path);
    found.push({ path, issue });
  }
  return found;
}

/**
 * Issues as one line, each led by the form's own label for its field (`Asking price: Must be greater than zero.`);
 * `labelOf` gets the dotted path without `body.`.
 */
export function issuesLine(issues: readonly ValidationIssue[], labelOf: (path: string) => string | undefined): string {
  return issues
    .map((issue) => {
      const label = labelOf(issue.path.replace(/^body\./, ''));
      return label ? `${label}: ${issueText(issue)}` : issueText(issue);
    })
    .join(' ');
}
