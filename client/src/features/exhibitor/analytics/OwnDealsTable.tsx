import { formatMoney, type LedgerDeal, type Money } from '@pavilion/shared';
import { formatDate } from '../../negotiations/displayFormat';
import { OWN_DEALS_CSV_HREF } from './analyticsApi';
import { DealLeadCells } from './DealLeadCells';
import { useExhibitorAnalyticsText } from './i18n';

/**
 * The caller's deals — sold by their organization, or bought — newest first, each exhibit linking to the
 * auction or negotiation that sold it; the same rows download as CSV.
 */
export function OwnDealsTable({ deals, orgId }: { deals: LedgerDeal[]; orgId: string }) {
  const { tx, lng } = useExhibitorAnalyticsText();
  const sum = (items: LedgerDeal[]): Money => ({ amount: items.reduce((s, d) => s + d.amount.amount, 0), currency: 'CNY' });
  const sold = deals.filter((d) => d.sellerOrgId === orgId);
  return (
    <section className="analytics-block analytics-block--wide" aria-labelledby="own-deals-title" data-testid="own-deals">
      <div className="section-head">
        <h3 id="own-deals-title">{tx('deals.heading')}</h3>
        <a className="button button--ghost button--small" href={OWN_DEALS_CSV_HREF} download aria-label={tx('deals.exportLabel')}>
          {tx('deals.export')}
        </a>
      </div>
      <p className="muted small">{tx('deals.intro')}</p>
      {deals.length === 0 ? (
        <p className="analytics-empty">{tx('deals.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="leads analytics-table">
              <caption className="visually-hidden">{tx('deals.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{tx('deals.at')}</th>
                  <th scope="col">{tx('deals.exhibit')}</th>
                  <th scope="col">{tx('deals.type')}</th>
                  <th scope="col">{tx('deals.source')}</th>
                  <th scope="col">{tx('deals.seller')}</th>
                  <th scope="col">{tx('deals.side')}</th>
                  <th scope="col" className="num">
                    {tx('deals.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {deals.map((d) => (
                  <tr key={d.id} data-deal-id={d.id}>
                    <DealLeadCells deal={d} when={formatDate(d.at, lng)} via={tx(`deals.via.${d.source}`)} />
                    <td>{d.sellerOrgName || <span className="mono">{d.sellerOrgId}</span>}</td>
                    <td className="nowrap">{d.sellerOrgId === orgId ? tx('deals.sold') : tx('deals.bought')}</td>
                    <td className="num">{formatMoney(d.amount, lng)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="analytics-total">
            <span>{tx('deals.total', { count: deals.length, amount: formatMoney(sum(deals), lng) })}</span>
            {sold.length !== deals.length && (
              <span className="muted">{tx('deals.soldTotal', { amount: formatMoney(sum(sold), lng) })}</span>
            )}
          </p>
        </>
      )}
    </section>
  );
}
