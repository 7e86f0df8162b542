import type { User } from '@pavilion/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { PageLoading } from '../../app/ui/PageLoading';
import { useAppStore } from '../../store/appStore';

/**
 * A page part only a signed-in user sees: a spinner while the sign-in is being checked, then `why` with a sign-in
 * link that brings the visitor back here; the signed-in user's view once there is one.
 */
export function SignInRequired({ why, children }: { why: string; children: (user: User) => ReactNode }) {
  const user = useAppStore((s) => s.user);
  const authReady = useAppStore((s) => s.authStatus === 'ready');
  if (user) return children(user);
  if (!authReady) return <PageLoading />;
  return <SignInPrompt why={why} />;
}

/** `why` a page needs a signed-in user, with a sign-in link that brings the visitor back here. */
export function SignInPrompt({ why }: { why: string }) {
  const { t } = useTranslation(['common']);
  const location = useLocation();
  return (
    <p className="card sign-in-required">
      {why}{' '}
      <Link className="button button--small" to="/login" state={{ from: location.pathname + location.search }}>
        {t('common:signIn')}
      </Link>
    </p>
  );
}
