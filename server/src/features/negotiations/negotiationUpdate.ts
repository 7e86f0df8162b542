import type { NegotiationHeader, NegotiationUpdated, Offer } from '@pavilion/shared';

/** What the step scripts return and announce (`update_of` in negotiationLib.lua): strings only. */
type ScriptUpdate = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The `negotiation:updated` payload (and the step's ack) from what a step script produced. */
export function updateFromScript(data: unknown): NegotiationUpdated {
  const d = (typeof data === 'string' ? JSON.parse(data) : data) as ScriptUpdate;
  if (!d || typeof d !== 'object' || !text(d.id)) throw new Error('negotiation update without an id');
  const latest = text(d.latest);
  const negotiation: NegotiationHeader = {
    id: text(d.id),
    exhibitId: text(d.exhibitId),
    buyerId: text(d.buyerId),
    sellerOrgId: text(d.sellerOrgId),
    status: text(d.status) as NegotiationHeader['status'],
    offers: latest ? [JSON.parse(latest) as Offer] : [],
    offerCount: Number(text(d.offerCount) || 0),
    seq: Number(text(d.seq) || 0),
    createdAt: Number(text(d.createdAt) || 0),
    updatedAt: Number(text(d.updatedAt) || 0),
  };
  if (text(d.dealId)) negotiation.dealId = text(d.dealId);
  if (text(d.exhibitTitle)) negotiation.exhibitTitle = text(d.exhibitTitle);
  if (text(d.ipType)) negotiation.ipType = text(d.ipType) as NegotiationHeader['ipType'];
  if (text(d.buyerName)) negotiation.buyerName = text(d.buyerName);
  if (text(d.sellerOrgName)) negotiation.sellerOrgName = text(d.sellerOrgName);
  const offer = text(d.offer);
  return offer ? { negotiation, offer: JSON.parse(offer) as Offer } : { negotiation };
}
