import { type DealSource, enumOf, type IpType, type TradeMode, type ValueOf } from '../domain.js';
import type { Money } from '../money.js';

/**
 * Where a deal stands after agreement: both parties sign the contract, the buyer pays every milestone into
 * escrow, the IP office records the transfer, escrow releases the price to the seller. Any party or the
 * organizer may cancel before completion.
 */
export const DealStage = enumOf('agreed', 'signed', 'paid', 'recorded', 'completed', 'cancelled');
/** One of {@link DealStage}. */
export type DealStage = ValueOf<typeof DealStage>;
/** The stages in their order (cancelled last: it may follow any stage before completed). */
export const DEAL_STAGES = Object.values(DealStage);

/** One step in a deal's history. */
export interface DealStageEntry {
  stage: DealStage;
  at: number;
  /** The user who made the step (`system` for the agreement itself, which the ledger records). */
  by: string;
  /** Payment reference (paid), the IP office's recordal number (recorded), payout reference (completed), reason (cancelled). */
  reference?: string;
}

/** A payment milestone of the contract, confirmed by the organizer acting as escrow agent. */
export interface PaymentMilestone {
  id: string;
  percent: number;
  amount: Money;
  /** When the contract makes it due: on signing, or before the recordal is filed. */
  due: 'signing' | 'recordal';
  confirmedAt?: number;
  confirmedBy?: string;
  reference?: string;
}

/** One agreed transaction in the ledger. */
export interface Deal {
  id: string;
  exhibitId: string;
  ipType: IpType;
  amount: Money;
  buyerId: string;
  sellerOrgId: string;
  source: DealSource;
  sourceId: string;
  at: number;
  stage: DealStage;
  stages: DealStageEntry[];
}

/** A signature: a party's representative typed their full name over the contract's SHA-256. */
export interface ContractSignature {
  /** The signing user's id. */
  by: string;
  name: string;
  at: number;
  side: 'buyer' | 'seller';
}

/** The contract a deal produces from its trade mode's template, in English and Chinese. */
export interface Contract {
  dealId: string;
  /** SHA-256 (hex) of the UTF-8 bytes of `text.en + "\n\n" + text.zh` — see docs/protocol.md. */
  sha256: string;
  text: { en: string; zh: string };
  signatures: ContractSignature[];
  mode: TradeMode;
  milestones: PaymentMilestone[];
  issuedAt: number;
}

/** A licence granted through Pavilion, shown on the exhibit once its deal completed. */
export interface ExhibitLicence {
  dealId: string;
  mode: Exclude<TradeMode, 'assignment'>;
  territory: 'WORLDWIDE' | string[];
  since: number;
}
