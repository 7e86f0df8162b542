import { z } from 'zod';
import { rtcSignal } from '../entities/sessions.js';
import { EpochMs, Id } from '../ids.js';
import { optionalText } from '../text.js';

/** The shortest and longest slot a booth may publish. */
export const SLOT_MIN_MS = 15 * 60_000;
export const SLOT_MAX_MS = 4 * 60 * 60_000;
/** Slots one publish request may carry, and free or booked upcoming slots a booth may hold. */
export const SLOTS_PER_REQUEST = 50;
export const SLOTS_PER_BOOTH = 500;
/** The widest window `GET /api/booths/:id/slots` reads at once. */
export const SLOT_QUERY_MAX_MS = 62 * 86_400_000;
/** How long before its start a meeting room opens (the "Join" button, and when joining counts as attending). */
export const MEETING_EARLY_JOIN_MS = 10 * 60_000;

/**
 * A point in time: an ISO 8601 date-time with its offset (`2026-12-03T18:00:00+08:00`, or `Z`) — so the
 * publisher's time zone is explicit — or epoch milliseconds.
 */
export const Instant = z.union([
  EpochMs,
  z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with an offset, or epoch ms' }).transform((s) => Date.parse(s)),
]);

/** One slot to publish. */
export const SlotInput = z
  .strictObject({ startsAt: Instant, endsAt: Instant, staffId: Id.optional() })
  .refine((s) => s.endsAt > s.startsAt, { message: 'must come after startsAt', path: ['endsAt'], params: { reason: 'beforeStart' } })
  .refine((s) => s.endsAt <= s.startsAt || s.endsAt - s.startsAt >= SLOT_MIN_MS, {
    message: 'a slot lasts at least 15 minutes',
    path: ['endsAt'],
    params: { reason: 'tooShort' },
  })
  .refine((s) => s.endsAt - s.startsAt <= SLOT_MAX_MS, {
    message: 'a slot lasts at most 4 hours',
    path: ['endsAt'],
    params: { reason: 'tooLong' },
  });

/** `POST /api/booths/:id/slots` */
export const PublishSlots = z.strictObject({
  slots: z.array(SlotInput).min(1, 'must hold at least one slot').max(SLOTS_PER_REQUEST, `must hold at most ${SLOTS_PER_REQUEST} slots`),
});
export type PublishSlots = z.infer<typeof PublishSlots>;

/** A time in a query string: ISO 8601 with an offset, or epoch ms. */
const QueryInstant = z.union([
  z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with an offset, or epoch ms' }).transform((s) => Date.parse(s)),
  z.coerce.number({ error: 'must be an ISO 8601 date-time with an offset, or epoch ms' }).int().nonnegative(),
]);

/** `GET /api/booths/:id/slots?from=&to=` (epoch ms or ISO; default: now to two weeks ahead). */
export const SlotsQuery = z
  .strictObject({
    from: QueryInstant.optional(),
    to: QueryInstant.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.to >= q.from, { message: 'must not come before from', path: ['to'] })
  .refine((q) => q.from === undefined || q.to === undefined || q.to - q.from <= SLOT_QUERY_MAX_MS, {
    message: 'the window is at most 62 days',
    path: ['to'],
  });

/** `POST /api/meetings` */
export const BookMeeting = z.strictObject({ slotId: Id, exhibitId: Id.optional(), note: optionalText(500) });
export type BookMeeting = z.infer<typeof BookMeeting>;

/** `POST /api/meetings/:id/reschedule` */
export const RescheduleMeeting = z.strictObject({ slotId: Id });

/** `meeting:join` / `meeting:leave` */
export const MeetingRef = z.strictObject({ meetingId: Id });

/** Which party's camera a 1:1 video connection carries. */
export const MeetingStream = z.enum(['visitor', 'staff']);
export type MeetingStream = z.infer<typeof MeetingStream>;

/** `meeting:want`: asks the other party's tab for its camera. */
export const MeetingWant = z.strictObject({ meetingId: Id, stream: MeetingStream });

/** `meeting:signal`: an offer / answer / ICE candidate for the other party's socket. */
export const MeetingSignal = rtcSignal({ meetingId: Id, stream: MeetingStream });

/**
 * The exhibitor console's "publish slots" form: a first start (a `datetime-local` wall-clock value, read in
 * the publisher's time zone), a length, and how many back-to-back slots from there. The same bounds as
 * {@link PublishSlots}, so the form refuses what the server would.
 */
export const SlotSeriesForm = z.object({
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a date and time'),
  minutes: z.coerce
    .number({ error: 'must be a number' })
    .int('must be whole minutes')
    .min(SLOT_MIN_MS / 60_000, `must be at least ${SLOT_MIN_MS / 60_000} minutes`)
    .max(SLOT_MAX_MS / 60_000, `must be at most ${SLOT_MAX_MS / 60_000} minutes`),
  count: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(SLOTS_PER_REQUEST, `must be at most ${SLOTS_PER_REQUEST}`),
});
export type SlotSeriesForm = z.input<typeof SlotSeriesForm>;
