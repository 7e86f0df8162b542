import type { Deal } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { dealSourceHref } from './dealSourceHref';
// The organizer's ledger shows these cells too: they bring their own sheet.
import './analytics.css';

/**
 * The first four cells of a deal row — when, the exhibit (linked to the auction or negotiation that sold it),
 * its IP type and how it was sold — shared by the exhibitor's own deals and the organizer's ledger.
 */
export function DealLeadCells({
  deal,
  when,
  via,
}: {
  deal: Pick<Deal, 'at' | 'exhibitId' | 'ipType' | 'source' | 'sourceId'> & { exhibitTitle?: string };
  /** The time, formatted by the table. */
  when: string;
  /** "Negotiation" / "Auction" in the table's language. */
  via: string;
}) {
  const { t } = useTranslation(['common']);
  const href = dealSourceHref(deal);
  const title = deal.exhibitTitle || <span className="mono">{deal.exhibitId}</span>;
  return (
    <>
      <td className="nowrap">
        <time dateTime={new Date(deal.at).toISOString()}>{when}</time>
      </td>
      <th scope="row">{href ? <Link to={href}>{title}</Link> : title}</th>
      <td>
        <span className={`chip chip--${deal.ipType}`}>{t(`common:ipType.${deal.ipType}`)}</span>
      </td>
      <td className="nowrap">{via}</td>
    </>
  );
}
