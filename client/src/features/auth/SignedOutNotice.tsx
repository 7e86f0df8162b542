import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAppStore } from '../../store/appStore';

/** Says why the server ended this browser's session (signed out elsewhere, or the password changed). */
export function SignedOutNotice() {
  const { t } = useTranslation(['account', 'common']);
  const reason = useAppStore((s) => s.revokedNotice);
  const dismiss = useAppStore((s) => s.dismissRevokedNotice);
  if (!reason) return null;
  return (
    <div className="notice signed-out-notice" role="alert" data-testid="signed-out-notice">
      <p>{t(`account:revoked.${reason}`)}</p>
      <div className="signed-out-notice__actions">
        <Link className="button button--small" to="/login" onClick={dismiss}>
          {t('common:signIn')}
        </Link>
        <button type="button" className="button button--ghost button--small" onClick={dismiss}>
          {t('account:revoked.dismiss')}
        </button>
      </div>
    </div>
  );
}
