import { formatMoney } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Breadcrumb } from '../../app/ui/Breadcrumb';
import { ReadState } from '../../app/ui/ReadState';
import { usePageTitle } from '../../app/usePageTitle';
import { formatDateTime } from '../../i18n/format';
import { useRefreshable } from '../../lib/useRefreshable';
import { ApiError } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { SignInPrompt } from '../auth';
import { ContractPanel } from './ContractPanel';
import { dealRoleOf } from './dealRules';
import { dealKeys, dealsApi } from './dealsApi';
import { SettlementPanel } from './SettlementPanel';
import { useDealFeed } from './useDeal';
import './deals.css';

/** `/deals/:id`: the contract both parties sign (English and Chinese), its hash, the signatures and the settlement timeline. */
export default function DealPage() {
  const { id = '' } = useParams();
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['deals', 'common']);
  const user = useAppStore((s) => s.user);
  const authStatus = useAppStore((s) => s.authStatus);
  useDealFeed();
  const signedIn = authStatus === 'ready' && user !== null;
  const dealRead = useRefreshable(dealKeys.deal(id), (signal) => dealsApi.deal(id, { signal }).then((a) => a.deal), signedIn);
  const contractRead = useRefreshable(
    dealKeys.contract(id),
    (signal) => dealsApi.contract(id, { signal }).then((a) => a.contract),
    signedIn && dealRead.data !== null,
  );
  const deal = dealRead.data;
  usePageTitle(deal?.exhibitTitle || t('deals:page.title'));

  if (authStatus === 'ready' && !user) {
    return (
      <section className="page deal-page" aria-labelledby="deal-page-title">
        <h1 id="deal-page-title">{t('deals:page.title')}</h1>
        <SignInPrompt why={t('deals:page.signIn')} />
      </section>
    );
  }
  const error = dealRead.error;
  if (error instanceof ApiError && error.code === 'NOT_FOUND') return <NotFoundPage message={t('deals:page.notFound', { id })} />;
  if (error instanceof ApiError && error.code === 'FORBIDDEN') {
    return (
      <section className="page deal-page" aria-labelledby="deal-page-title">
        <h1 id="deal-page-title">{t('deals:page.title')}</h1>
        <p className="notice">{t('deals:page.forbidden')}</p>
      </section>
    );
  }
  const role = deal ? dealRoleOf(deal, user) : null;

  return (
    <section className="page deal-page" aria-labelledby="deal-page-title">
      <Breadcrumb current={t('deals:page.crumb')} />
      <header className="page-header">
        <p className="muted small">{t('deals:page.eyebrow')}</p>
        <h1 id="deal-page-title">{deal?.exhibitTitle || t('deals:page.title')}</h1>
        {deal && (
          <p className="muted">
            {t('deals:page.summary', {
              price: formatMoney(deal.amount, lng),
              seller: deal.sellerOrgName,
              at: formatDateTime(deal.at, lng),
            })}{' '}
            {role && <span className="muted">({t(`deals:role.${role}`)})</span>}
          </p>
        )}
      </header>
      <ReadState read={dealRead} failed={(reason) => t('deals:page.loadFailed', { reason })} />
      {deal && (
        <div className="deal-layout">
          <div className="deal-layout__main">
            <ReadState read={contractRead} failed={(reason) => t('deals:page.loadFailed', { reason })} />
            {contractRead.data && <ContractPanel deal={deal} contract={contractRead.data} role={role} />}
          </div>
          <div className="deal-layout__side">
            <SettlementPanel deal={deal} contract={contractRead.data} role={role} />
            {deal.source === 'negotiation' && (
              <p>
                <Link to={`/negotiations/${encodeURIComponent(deal.sourceId)}`}>{t('deals:page.negotiation')}</Link>
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
