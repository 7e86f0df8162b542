import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { useAppStore } from '../../store/appStore';
import { useLiveStats } from '../stats';
import { HallsOverview } from './HallsOverview';
import { Ledger } from './Ledger';
import { ModerationLog } from './ModerationLog';
import { VerificationQueue } from './VerificationQueue';
import './organizer.css';

/** `/organizer`: the organizer's console. Guests are asked to sign in; other accounts are told it is for organizers only. */
export default function OrganizerPage() {
  const { t } = useTranslation(['account', 'organizer', 'common']);
  usePageTitle(t('organizer:page.title'));
  const user = useAppStore((s) => s.user);
  const authStatus = useAppStore((s) => s.authStatus);

  return (
    <section className="page organizer" aria-labelledby="organizer-title">
      <header className="page-header">
        <h1 id="organizer-title">{t('organizer:page.title')}</h1>
        <p className="muted">{t('organizer:page.intro')}</p>
      </header>
      {authStatus !== 'ready' ? (
        <PageLoading />
      ) : !user ? (
        <div className="card" data-testid="organizer-sign-in">
          <p>{t('organizer:page.signIn')}</p>
          <p className="actions-row">
            <Link className="button" to="/login" state={{ from: '/organizer' }}>
              {t('common:signIn')}
            </Link>
          </p>
        </div>
      ) : user.role !== 'organizer' ? (
        <div className="card" role="alert" data-testid="organizer-only">
          <h2>{t('organizer:page.forbidden')}</h2>
          <p>{t('organizer:page.forbiddenBody', { role: t(`account:role.${user.role}`) })}</p>
          <p className="actions-row">
            <Link className="button button--ghost" to="/">
              {t('common:backToLobby')}
            </Link>
          </p>
        </div>
      ) : (
        <Console />
      )}
    </section>
  );
}

function Console() {
  // In the stats room, each `stats:updated` re-reads the hall figures and, after a new deal, the ledger.
  useLiveStats();
  return (
    <div className="organizer-console">
      <HallsOverview />
      <VerificationQueue />
      <Ledger />
      <ModerationLog />
    </div>
  );
}
