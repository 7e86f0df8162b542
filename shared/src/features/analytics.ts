import type { OrgKind, Region } from '../domain.js';
import type { LedgerDeal } from './ledger.js';

/** What a visitor did at a booth, in the order the leads table (and its CSV) shows them. */
export const LEAD_ACTIONS = [
  'entered',
  'chatted',
  'asked',
  'negotiated',
  'bid',
  'booked',
  'met',
  'cancelledMeeting',
  'missedMeeting',
  'saved',
] as const;
/** One of {@link LEAD_ACTIONS}. */
export type LeadAction = (typeof LEAD_ACTIONS)[number];

/** A signed-in visitor of a booth as its exhibitors see them (never the booth's own staff). */
export interface Lead {
  userId: string;
  name: string;
  /** The visitor's organization, when they belong to one. */
  orgName?: string;
  /** Only when the visitor agreed to share contact details. */
  email?: string;
  firstSeen: number;
  lastSeen: number;
  /** How many times the visitor did each thing; absent = never. */
  actions: Partial<Record<LeadAction, number>>;
}

/** Answer of `GET /api/exhibitor/analytics`: the caller's organization's booth traffic and business. */
export interface BoothAnalytics {
  boothId: string;
  /** Entries by signed-in visitors from outside the organization. */
  visits: number;
  /** Time those visitors spent inside, summed when they leave. */
  dwellMs: number;
  /** The last 7 UTC days, oldest first (`day` is `YYYY-MM-DD`). */
  uniqueVisitorsByDay: { day: string; count: number }[];
  /** Most recently seen first. */
  leads: Lead[];
  negotiationsByStatus: Record<string, number>;
  /** The booth's 1:1 meetings by status: `booked`, `held`, `no-show`, `cancelled`. */
  meetingsByStatus: Record<string, number>;
  /** The organization's deals as seller, newest first. */
  deals: LedgerDeal[];
}

/** Answer of `GET /api/exhibitor/leads` (JSON). */
export interface LeadsAnswer {
  leads: Lead[];
}

/** An organization as the organizer's verification queue lists it. */
export interface QueuedOrganization {
  id: string;
  name: string;
  region: Region;
  country: string;
  kind: OrgKind;
  verified: boolean;
  /** Its booth, once it has set one up. */
  boothId?: string;
}

/** Answer of `GET /api/organizations`, sorted by name. */
export interface OrganizationsAnswer {
  items: QueuedOrganization[];
}

/** Answer of `POST /api/organizations/:id/verify`. */
export interface VerifyAnswer {
  ok: true;
  verified: boolean;
}

/** `detail` of a deletion: the message, who wrote it and how it began (its first 120 characters). */
export interface DeletionDetail {
  messageId: string;
  userId: string;
  userName: string;
  excerpt: string;
}

/** `detail` of a mute: who, and for how long. */
export interface MuteDetail {
  userId: string;
  userName: string;
  minutes: number;
}

/** One moderation step, newest first in the log. `by` is the moderator's user id, `byName` their name. */
export interface ModerationEntry {
  id: string;
  at: number;
  action: string;
  room: string;
  by: string;
  byName: string;
  /** By `action` (entries logged by older servers lack the names). */
  detail: DeletionDetail | MuteDetail | Record<string, unknown>;
}

/** Answer of `GET /api/moderation`. */
export interface ModerationAnswer {
  items: ModerationEntry[];
}
