import { z } from 'zod';
import type { IpType, TRADE_MODES } from '../domain.js';
import type { Money } from '../money.js';

/** The exhibit a live session is showing, as every viewer's card shows it. */
export interface SpotlightCard {
  id: string;
  boothId: string;
  type: IpType;
  title: string;
  registrationNumber: string;
  askingPrice: Money;
  tradeModes: (typeof TRADE_MODES)[number][];
}

/** One change of a session's spotlight, at the server's time (epoch ms). */
export interface SpotlightChange {
  /** The exhibit spotlighted from then on; null when the host cleared the spotlight. */
  exhibitId: string | null;
  /** The exhibit's title when it was spotlighted ('' for a clear). */
  title: string;
  at: number;
}

/** Who may watch a session: anyone (`public`), or signed-in accounts only (`registered`). */
export const SESSION_AUDIENCES = ['public', 'registered'] as const;
/** One of {@link SESSION_AUDIENCES}. */
export type AudienceKind = (typeof SESSION_AUDIENCES)[number];

/** A live (or scheduled) session in a booth. */
export interface LiveSession {
  id: string;
  boothId: string;
  hallId: string;
  orgId: string;
  boothName: string;
  orgName: string;
  title: string;
  description?: string;
  hostId: string;
  hostName: string;
  status: 'scheduled' | 'live' | 'ended';
  /** Planned start (epoch ms, server clock); the actual one is `startedAt`. */
  startsAt: number;
  startedAt?: number;
  endedAt?: number;
  spotlightExhibitId?: string;
  /** The spotlighted exhibit's card (null when nothing is spotlighted). */
  spotlight: SpotlightCard | null;
  /** Sockets watching now, across every node. */
  viewers: number;
  /** True while the host sends video (viewers then ask for it: `sfu:subscribe`, or `rtc:want` peer to peer). */
  broadcasting: boolean;
  /**
   * How the video travels: `sfu` through a Janus VideoRoom (the host uploads once), `p2p` from the host's browser
   * to each viewer (≤ 20). Fixed when the session goes live; `p2p` before.
   */
  transport: 'sfu' | 'p2p';
  /** Whether the live video is being recorded for a replay (the host decides before going live). */
  recorded: boolean;
  /**
   * Who may watch (the host decides when scheduling or going live): `public` — anyone, guests included;
   * `registered` — signed-in accounts only (joining, the video, the chat, the Q&A and the replay).
   */
  audience: AudienceKind;
  /** The replay after the end: a browser-playable file and its length; null while live, unrecorded, or not ready yet. */
  recording: SessionRecording | null;
  /** Grows by one per change of the session. */
  seq: number;
}

/** A session's replay: where the file is served and how long it plays. */
export interface SessionRecording {
  url: string;
  durationMs: number;
  /** When the recording began (epoch ms, server clock; the session's start when unknown): the replay's time 0. */
  startedAt: number;
}

/** One question in a live session's Q&A. */
export interface SessionQuestion {
  id: string;
  sessionId: string;
  userId: string;
  userName: string;
  text: string;
  votes: number;
  answered: boolean;
  at: number;
}

/** Emoji reactions a viewer may send during a live session. */
export const SESSION_REACTIONS = ['👏', '👍', '❤️', '🎉', '🤔', '🔥'] as const;
/** One of {@link SESSION_REACTIONS}. */
export type SessionReaction = (typeof SESSION_REACTIONS)[number];

/** An ICE server for WebRTC (STUN, or TURN with credentials), as `RTCIceServer`. */
export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

/** A WebRTC session description relayed between a host and one viewer. */
export const RtcDescription = z.strictObject({
  type: z.enum(['offer', 'answer'], { error: 'must be offer or answer' }),
  sdp: z.string().min(1).max(100_000),
});
/** A WebRTC ICE candidate relayed between a host and one viewer. */
export const RtcCandidate = z.strictObject({
  candidate: z.string().max(2_000),
  sdpMid: z.string().max(64).nullable().optional(),
  sdpMLineIndex: z.number().int().min(0).max(64).nullable().optional(),
  usernameFragment: z.string().max(256).nullable().optional(),
});

/**
 * A WebRTC signalling message for one peer (a socket id) in the call `call` names (a session, a meeting's
 * stream): an offer / answer or an ICE candidate, exactly one of the two.
 */
export function rtcSignal<Call extends z.ZodRawShape>(call: Call) {
  return z
    .strictObject({
      ...call,
      to: z.string().min(1).max(64),
      description: RtcDescription.optional(),
      candidate: RtcCandidate.optional(),
    })
    .refine((v: { description?: unknown; candidate?: unknown }) => (v.description === undefined) !== (v.candidate === undefined), {
      message: 'carry exactly one of description or candidate',
      path: ['description'],
    });
}
