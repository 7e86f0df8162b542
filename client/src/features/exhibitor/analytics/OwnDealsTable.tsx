import { formatMoney, type LedgerDeal, type Money } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../app/ui/DataTable';
import { formatDate } from '../../../i18n/format';
import { AnalyticsBlock } from './AnalyticsBlock';
import { OWN_DEALS_CSV_HREF } from './analyticsApi';
import { DealLeadCells } from './DealLeadCells';

/**
 * The caller's deals — sold by their organization, or bought — newest first, each exhibit linking to the
 * auction or negotiation that sold it; the same rows download as CSV.
 */
export function OwnDealsTable({ deals, orgId }: { deals: LedgerDeal[]; orgId: string }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['exhibitor', 'common']);
  const sum = (items: LedgerDeal[]): Money => ({ amount: items.reduce((s, d) => s + d.amount.amount, 0), currency: 'CNY' });
  const sold = deals.filter((d) => d.sellerOrgId === orgId);
  return (
    <AnalyticsBlock
      id="own-deals-title"
      testId="own-deals"
      title={t('exhibitor:analytics.deals.heading')}
      csv={{ href: OWN_DEALS_CSV_HREF, label: t('exhibitor:analytics.deals.exportLabel') }}
      intro={t('exhibitor:analytics.deals.intro')}
      empty={deals.length === 0 ? t('exhibitor:analytics.deals.empty') : null}
    >
      <DataTable
        caption={t('exhibitor:analytics.deals.heading')}
        columns={[
          t('exhibitor:analytics.deals.at'),
          t('common:exhibit'),
          t('exhibitor:analytics.deals.type'),
          t('exhibitor:analytics.deals.source'),
          t('common:seller'),
          t('exhibitor:analytics.deals.side'),
          { label: t('common:amount'), className: 'num' },
        ]}
      >
        {deals.map((d) => (
          <tr key={d.id} data-deal-id={d.id}>
            <DealLeadCells deal={d} when={formatDate(d.at, lng)} via={t(`exhibitor:analytics.deals.via.${d.source}`)} />
            <td>{d.sellerOrgName || <span className="mono">{d.sellerOrgId}</span>}</td>
            <td className="nowrap">
              {d.sellerOrgId === orgId ? t('exhibitor:analytics.deals.sold') : t('exhibitor:analytics.deals.bought')}
            </td>
            <td className="num">{formatMoney(d.amount, lng)}</td>
          </tr>
        ))}
      </DataTable>
      <p className="analytics-total">
        <span>{t('exhibitor:analytics.deals.total', { count: deals.length, amount: formatMoney(sum(deals), lng) })}</span>
        {sold.length !== deals.length && (
          <span className="muted">{t('exhibitor:analytics.deals.soldTotal', { amount: formatMoney(sum(sold), lng) })}</span>
        )}
      </p>
    </AnalyticsBlock>
  );
}
