import type { ContractAnswer, DealAnswer, DealStageBody, DealsAnswer, SignContractBody } from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

const path = (dealId: string) => `/deals/${encodeURIComponent(dealId)}`;

/** A deal after agreement: its contract, the signatures and the settlement steps. */
export const dealsApi = {
  deal: (dealId: string, opts?: RequestOptions) => request<DealAnswer>('GET', path(dealId), undefined, opts),
  contract: (dealId: string, opts?: RequestOptions) => request<ContractAnswer>('GET', `${path(dealId)}/contract`, undefined, opts),
  sign: (dealId: string, body: SignContractBody) => request<ContractAnswer>('POST', `${path(dealId)}/sign`, body),
  stage: (dealId: string, body: DealStageBody) => request<DealAnswer>('POST', `${path(dealId)}/stage`, body),
  /** The organizer's queue: deals signed and not yet completed or cancelled. */
  escrowQueue: (opts?: RequestOptions) => request<DealsAnswer>('GET', '/escrow/deals', undefined, opts),
  /** The printable contract (a download, not a JSON read). */
  pdfUrl: (dealId: string) => `/api${path(dealId)}/contract.pdf`,
};

/** The deal reads in the query cache; `all` invalidates every one at once (a pushed `deal:updated`, a step). */
export const dealKeys = {
  all: ['deals'] as const,
  deal: (dealId: string) => [...dealKeys.all, 'deal', dealId] as const,
  contract: (dealId: string) => [...dealKeys.all, 'contract', dealId] as const,
  escrow: () => [...dealKeys.all, 'escrow'] as const,
};
