import type { TFunction } from 'i18next';
import { ApiError } from '../../../net/gateway';

/** A failed request as a short reason in the app's language (the shared `errors.<code>` strings). */
export function apiErrorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return t(`errors.${error.code}`);
  return t('common.loadFailed');
}
