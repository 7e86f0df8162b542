import type { QueuedOrganization, Region } from '@pavilion/shared';
import type { OrganizationFilter } from './organizerApi';

/** Which organizations the queue lists. */
export type VerifiedFilter = 'unverified' | 'verified' | 'all';

/** The server filter for the queue's selects (`''` region = any). */
export function organizationFilter(status: VerifiedFilter, region: Region | ''): OrganizationFilter {
  return {
    ...(status === 'all' ? {} : { verified: status === 'verified' }),
    ...(region ? { region } : {}),
  };
}

/** Organizations whose name holds `query` (case- and width-insensitive); all of them for an empty query. */
export function matchingName(items: QueuedOrganization[], query: string): QueuedOrganization[] {
  const q = query.trim().normalize('NFKC').toLowerCase();
  if (!q) return items;
  return items.filter((o) => o.name.normalize('NFKC').toLowerCase().includes(q));
}

/** The queue as shown: the last list read, with changes not yet confirmed drawn as if they were. */
export interface QueueState {
  items: QueuedOrganization[];
  /** Org id → the verified state sent and not yet answered. */
  pending: Record<string, boolean>;
  /** The last change the server refused, put back on screen. */
  failure: { orgId: string; name: string; error: unknown } | null;
}

/** What happens to the queue. */
export type QueueEvent =
  | { type: 'loaded'; items: QueuedOrganization[] }
  | { type: 'sent'; orgId: string; verified: boolean }
  | { type: 'confirmed'; orgId: string }
  | { type: 'failed'; orgId: string; verified: boolean; error: unknown }
  | { type: 'dismissed' };

/** The queue before its first read. */
export const EMPTY_QUEUE: QueueState = { items: [], pending: {}, failure: null };

const withVerified = (items: QueuedOrganization[], orgId: string, verified: boolean) =>
  items.map((o) => (o.id === orgId && o.verified !== verified ? { ...o, verified } : o));

/**
 * Optimistic verification: a change shows at once; a refusal puts the organization back as it was before
 * the click and says which one; a list read while a change is in flight still shows the change.
 */
export function queueReducer(state: QueueState, event: QueueEvent): QueueState {
  switch (event.type) {
    case 'loaded': {
      let items = event.items;
      for (const [orgId, verified] of Object.entries(state.pending)) items = withVerified(items, orgId, verified);
      return { ...state, items };
    }
    case 'sent':
      return {
        items: withVerified(state.items, event.orgId, event.verified),
        pending: { ...state.pending, [event.orgId]: event.verified },
        failure: state.failure?.orgId === event.orgId ? null : state.failure,
      };
    case 'confirmed': {
      const { [event.orgId]: _done, ...pending } = state.pending;
      return { ...state, pending };
    }
    case 'failed': {
      const { [event.orgId]: _undone, ...pending } = state.pending;
      const before = !event.verified;
      const name = state.items.find((o) => o.id === event.orgId)?.name ?? event.orgId;
      return { items: withVerified(state.items, event.orgId, before), pending, failure: { orgId: event.orgId, name, error: event.error } };
    }
    case 'dismissed':
      return { ...state, failure: null };
  }
}
