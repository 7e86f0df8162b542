import { z } from 'zod';
import { type Contract, DEAL_STAGES, type Deal } from '../entities/deals.js';
import { boundedText } from '../text.js';
import type { LedgerDeal } from './ledger.js';

/** A SHA-256 as lower-case hex. */
const Sha256Hex = z.string({ error: 'must be a string' }).regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex (64 characters)');

/** `POST /api/deals/:id/sign`: the signer's full name typed over the contract's hash. */
export const SignContractBody = z.strictObject({
  name: boundedText(200),
  sha256: Sha256Hex,
});
export type SignContractBody = z.infer<typeof SignContractBody>;

/** Longest reference (payment, recordal number, payout) or cancellation reason. */
export const DEAL_REFERENCE_MAX = 200;

/**
 * `POST /api/deals/:id/stage`. `reference` is required for `paid` (the payment's reference), `recorded` (the IP
 * office's recordal number) and `cancelled` (the reason). `milestone` confirms one payment milestone of the
 * contract; without it, `paid` confirms every milestone still open.
 */
export const DealStageBody = z
  .strictObject({
    stage: z.enum(DEAL_STAGES, { error: `must be one of ${DEAL_STAGES.join(', ')}` }),
    reference: boundedText(DEAL_REFERENCE_MAX).optional(),
    milestone: z
      .string({ error: 'must be a string' })
      .regex(/^[a-z]{1,20}$/, 'must be a milestone id')
      .optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.stage === 'paid' || b.stage === 'recorded' || b.stage === 'cancelled') && b.reference === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reference'], message: `is required to move a deal to ${b.stage}` });
    }
    if (b.milestone !== undefined && b.stage !== 'paid') {
      ctx.addIssue({ code: 'custom', path: ['milestone'], message: 'only a payment confirms a milestone' });
    }
  });
export type DealStageBody = z.infer<typeof DealStageBody>;

/** `GET /api/deals/:id/contract` and `POST /api/deals/:id/sign`. */
export interface ContractAnswer {
  contract: Contract;
}

/** `GET /api/deals/:id` and `POST /api/deals/:id/stage`. */
export interface DealAnswer {
  deal: LedgerDeal;
}

/** `deal:updated` (to both parties' sockets): the deal after a signature or a stage step. */
export interface DealUpdated {
  deal: Deal;
}
