import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { useAppStore } from '../../store/appStore';
import { useLiveStats } from '../stats';
import { BoothPackages } from './BoothPackages';
import { EscrowQueue } from './EscrowQueue';
import { HallsOverview } from './HallsOverview';
import { Ledger } from './Ledger';
import { LegalStatusQueue } from './LegalStatusQueue';
import { ModerationLog } from './ModerationLog';
import { VerificationQueue } from './VerificationQueue';
import './organizer.css';
import { Page } from '../../app/ui/Page';

/** `/organizer`: the organizer's console. Guests are asked to sign in; other accounts are told it is for organizers only. */
export default function OrganizerPage() {
  const { t } = useTranslation(['account', 'organizer', 'common']);
  usePageTitle(t('organizer:page.title'));
  const user = useAppStore((s) => s.user);
  const authStatus = useAppStore((s) => s.authStatus);

  return (
    <Page className="organizer" titleId="organizer-title" title={t('organizer:page.title')} intro={t('organizer:page.intro')}>
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
    </Page>
  );
}

function Console() {
  // In the stats room, each `stats:updated` re-reads the hall figures and, after a new deal, the ledger.
  useLiveStats();
  return (
    <div className="organizer-console">
      <HallsOverview />
      <VerificationQueue />
      <LegalStatusQueue />
      <BoothPackages />
      <EscrowQueue />
      <Ledger />
      <ModerationLog />
    </div>
  );
}
