import { z } from 'zod';
import {
  type LiveSession,
  RtcDescription,
  rtcSignal,
  SESSION_AUDIENCES,
  SESSION_REACTIONS,
  type SessionQuestion,
  type SpotlightChange,
} from '../entities/sessions.js';
import { EpochMs, Id } from '../ids.js';
import { boundedText, optionalText } from '../text.js';

/** `session:start`: go live now, or schedule (`startsAt` in the future), or start a scheduled one (`sessionId`). */
export const SessionStart = z.strictObject({
  boothId: Id,
  title: boundedText(120, 2),
  description: optionalText(1000),
  startsAt: EpochMs.optional(),
  sessionId: Id.optional(),
  /** Record the live video for a replay (default true; only where the session goes through the SFU). */
  record: z.boolean().optional(),
  /**
   * Who may watch: `public` (anyone) or `registered` (signed-in accounts only). A new session without it is public;
   * starting a scheduled one without it keeps what was chosen when it was scheduled.
   */
  audience: z.enum(SESSION_AUDIENCES, { error: 'must be public or registered' }).optional(),
});
/** `session:end`, `session:join`, `session:leave` */
export const SessionRef = z.strictObject({ sessionId: Id });
/** `session:spotlight` (`exhibitId` null clears the spotlight) */
export const SessionSpotlight = z.strictObject({ sessionId: Id, exhibitId: Id.nullable() });
/** `session:ask` */
export const SessionAsk = z.strictObject({ sessionId: Id, text: boundedText(500) });
/** `session:react` */
export const SessionReact = z.strictObject({
  sessionId: Id,
  emoji: z.enum(SESSION_REACTIONS, { error: `must be one of ${SESSION_REACTIONS.join(' ')}` }),
});
/** `session:broadcast`: the host's camera/screen is on (or off). */
export const SessionBroadcast = z.strictObject({ sessionId: Id, on: z.boolean() });
/** `sessions:subscribe` */
export const SessionsSubscribe = z.strictObject({});
/** `rtc:want`: a viewer asks the host for video. */
export const RtcWant = z.strictObject({ sessionId: Id });
/** `rtc:signal`: an offer / answer / ICE candidate for one peer (a socket id). */
export const RtcSignal = rtcSignal({ sessionId: Id });
/** `sfu:publish`: the host's offer for the session's VideoRoom (all ICE candidates in it). */
export const SfuPublish = z.strictObject({ sessionId: Id, description: RtcDescription });
/** `sfu:subscribe`: a viewer asks for the host's feed; `substream` picks the simulcast layer (0 low … 2 high). */
export const SfuSubscribe = z.strictObject({ sessionId: Id, substream: z.number().int().min(0).max(2).optional() });
/** `sfu:answer`: the viewer's answer to the offer its `sfu:subscribe` ack carried. */
export const SfuAnswer = z.strictObject({ sessionId: Id, description: RtcDescription });
/** `sfu:layer`: a viewer switches simulcast layer (0 low … 2 high). */
export const SfuLayer = z.strictObject({ sessionId: Id, substream: z.number().int().min(0).max(2) });

/** `session:upvote` / `session:answer` */
export const SessionQuestionRef = z.strictObject({ sessionId: Id, questionId: Id });
/** `session:questions`: a later page of the Q&A (the `session:join` ack carries the first 50). */
export const SessionQuestionsPage = z.strictObject({
  sessionId: Id,
  offset: z.number().int('must be a whole number').min(0, 'must not be negative').max(5000, 'must be at most 5000'),
  limit: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').optional(),
});

// ---------- sessions over REST ----------

/** Query of `GET /api/sessions` (the programme). */
export const SessionsQuery = z.strictObject({
  /** `upcoming` = scheduled, soonest first; `live` = live now; `ended` = most recent first. */
  status: z.enum(['live', 'upcoming', 'ended'], { error: 'must be live, upcoming or ended' }).optional(),
  hallId: Id.optional(),
  boothId: Id.optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1).max(500).default(100),
});
/** `GET /api/sessions` query. */
export type SessionsQuery = z.infer<typeof SessionsQuery>;

/** Answer of `GET /api/sessions`. */
export interface SessionsAnswer {
  items: LiveSession[];
}

/** Answer of `GET /api/sessions/:id`. */
export interface SessionAnswer {
  session: LiveSession;
  /** The first page (up to 50) of the Q&A, by votes then oldest first; the rest with `session:questions`. */
  questions: SessionQuestion[];
  questionCount: number;
  /** Every spotlight change while live (the latest 200), oldest first: what a replay's timeline shows. */
  spotlights: SpotlightChange[];
}
