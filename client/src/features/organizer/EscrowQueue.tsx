import { formatMoney } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ReadState } from '../../app/ui/ReadState';
import { formatDateTime } from '../../i18n/format';
import { useRefreshable } from '../../lib/useRefreshable';
import { dealKeys, dealsApi, EscrowActions, useDealFeed } from '../deals';
import { SectionHead } from './SectionHead';

/** Deals waiting for the organizer as escrow agent: payment into escrow, the IP office's recordal, the release to the seller. */
export function EscrowQueue() {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['organizer', 'deals']);
  useDealFeed();
  const queue = useRefreshable(dealKeys.escrow(), (signal) => dealsApi.escrowQueue({ signal }).then((a) => a.items));

  return (
    <section className="card console-section" aria-labelledby="escrow-queue" data-testid="escrow-queue">
      <SectionHead id="escrow-queue" title={t('organizer:escrow.heading')} read={queue} />
      <p className="muted small">{t('organizer:escrow.intro')}</p>
      <ReadState read={queue} failed={(reason) => t('organizer:escrow.failed', { reason })} />
      {queue.data?.length === 0 && <p className="empty">{t('organizer:escrow.empty')}</p>}
      <ul className="escrow-queue">
        {queue.data?.map((deal) => (
          <li key={deal.id} className="escrow-queue__row" data-testid={`escrow-row-${deal.id}`}>
            <div>
              <Link to={`/deals/${encodeURIComponent(deal.id)}`}>{deal.exhibitTitle || deal.id}</Link>
              <p className="muted small">
                {t('organizer:escrow.row', {
                  price: formatMoney(deal.amount, lng),
                  seller: deal.sellerOrgName,
                  stage: t(`deals:stage.${deal.stage}`),
                  at: formatDateTime(deal.at, lng),
                })}
              </p>
            </div>
            <EscrowActions deal={deal} contract={null} />
          </li>
        ))}
      </ul>
    </section>
  );
}
