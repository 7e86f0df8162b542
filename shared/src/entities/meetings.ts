/** A booth's bookable slot as everyone sees it (never who booked it). */
export interface MeetingSlot {
  id: string;
  /** Epoch ms, server clock. */
  startsAt: number;
  endsAt: number;
  status: 'free' | 'booked';
}

/** A slot as its booth's staff publish it: also which staff member takes the meeting. */
export interface PublishedSlot extends MeetingSlot {
  boothId: string;
  staffId: string;
}

/** Where a meeting stands: booked, then held (both parties came), no-show (it ended without one of them) or cancelled. */
export const MEETING_STATUSES = ['booked', 'held', 'no-show', 'cancelled'] as const;
/** One of {@link MEETING_STATUSES}. */
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A booked 1:1 meeting between a visitor and a booth's staff member; only its two parties see it. */
export interface Meeting {
  id: string;
  boothId: string;
  slotId: string;
  startsAt: number;
  endsAt: number;
  visitorId: string;
  staffId: string;
  status: MeetingStatus;
  /** The exhibit the visitor wants to talk about. */
  exhibitId?: string;
  note?: string;
  boothName: string;
  orgName: string;
  visitorName: string;
  staffName: string;
  /** For a no-show: who never came (`visitor`, `staff` or `both`). */
  absent?: 'visitor' | 'staff' | 'both';
  /** Grows by one per change (book, reschedule, join, cancel, settle). */
  seq: number;
}
