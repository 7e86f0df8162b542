import type { ValidationIssue } from '@pavilion/shared';
import i18next from 'i18next';
import { useState } from 'react';
import type { FieldErrors, FieldValues, UseFormReturn } from 'react-hook-form';
import { apiErrorText, issuesLine } from '../../app/ui/apiErrorText';
import type { FormOutcome } from '../../app/ui/FormMessage';
import { markRefusedFields } from '../../app/ui/formResolver';
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

/** How a console form names its fields: the form field of a refused path, the problem's words, the field's label. */
export interface ConsoleFields {
  fieldOf: (path: string) => string;
  textOf: (field: string, issue: ValidationIssue) => string;
  labelOf: (path: string) => string | undefined;
}

/**
 * A booth or exhibit form's submission: `send` takes the checked body and says what was done (null: nothing to
 * say). A refusal, the server's or the form's own check, marks the refused fields and says which, led by their labels.
 */
export function useConsoleSubmit<Values extends FieldValues, Body>(
  { handleSubmit, setError }: Pick<UseFormReturn<Values, unknown, Body>, 'handleSubmit' | 'setError'>,
  { fieldOf, textOf, labelOf }: ConsoleFields,
  send: (body: Body) => Promise<string | null>,
) {
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const submit = handleSubmit(
    async (body) => {
      try {
        const done = await send(body);
        if (done !== null) setMessage({ kind: 'ok', text: done });
      } catch (error) {
        markRefusedFields(error, setError, fieldOf, textOf);
        setMessage({ kind: 'error', text: refusalText(error, labelOf) });
      }
    },
    (invalid) => setMessage({ kind: 'error', text: fieldsText(invalid, labelOf) }),
  );
  return { submit, message };
}
