import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { AccountMenu, SignedOutNotice } from '../features/auth';
import { HeaderSearch } from '../features/expoSearch';
import { MeetingToasts } from '../features/meetings';
import { OrganizerNavLink } from '../features/organizer';
import { ReminderToasts } from '../features/sessions';
import { useAppStore } from '../store/appStore';
import { ConnectionBanner } from './ConnectionBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoading } from './ui/PageLoading';

/** Header (brand, navigation, language, account), the routed page, footer. */
export function Layout() {
  const { t } = useTranslation(['common']);
  const loadAuth = useAppStore((s) => s.loadAuth);
  const { pathname, search } = useLocation();
  const immersive = pathname.startsWith('/hall/') && !search.includes('view=list');

  useEffect(() => {
    void loadAuth();
  }, [loadAuth]);

  return (
    <div className={immersive ? 'shell shell--immersive' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('common:app.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand" aria-label={t('common:app.name')}>
          <svg className="brand__mark" viewBox="0 0 64 64" aria-hidden="true">
            <path d="M12 44 32 14l20 30z" fill="none" stroke="currentColor" strokeWidth="5" strokeLinejoin="round" />
            <rect x="18" y="44" width="28" height="6" rx="2" fill="var(--accent-2)" />
          </svg>
          <span className="brand__text">
            <span className="brand__name">{t('common:app.name')}</span>
            <span className="brand__tagline">{t('common:app.tagline')}</span>
          </span>
        </Link>
        <nav className="site-nav" aria-label={t('common:app.mainNav')}>
          <NavLink to="/" end>
            {t('common:app.nav.lobby')}
          </NavLink>
          <NavLink to="/search" className="site-nav__search">
            {t('common:app.nav.search')}
          </NavLink>
          <NavLink to="/programme">{t('common:app.nav.programme')}</NavLink>
          <NavLink to="/auctions">{t('common:app.nav.auctions')}</NavLink>
          <NavLink to="/stats">{t('common:app.nav.stats')}</NavLink>
          <NavLink to="/exhibitor">{t('common:app.nav.exhibitor')}</NavLink>
          <OrganizerNavLink />
        </nav>
        <div className="site-header__tools">
          {pathname !== '/search' && <HeaderSearch />}
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </header>
      <ConnectionBanner />
      <SignedOutNotice />
      <ReminderToasts />
      <MeetingToasts />
      <main id="main" tabIndex={-1} className="site-main">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      {!immersive && (
        <footer className="site-footer">
          <p>{t('common:app.footer')}</p>
        </footer>
      )}
    </div>
  );
}
