import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { resetSocket } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';

/** Sign-in links for guests; a small menu (who you are, console, sign out) for members. */
export function AccountMenu() {
  const { t } = useTranslation(['account', 'common']);
  const user = useAppStore((s) => s.user);
  const logout = useAppStore((s) => s.logout);
  const navigate = useNavigate();
  const location = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);

  if (!user) {
    return (
      <div className="account">
        <Link className="button button--ghost button--small" to="/login" state={{ from: location.pathname + location.search }}>
          {t('common:signIn')}
        </Link>
        <Link className="button button--small" to="/register">
          {t('account:register')}
        </Link>
      </div>
    );
  }

  const close = () => menu.current?.removeAttribute('open');
  return (
    <details className="account-menu" ref={menu}>
      <summary aria-label={t('account:menu')}>
        <span className="avatar" aria-hidden="true">
          {user.displayName.slice(0, 1).toUpperCase()}
        </span>
        <span className="account-menu__name">{user.displayName}</span>
      </summary>
      <div className="account-menu__panel">
        <p className="account-menu__who">{t('account:signedInAs', { name: user.displayName })}</p>
        <p className="account-menu__role">
          {t(`account:role.${user.role}`)}
          {user.orgName ? ` · ${user.orgName}` : ''}
        </p>
        {/* What is the user's own: their needs, saved items and meetings (the main navigation is the expo's). */}
        <Link to="/needs" onClick={close}>
          {t('common:app.nav.needs')}
        </Link>
        <Link to="/favourites" onClick={close}>
          {t('common:app.nav.favourites')}
        </Link>
        <Link to="/meetings" onClick={close}>
          {t('common:app.nav.meetings')}
        </Link>
        <Link to="/account" onClick={close} data-testid="account-link">
          {t('account:accountPage')}
        </Link>
        {user.role !== 'visitor' && (
          <Link to="/exhibitor" onClick={close}>
            {t('common:app.nav.exhibitor')}
          </Link>
        )}
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={async () => {
            close();
            await logout();
            resetSocket();
            navigate('/');
          }}
        >
          {t('account:signOut')}
        </button>
      </div>
    </details>
  );
}
