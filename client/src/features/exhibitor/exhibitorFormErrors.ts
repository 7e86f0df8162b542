import i18next from 'i18next';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { apiErrorText, issuesLine } from '../../app/ui/apiErrorText';
import { ApiError } from '../../net/gateway';

/** A refused booth or exhibit change, with each refused field named by its label in the form. */
export function refusalText(error: unknown, labelOf: (path: string) => string | undefined): string {
  const t = i18next.getFixedT(null, ['exhibitor', 'common']);
  if (error instanceof ApiError) {
    if (!error.reason && error.code === 'FORBIDDEN') return t('exhibitor:errors.forbidden');
    if (error.code === 'INVALID_INPUT' && error.issues.length > 0)
      return t('exhibitor:errors.invalid', { message: issuesLine(error.issues, labelOf) });
  }
  return apiErrorText(error);
}

/** The form's own refusal: every marked field, led by its label (`Title: Must be at least 3 characters.`). */
export function fieldsText<Values extends FieldValues>(
  errors: FieldErrors<Values>,
  labelOf: (field: string) => string | undefined,
): string {
  const t = i18next.getFixedT(null, ['exhibitor']);
  const line = Object.entries(errors)
    .filter(([field]) => field !== 'root')
    .map(([field, error]) => [labelOf(field), (error as { message?: string }).message].filter(Boolean).join(': '))
    .join(' ');
  return t('exhibitor:errors.invalid', { message: line });
}
