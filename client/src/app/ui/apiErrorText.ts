import i18next from 'i18next';
import { ApiError } from '../../net/gateway';

/** A failed request as a short reason in the app's language (the shared `errors.<code>` strings). */
export function apiErrorText(error: unknown): string {
  const t = i18next.getFixedT(null, ['common']);
  if (error instanceof ApiError) return t(`common:errors.${error.code}`);
  return t('common:loadFailed');
}
