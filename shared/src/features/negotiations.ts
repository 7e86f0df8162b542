import { z } from 'zod';
import { OfferTerms } from '../entities/negotiations.js';
import { ClientKey, Id } from '../ids.js';

/** `negotiation:open` */
export const NegotiationOpen = z.strictObject({ exhibitId: Id });
/** `negotiation:offer` */
export const NegotiationOffer = z.strictObject({ negotiationId: Id, clientOfferId: ClientKey, terms: OfferTerms });
/** `negotiation:accept` / `negotiation:reject` */
export const NegotiationDecision = z.strictObject({ negotiationId: Id, offerId: Id });
/** `negotiation:withdraw` */
export const NegotiationRef = z.strictObject({ negotiationId: Id });
