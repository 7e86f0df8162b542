import type { Negotiation } from '@pavilion/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ErrorState } from '../../app/ui/ErrorState';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { formatDateTime } from '../../i18n/format';
import { useServerNow } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { SignInPrompt } from '../auth';
import { AuditTrail } from './AuditTrail';
import { DealPanel } from './DealPanel';
import { NegotiationActions } from './NegotiationActions';
import { NegotiationChat } from './NegotiationChat';
import { actionsFor, type NegotiationRole, roleIn } from './negotiationRules';
import { OfferHistory } from './OfferHistory';
import { TermSheet } from './TermSheet';
import { useExhibit } from './useExhibit';
import { useNegotiation } from './useNegotiation';
import './negotiations.css';
import { Breadcrumb } from '../../app/ui/Breadcrumb';

/** `/negotiations/:id`: the term sheet with its redline, the offer history, the parties' moves, the deal, the audit trail and the chat. */
export default function NegotiationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['hall', 'negotiations', 'common']);
  const user = useAppStore((s) => s.user);
  const { negotiation, load, deal, act, reload, loadEarlier } = useNegotiation(id, { markRead: true });
  const exhibit = useExhibit(negotiation?.exhibitId, negotiation?.status === 'open' ? 0 : 1);
  const online = useAppStore((s) => s.connection === 'online');
  const now = useServerNow(1000) ?? Date.now();
  usePageTitle(negotiation?.exhibitTitle ?? t('negotiations:page.eyebrow'));

  // Signing in (or out) in this tab changes what this page may show: read it again as the new user.
  const userId = user?.id ?? null;
  const firstUser = useRef(userId);
  useEffect(() => {
    if (firstUser.current !== userId) void reload();
  }, [userId, reload]);

  if (load === 'not-found') return <NotFoundPage message={t('negotiations:page.notFound', { id })} />;
  if (!negotiation) {
    return (
      <section className="page negotiation-page" aria-labelledby="neg-title">
        <h1 id="neg-title">{t('negotiations:page.titleFallback', { id })}</h1>
        {load === 'loading' && <PageLoading />}
        {load === 'error' && <ErrorState message={t('negotiations:page.loadFailed')} onRetry={() => void reload()} />}
        {load === 'forbidden' && <p className="notice">{t('negotiations:page.forbidden')}</p>}
        {load === 'unauthenticated' && <SignInPrompt why={t('negotiations:page.signIn')} />}
      </section>
    );
  }

  const role = roleIn(negotiation, user);
  const party = role === 'buyer' || role === 'seller';
  return (
    <div className="page negotiation-page" data-testid="negotiation-page" data-status={negotiation.status} data-role={role}>
      <Breadcrumb
        trail={[exhibit && { to: `/booth/${encodeURIComponent(exhibit.boothId)}`, label: exhibit.orgName }]}
        current={t('negotiations:page.eyebrow')}
      />
      <header className="negotiation-head">
        <p className="negotiation-head__eyebrow">
          {negotiation.ipType && <span className={`chip chip--${negotiation.ipType}`}>{t(`common:ipType.${negotiation.ipType}`)}</span>}
          <span>{t('negotiations:page.eyebrow')}</span>
          {online && <span className="live-dot">{t('negotiations:page.live')}</span>}
        </p>
        <h1 id="neg-title">{negotiation.exhibitTitle || t('negotiations:page.titleFallback', { id })}</h1>
        <p className="negotiation-head__parties">
          {t('negotiations:page.parties', {
            buyer: negotiation.buyerName || t('negotiations:page.unknownBuyer'),
            seller: negotiation.sellerOrgName || t('negotiations:page.unknownSeller'),
          })}
          {role !== 'none' && <span className="chip chip--muted">{t(`negotiations:page.role.${role}`)}</span>}
        </p>
        <StatusBanner negotiation={negotiation} role={role} now={now} />
      </header>
      <div className="negotiation-layout">
        <div className="negotiation-main">
          {negotiation.status === 'agreed' && <DealPanel negotiation={negotiation} deal={deal} />}
          <TermSheet negotiation={negotiation} now={now} />
          <NegotiationActions negotiation={negotiation} role={role} exhibit={exhibit} now={now} act={act} />
          <OfferHistory negotiation={negotiation} onLoadEarlier={loadEarlier} />
          <AuditTrail negotiation={negotiation} open={false} />
        </div>
        <aside className="negotiation-side" aria-label={t('negotiations:chat.heading')}>
          <NegotiationChat negotiationId={negotiation.id} userId={user?.id ?? null} canPost={party} />
        </aside>
      </div>
    </div>
  );
}

/** The negotiation's state in one line: who is to move, or how it ended. */
function StatusBanner({ negotiation, role, now }: { negotiation: Negotiation; role: NegotiationRole; now: number }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['hall', 'negotiations', 'common']);
  const can = actionsFor(negotiation, role, now);
  let body: string;
  if (negotiation.status === 'agreed') body = t('negotiations:status.agreedBody', { time: formatDateTime(negotiation.updatedAt, lng) });
  else if (negotiation.status === 'rejected') body = t('negotiations:status.rejectedBody');
  else if (negotiation.status === 'withdrawn') body = t('negotiations:status.withdrawnBody');
  else if (negotiation.offerCount === 0) body = t('negotiations:status.openNoOffer');
  else if (role === 'observer' || role === 'none') body = t('negotiations:status.openObserver', { count: negotiation.offerCount });
  else body = can.waitingForOtherSide ? t('negotiations:status.openWaiting') : t('negotiations:status.openYourTurn');
  return (
    <div className={`status-banner status-banner--${negotiation.status}`} role="status" data-testid="negotiation-status">
      <span className="status-banner__label">
        <span className="visually-hidden">{t('negotiations:status.label')}: </span>
        {t(`negotiations:status.${negotiation.status}`)}
      </span>
      <span className="status-banner__body">{body}</span>
    </div>
  );
}
