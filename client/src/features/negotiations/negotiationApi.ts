import type { Exhibit, InvitationAnswer, InvitationsAnswer, Negotiation } from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

/** One step of a negotiation's SHA-256 hash chain, as `GET /api/negotiations/:id/audit` lists it. */
export interface AuditEntry {
  seq: number;
  type: 'open' | 'offer' | 'chat' | 'accept' | 'reject' | 'withdraw';
  at: number;
  by: string;
  payload: unknown;
  hash: string;
  prevHash: string;
}

/**
 * A negotiation's reads in the query cache. Both move on with the negotiation's `seq` (a deal changes the
 * exhibit's status, every step extends the chain), so the key carries it and a newer step reads afresh.
 */
export const negotiationKeys = {
  audit: (negotiationId: string, seq: number) => ['negotiation', negotiationId, 'audit', seq] as const,
  exhibit: (exhibitId: string, version: number) => ['negotiation', 'exhibit', exhibitId, version] as const,
};

const path = (id: string) => `/negotiations/${encodeURIComponent(id)}`;

/** The negotiation routes of the REST API (and the single exhibit the offer form needs). */
export const negotiationApi = {
  /** The caller's inbox: as buyer and for their organization, last activity first, with `unread`. */
  inbox: (opts?: RequestOptions) => request<{ items: Negotiation[] }>('GET', '/negotiations', undefined, opts),
  /** The negotiation with one page of offers: the newest, or the `limit` before version `before`. */
  get: (id: string, opts?: RequestOptions, page?: { before: number; limit: number }) =>
    request<{ negotiation: Negotiation }>(
      'GET',
      page ? `${path(id)}?before=${page.before}&limit=${page.limit}` : path(id),
      undefined,
      opts,
    ),
  /** Marks everything up to the negotiation's current `seq` as read for the caller. */
  markRead: (id: string) => request<{ ok: true }>('POST', `${path(id)}/read`, {}),
  audit: (id: string, opts?: RequestOptions) =>
    request<{ entries: AuditEntry[]; valid: boolean }>('GET', `${path(id)}/audit`, undefined, opts),
  exhibit: (id: string, opts?: RequestOptions) =>
    request<{ exhibit: Exhibit }>('GET', `/exhibits/${encodeURIComponent(id)}`, undefined, opts),
  /** The deal summary of an agreed negotiation as a JSON download. */
  summaryJsonUrl: (id: string) => `/api${path(id)}/summary`,
  /** The same summary as a printable HTML page. */
  summaryHtmlUrl: (id: string) => `/api${path(id)}/summary?format=html`,
  /** The caller's invitations to negotiate after auctions that missed their reserve. */
  invitations: () => request<InvitationsAnswer>('GET', '/invitations'),
  answerInvitation: (id: string, action: 'accept' | 'decline') =>
    request<InvitationAnswer>('POST', `/invitations/${encodeURIComponent(id)}/${action}`, {}),
};
