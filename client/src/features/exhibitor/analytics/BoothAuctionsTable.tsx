import { formatMoney } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../../app/ui/DataTable';
import { formatDateTime } from '../../../i18n/format';
import type { AuctionLists } from '../../auctions';
import { AnalyticsBlock } from './AnalyticsBlock';
import { auctionOutcome, boothAuctions } from './boothAuctions';

/** Every auction of the organization — live, upcoming and closed — with how each stands or ended. */
export function BoothAuctionsTable({ lists }: { lists: AuctionLists }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['exhibitor', 'common']);
  const auctions = boothAuctions(lists);
  return (
    <AnalyticsBlock
      id="booth-auctions-title"
      testId="booth-auctions"
      title={t('exhibitor:analytics.auctions.heading')}
      empty={auctions.length === 0 ? t('exhibitor:analytics.auctions.empty') : null}
    >
      <DataTable
        caption={t('exhibitor:analytics.auctions.heading')}
        columns={[
          t('common:exhibit'),
          t('exhibitor:analytics.auctions.state'),
          { label: t('exhibitor:analytics.auctions.price'), className: 'num' },
          t('exhibitor:analytics.auctions.when'),
        ]}
      >
        {auctions.map((a) => {
          const outcome = auctionOutcome(a);
          return (
            <tr key={a.id} data-auction-id={a.id}>
              <th scope="row">
                <Link to={`/auctions/${encodeURIComponent(a.id)}`}>{a.exhibitTitle || a.exhibitId}</Link>
                {a.ipType && <span className={`chip chip--${a.ipType}`}>{t(`common:ipType.${a.ipType}`)}</span>}
              </th>
              <td>
                <span className={`outcome outcome--${outcome}`}>{t(`exhibitor:analytics.auctions.outcome.${outcome}`)}</span>
                <span className="muted small block">{t('exhibitor:analytics.auctions.bidCount', { count: a.bidCount })}</span>
              </td>
              <td className="num">
                {a.currentPrice
                  ? formatMoney(a.currentPrice, lng)
                  : t('exhibitor:analytics.auctions.opening', { price: formatMoney(a.startPrice, lng) })}
              </td>
              <td className="nowrap">
                {outcome === 'upcoming'
                  ? t('exhibitor:analytics.auctions.startsAt', { time: formatDateTime(a.startsAt, lng) })
                  : formatDateTime(a.endsAt, lng)}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </AnalyticsBlock>
  );
}
