import { type ReactElement, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Page } from '../../app/ui/Page';
import { PageLoading } from '../../app/ui/PageLoading';
import { ReadState } from '../../app/ui/ReadState';
import { usePageTitle } from '../../app/usePageTitle';
import { useFormat } from '../../i18n/format';
import { useBooth } from '../../net/boothQuery';
import { useAppStore } from '../../store/appStore';
import { CreateAuctionForm } from '../auctions';
import { boothInHallHref } from '../hall';
import { ExhibitorMeetings } from '../meetings';
import { MatchingNeeds } from '../needs';
import { NegotiationInbox } from '../negotiations';
import { HostSessions } from '../sessions';
import { AddExhibitForm } from './AddExhibitForm';
import { ExhibitorAnalytics } from './analytics/ExhibitorAnalytics';
import { BoothLogoEditor } from './BoothLogoEditor';
import { BoothVisitors } from './BoothVisitors';
import { CreateBoothForm } from './CreateBoothForm';
import { ExhibitCard } from './ExhibitCard';
import { LegalStatusEditor } from './LegalStatusEditor';

/** `/exhibitor`: an exhibitor rents a booth (POST /api/booths) and puts exhibits in it (POST /api/exhibits). */
export default function ExhibitorPage() {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  usePageTitle(t('exhibitor:title'));
  const user = useAppStore((s) => s.user);
  const authStatus = useAppStore((s) => s.authStatus);

  let body: ReactElement;
  if (authStatus !== 'ready') body = <PageLoading />;
  else if (!user)
    body = (
      <div className="card">
        <p>{t('exhibitor:needAccount')}</p>
        <p className="actions-row">
          <Link className="button" to="/register">
            {t('account:register')}
          </Link>
          <Link className="button button--ghost" to="/login" state={{ from: '/exhibitor' }}>
            {t('common:signIn')}
          </Link>
        </p>
      </div>
    );
  else if (!user.orgId) body = <p className="card">{t('exhibitor:needExhibitor')}</p>;
  else body = <Console boothId={user.boothId ?? null} />;

  return (
    <Page
      className="exhibitor"
      titleId="exhibitor-title"
      title={t('exhibitor:title')}
      intro={
        <>
          {user?.orgName ? `${t('exhibitor:orgLine', { org: user.orgName, role: t(`account:role.${user.role}`) })} — ` : ''}
          {t('exhibitor:intro')}
        </>
      }
    >
      {body}
    </Page>
  );
}

function Console({ boothId }: { boothId: string | null }) {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  const expo = useAppStore((s) => s.expo);
  const loadExpo = useAppStore((s) => s.loadExpo);
  const setOwnBooth = useAppStore((s) => s.setOwnBooth);

  useEffect(() => {
    if (!expo) void loadExpo();
  }, [expo, loadExpo]);

  if (!boothId)
    return (
      <div className="console-grid">
        <section className="card" aria-labelledby="your-booth">
          <h2 id="your-booth">{t('exhibitor:yourBooth')}</h2>
          <p className="muted">{t('exhibitor:noBooth')}</p>
        </section>
        {expo && <CreateBoothForm halls={expo.halls} onCreated={(b) => setOwnBooth(b.id)} />}
      </div>
    );
  return (
    <div className="console-grid">
      <OwnBooth boothId={boothId} />
      <BoothVisitors boothId={boothId} />
      <ExhibitorAnalytics boothId={boothId} />
      <HostSessions boothId={boothId} />
      <ExhibitorMeetings boothId={boothId} />
      <MatchingNeeds boothId={boothId} />
      <div className="console-grid__wide">
        <NegotiationInbox />
      </div>
      <AuctionPanel boothId={boothId} />
      <AddExhibitForm boothId={boothId} />
      <LegalStatusEditor boothId={boothId} />
    </div>
  );
}

/** Put one of the booth's exhibits up for auction. */
function AuctionPanel({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  const read = useBooth(boothId);
  const candidates = (read.data?.exhibits ?? []).filter((e) => e.status === 'available' || e.status === 'negotiating');
  return (
    <ExhibitCard
      id="auction-an-exhibit"
      title={t('exhibitor:auction.title')}
      none={t('exhibitor:auction.none')}
      pickLabel={t('common:exhibit')}
      exhibits={candidates}
    >
      {(exhibit) => <CreateAuctionForm key={exhibit.id} exhibit={exhibit} onCreated={read.refresh} />}
    </ExhibitCard>
  );
}

/** The organization's booth (`user.boothId` from /api/me), with links to it. */
function OwnBooth({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  const f = useFormat();
  const read = useBooth(boothId);
  const expo = useAppStore((s) => s.expo);
  const booth = read.data?.booth;
  const hall = booth && expo?.halls.find((h) => h.id === booth.hallId);
  return (
    <section className="card" aria-labelledby="your-booth">
      <h2 id="your-booth">{t('exhibitor:yourBooth')}</h2>
      <ReadState read={read} failed={() => t('common:loadFailed')} />
      {booth && (
        <div className="own-booth">
          <p className="own-booth__name">
            <strong>{booth.name}</strong>
          </p>
          <p className="muted">
            {hall ? f.hallName(hall) : booth.hallId} · {t('hall:exhibitsCount', { count: booth.exhibitCount })}
          </p>
          <p className="actions-row">
            <Link className="button button--small" to={`/booth/${encodeURIComponent(booth.id)}`}>
              {t('exhibitor:viewBooth')}
            </Link>
            <Link className="button button--ghost button--small" to={boothInHallHref(booth.hallId, booth.id)}>
              {t('exhibitor:walkTo')}
            </Link>
          </p>
          <BoothLogoEditor booth={booth} />
        </div>
      )}
    </section>
  );
}
