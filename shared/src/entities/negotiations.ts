import { z } from 'zod';
import { CountryCode } from '../catalog.js';
import type { IpType } from '../domain.js';
import { IP_TYPES, TRADE_MODES } from '../domain.js';
import { FieldReason } from '../errors.js';
import { EpochMs } from '../ids.js';
import { PositiveMoney } from '../money.js';
import { optionalText } from '../text.js';

/** The terms of an offer in a negotiation. */
export const OfferTerms = z
  .strictObject({
    price: PositiveMoney,
    licenseType: z.enum(TRADE_MODES, { error: `must be one of ${TRADE_MODES.join(', ')}` }),
    territory: z.union([z.literal('WORLDWIDE'), z.array(CountryCode).min(1).max(60)], {
      error: 'must be "WORLDWIDE" or a list of ISO 3166-1 country codes',
    }),
    termMonths: z.number().int('must be whole months').min(1, 'must be at least 1').max(600, 'must be at most 600').optional(),
    royaltyPercent: z.number().min(0, 'must not be negative').max(100, 'must be at most 100').optional(),
    note: optionalText(1000),
    expiresAt: EpochMs.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.licenseType !== 'assignment' && t.termMonths === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['termMonths'],
        message: 'is required for a licence',
        params: { reason: FieldReason.termRequired },
      });
    }
    if (t.licenseType === 'assignment' && t.termMonths !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['termMonths'],
        message: 'does not apply to an assignment',
        params: { reason: FieldReason.termNotApplicable },
      });
    }
    if (Array.isArray(t.territory) && new Set(t.territory).size !== t.territory.length) {
      ctx.addIssue({ code: 'custom', path: ['territory'], message: 'must not repeat a country', params: { reason: FieldReason.repeated } });
    }
  });
/** The terms of an offer. */
export type OfferTerms = z.infer<typeof OfferTerms>;

/** One immutable offer in a negotiation. */
export const Offer = z.object({
  id: z.string(),
  /** 1 for the first offer, one more for each later one (the offer's place in the history). */
  version: z.number().int().min(1),
  by: z.string(),
  side: z.enum(['buyer', 'seller']),
  terms: OfferTerms,
  at: EpochMs,
});
/** One immutable offer in a negotiation. */
export type Offer = z.infer<typeof Offer>;

/** A negotiation's state. */
export const NEGOTIATION_STATUSES = ['open', 'agreed', 'rejected', 'withdrawn'] as const;

/**
 * A negotiation without its offer history: what every `negotiation:updated` and every step's ack carries.
 * `offers` holds only the latest offer (none before the first); `offerCount` says how many there are.
 */
export const NegotiationHeader = z.object({
  id: z.string(),
  exhibitId: z.string(),
  buyerId: z.string(),
  sellerOrgId: z.string(),
  status: z.enum(NEGOTIATION_STATUSES),
  offers: z.array(Offer).max(1),
  offerCount: z.number().int().min(0),
  dealId: z.string().optional(),
  seq: z.number().int().min(0),
  createdAt: EpochMs,
  updatedAt: EpochMs,
  exhibitTitle: z.string().optional(),
  ipType: z.enum(IP_TYPES).optional(),
  buyerName: z.string().optional(),
  sellerOrgName: z.string().optional(),
});
/** A negotiation without its offer history. */
export type NegotiationHeader = z.infer<typeof NegotiationHeader>;

/**
 * `negotiation:updated`: one step of a negotiation, never its history — the header after the step and,
 * when the step was an offer, that offer. Its size does not grow with the number of offers.
 */
export const NegotiationUpdated = z.object({ negotiation: NegotiationHeader, offer: Offer.optional() });
/** `negotiation:updated` */
export type NegotiationUpdated = z.infer<typeof NegotiationUpdated>;

/** Offers per page of a negotiation's history (`GET /api/negotiations/:id`): the default and the most. */
export const OFFER_PAGE = { default: 50, max: 100 } as const;

/** `GET /api/negotiations/:id?before=&limit=`: the `limit` offers before version `before` (default: the newest). */
export const NegotiationQuery = z.strictObject({
  before: z.coerce.number({ error: 'must be an offer version' }).int('must be an offer version').min(1, 'must be at least 1').optional(),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(OFFER_PAGE.max, `must be at most ${OFFER_PAGE.max}`)
    .optional(),
});
/** `GET /api/negotiations/:id` query. */
export type NegotiationQuery = z.infer<typeof NegotiationQuery>;

/**
 * A private negotiation between a buyer and a seller organization. `offers` is a window of its history,
 * oldest first: on REST reads one page (the newest by default, `?before=<version>` for earlier ones),
 * in events and acks the latest offer only. `offerCount` is the whole history's length.
 */
export interface Negotiation {
  id: string;
  exhibitId: string;
  buyerId: string;
  sellerOrgId: string;
  status: (typeof NEGOTIATION_STATUSES)[number];
  offers: Offer[];
  offerCount: number;
  dealId?: string;
  seq: number;
  createdAt: number;
  updatedAt: number;
  /** Display fields: what is negotiated and between whom. */
  exhibitTitle?: string;
  ipType?: IpType;
  buyerName?: string;
  sellerOrgName?: string;
  /** The caller's unread steps (inbox badges). */
  unread?: number;
}
