import { apiErrorText } from './apiErrorText';

/**
 * Why an action or a form was refused, announced to screen readers; nothing when it was not. Give the failed
 * request's error (its text comes from {@link apiErrorText}) or a sentence already in the app's language.
 * `field-error` is the smaller style of a refusal under one control.
 */
export function Refusal({
  error,
  testId,
  className = 'form-error',
}: {
  error: unknown;
  testId?: string;
  className?: 'form-error' | 'field-error';
}) {
  if (error === null || error === undefined || error === false || error === '') return null;
  return (
    <p className={className} role="alert" data-testid={testId}>
      {typeof error === 'string' ? error : apiErrorText(error)}
    </p>
  );
}
