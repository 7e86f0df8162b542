import { apiErrorText } from './apiErrorText';

/**
 * Why an action or a form was refused, announced to screen readers; nothing when it was not. Give the failed
 * request's error (its text comes from {@link apiErrorText}) or a sentence already in the app's language.
 */
export function Refusal({ error, testId }: { error: unknown; testId?: string }) {
  if (error === null || error === undefined || error === false || error === '') return null;
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {typeof error === 'string' ? error : apiErrorText(error)}
    </p>
  );
}
