import { type Deal, formatMoney, type Negotiation } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../i18n/format';
import { ChainVerdict, useAudit } from './AuditTrail';
import { negotiationApi } from './negotiationApi';

/** The agreed deal: final price, deal id, the summary downloads, and whether the audit chain verifies. */
export function DealPanel({ negotiation, deal }: { negotiation: Negotiation; deal: Deal | null }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['negotiations']);
  const { state } = useAudit(negotiation.id, true, negotiation.seq);
  const final = negotiation.offers.at(-1);
  const price = deal?.amount ?? final?.terms.price;
  const dealId = deal?.id ?? negotiation.dealId;

  return (
    <section className="card deal-panel" aria-labelledby="deal-title" data-testid="deal-panel">
      <div className="deal-panel__head">
        <span className="deal-panel__icon" aria-hidden="true">
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path
              d="M5 12.5l4.2 4.2L19 7"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.6"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </span>
        <div>
          <h2 id="deal-title">{t('negotiations:deal.heading')}</h2>
          <p className="deal-panel__body">{t('negotiations:deal.body', { version: final?.version ?? negotiation.offerCount })}</p>
        </div>
      </div>
      <dl className="deal-panel__facts">
        <div>
          <dt>{t('negotiations:deal.price')}</dt>
          <dd className="deal-panel__price" data-testid="deal-price">
            {price ? formatMoney(price, lng) : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('negotiations:deal.dealId')}</dt>
          <dd className="mono">{dealId ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('negotiations:deal.agreedAt')}</dt>
          <dd>{formatDateTime(deal?.at ?? negotiation.updatedAt, lng)}</dd>
        </div>
      </dl>
      <ChainVerdict state={state} />
      <p className="actions-row deal-panel__links">
        {dealId && (
          <Link className="button button--small" to={`/deals/${encodeURIComponent(dealId)}`} data-testid="open-deal">
            {t('negotiations:deal.contract')}
          </Link>
        )}
        <a
          className="button button--ghost button--small"
          href={negotiationApi.summaryJsonUrl(negotiation.id)}
          download={`deal-summary-${negotiation.id}.json`}
        >
          {t('negotiations:deal.summaryJson')}
        </a>
        <a
          className="button button--ghost button--small"
          href={negotiationApi.summaryHtmlUrl(negotiation.id)}
          target="_blank"
          rel="noopener"
        >
          {t('negotiations:deal.summaryHtml')}
          <span className="visually-hidden"> {t('negotiations:deal.newTab')}</span>
        </a>
        {dealId && (
          <Link
            className="button button--ghost button--small"
            to={`/deals/${encodeURIComponent(dealId)}/proof`}
            data-testid="deal-proof-link"
          >
            {t('negotiations:deal.proof')}
          </Link>
        )}
      </p>
    </section>
  );
}
