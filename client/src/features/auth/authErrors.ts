import i18next from 'i18next';
import { ApiError } from '../../net/ApiError';

/** The message a sign-in or registration failure shows, in the visitor's language. */
export function authErrorMessage(error: unknown, mode: 'login' | 'register'): string {
  const t = i18next.getFixedT(null, ['auth', 'common']);
  if (error instanceof ApiError) {
    if (mode === 'login' && (error.code === 'UNAUTHENTICATED' || error.status === 401)) return t('auth:errors.badCredentials');
    if (error.code === 'RATE_LIMITED') return t('auth:errors.rateLimited');
    if (error.code === 'CONFLICT') return t('auth:errors.conflict');
    if (error.code === 'NETWORK') return t('auth:errors.network');
    return t('auth:errors.generic', { message: t(`common:errors.${error.code}`) });
  }
  return t('auth:errors.generic', { message: error instanceof Error ? error.message : String(error) });
}

/** Which form field a zod issue path points at, as the i18n key under `auth.errors.field`. */
export function fieldOfIssue(path: readonly PropertyKey[]): string {
  const [head, sub] = path.map(String);
  if (head === 'organization') {
    if (sub === 'name') return 'orgName';
    if (sub === 'country') return 'orgCountry';
    return 'organization';
  }
  return head ?? 'form';
}
