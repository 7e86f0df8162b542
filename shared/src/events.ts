import type { z } from 'zod';
import type { Booth, Exhibit, ExpoStats } from './catalog.js';
import type { Auction } from './entities/auctions.js';
import type { ChatMessage } from './entities/chat.js';
import type { Deal } from './entities/deals.js';
import type { Meeting } from './entities/meetings.js';
import type { NegotiationHeader, NegotiationUpdated } from './entities/negotiations.js';
import type { VisitorPose } from './entities/presence.js';
import type { IceServer, LiveSession, RtcCandidate, RtcDescription, SessionQuestion, SessionReaction } from './entities/sessions.js';
import type { ErrorAnswer } from './errors.js';
import type { AuctionBid, AuctionBidAnswer, AuctionRef } from './features/auctions.js';
import type { ChatDelete, ChatHistory, ChatMute, ChatSend, ChatTyping } from './features/chat.js';
import type { DealUpdated } from './features/deals.js';
import type { BoothRef, HallJoin, HallMove } from './features/hall.js';
import type { AuctionInvitation } from './features/invitations.js';
import type { MeetingRef, MeetingSignal, MeetingStream, MeetingWant } from './features/meetings.js';
import type { NegotiationDecision, NegotiationOffer, NegotiationOpen, NegotiationRef } from './features/negotiations.js';
import type { FollowAccept, FollowEndReason, FollowStart, FollowStop, HallDnd, HallWave, PersonRef } from './features/people.js';
import type {
  RtcSignal,
  RtcWant,
  SessionAsk,
  SessionBroadcast,
  SessionQuestionRef,
  SessionQuestionsPage,
  SessionReact,
  SessionRef,
  SessionSpotlight,
  SessionStart,
  SessionsSubscribe,
  SfuAnswer,
  SfuLayer,
  SfuPublish,
  SfuSubscribe,
} from './features/sessions.js';
import type { StatsSubscribe } from './features/stats.js';

/** A successful ack: `{ ok: true, serverTime, …fields }`. */
export type OkAnswer<T extends object = object> = { ok: true; serverTime: number } & T;
/** Every ack is a success or an error answer. */
export type AckAnswer<T extends object = object> = OkAnswer<T> | ErrorAnswer;
/** The ack callback of a client → server event. */
export type Ack<T extends object = object> = (answer: AckAnswer<T>) => void;

/** What the ack of `booth:enter` carries. */
export interface BoothEnterAnswer {
  booth: Booth;
  exhibits: Exhibit[];
  messages: ChatMessage[];
  liveSession: LiveSession | null;
  occupants: number;
}

/** What the ack of `session:join` carries. */
export interface SessionJoinAnswer {
  session: LiveSession;
  /** The first page (up to 50), sorted by votes (most first), then by time (oldest first); more with `session:questions`. */
  questions: SessionQuestion[];
  /** How many questions the session has in all. */
  questionCount: number;
  /** Ids of the questions on this page this user has upvoted. */
  myVotes: string[];
  /** The session chat's latest messages (oldest first). */
  messages: ChatMessage[];
  /** ICE servers for the video connection. */
  iceServers: IceServer[];
  /**
   * The host's video transport: `sfu` (through the session's Janus VideoRoom, signalled with sfu:*) or `p2p`
   * (one peer connection per viewer, signalled with rtc:*).
   */
  media: 'p2p' | 'sfu';
}

/** What the ack of `meeting:join` carries. */
export interface MeetingJoinAnswer {
  meeting: Meeting;
  /** The meeting chat's latest messages (oldest first). */
  messages: ChatMessage[];
  /** ICE servers for the video connections. */
  iceServers: IceServer[];
  /** How video travels: `p2p` (one connection per direction, signalled with meeting:want / meeting:signal). */
  media: 'p2p';
  /** Which camera this caller sends: its side of the meeting. */
  stream: MeetingStream;
}

/** What the ack of `session:questions` carries: one page in Q&A order, the total, the caller's votes among the page. */
export interface SessionQuestionsAnswer {
  questions: SessionQuestion[];
  total: number;
  myVotes: string[];
}

/** Client → server events (each takes an ack). */
export interface ClientToServerEvents {
  'hall:join': (p: z.input<typeof HallJoin>, ack: Ack<{ visitors: VisitorPose[] }>) => void;
  'hall:leave': (p: z.input<typeof HallJoin>, ack: Ack) => void;
  'hall:move': (p: z.input<typeof HallMove>, ack?: Ack) => void;
  'hall:wave': (p: z.input<typeof HallWave>, ack: Ack) => void;
  'hall:dnd': (p: z.input<typeof HallDnd>, ack: Ack<{ dnd: boolean }>) => void;
  'follow:start': (p: z.input<typeof FollowStart>, ack: Ack<{ expiresAt: number }>) => void;
  'follow:accept': (p: z.input<typeof FollowAccept>, ack: Ack<{ host: PersonRef }>) => void;
  'follow:stop': (p: z.input<typeof FollowStop>, ack: Ack<{ role: 'follower' | 'host'; ended: string[] }>) => void;
  'booth:enter': (p: z.input<typeof BoothRef>, ack: Ack<BoothEnterAnswer>) => void;
  'booth:leave': (p: z.input<typeof BoothRef>, ack: Ack) => void;
  'chat:send': (p: z.input<typeof ChatSend>, ack: Ack<{ message: ChatMessage }>) => void;
  'chat:history': (p: z.input<typeof ChatHistory>, ack: Ack<{ messages: ChatMessage[] }>) => void;
  'chat:delete': (p: z.input<typeof ChatDelete>, ack: Ack) => void;
  'chat:mute': (p: z.input<typeof ChatMute>, ack: Ack) => void;
  'chat:typing': (p: z.input<typeof ChatTyping>, ack?: Ack) => void;
  'session:start': (p: z.input<typeof SessionStart>, ack: Ack<{ session: LiveSession }>) => void;
  'session:end': (p: z.input<typeof SessionRef>, ack: Ack<{ session: LiveSession }>) => void;
  'session:spotlight': (p: z.input<typeof SessionSpotlight>, ack: Ack<{ session: LiveSession }>) => void;
  'session:ask': (p: z.input<typeof SessionAsk>, ack: Ack<{ question: SessionQuestion }>) => void;
  'session:upvote': (p: z.input<typeof SessionQuestionRef>, ack: Ack<{ question: SessionQuestion }>) => void;
  'session:answer': (p: z.input<typeof SessionQuestionRef>, ack: Ack<{ question: SessionQuestion }>) => void;
  'session:join': (p: z.input<typeof SessionRef>, ack: Ack<SessionJoinAnswer>) => void;
  'session:questions': (p: z.input<typeof SessionQuestionsPage>, ack: Ack<SessionQuestionsAnswer>) => void;
  'session:leave': (p: z.input<typeof SessionRef>, ack: Ack) => void;
  'session:react': (p: z.input<typeof SessionReact>, ack?: Ack) => void;
  'session:broadcast': (p: z.input<typeof SessionBroadcast>, ack: Ack<{ session: LiveSession }>) => void;
  'sessions:subscribe': (p: z.input<typeof SessionsSubscribe>, ack: Ack<{ live: LiveSession[]; upcoming: LiveSession[] }>) => void;
  'rtc:want': (p: z.input<typeof RtcWant>, ack: Ack) => void;
  'rtc:signal': (p: z.input<typeof RtcSignal>, ack?: Ack) => void;
  'sfu:publish': (p: z.input<typeof SfuPublish>, ack: Ack<{ description: z.infer<typeof RtcDescription> }>) => void;
  'sfu:subscribe': (p: z.input<typeof SfuSubscribe>, ack: Ack<{ description: z.infer<typeof RtcDescription> }>) => void;
  'sfu:answer': (p: z.input<typeof SfuAnswer>, ack: Ack) => void;
  'sfu:layer': (p: z.input<typeof SfuLayer>, ack: Ack) => void;
  'negotiation:open': (p: z.input<typeof NegotiationOpen>, ack: Ack<{ negotiation: NegotiationHeader }>) => void;
  'negotiation:offer': (p: z.input<typeof NegotiationOffer>, ack: Ack<NegotiationUpdated>) => void;
  'negotiation:accept': (p: z.input<typeof NegotiationDecision>, ack: Ack<NegotiationUpdated & { deal?: Deal }>) => void;
  'negotiation:reject': (p: z.input<typeof NegotiationDecision>, ack: Ack<NegotiationUpdated>) => void;
  'negotiation:withdraw': (p: z.input<typeof NegotiationRef>, ack: Ack<NegotiationUpdated>) => void;
  'auction:watch': (p: z.input<typeof AuctionRef>, ack: Ack<{ auction: Auction }>) => void;
  'auction:bid': (p: z.input<typeof AuctionBid>, ack: Ack<AuctionBidAnswer>) => void;
  'stats:subscribe': (p: z.input<typeof StatsSubscribe>, ack: Ack<{ stats: ExpoStats }>) => void;
  'meeting:join': (p: z.input<typeof MeetingRef>, ack: Ack<MeetingJoinAnswer>) => void;
  'meeting:leave': (p: z.input<typeof MeetingRef>, ack: Ack) => void;
  'meeting:want': (p: z.input<typeof MeetingWant>, ack: Ack) => void;
  'meeting:signal': (p: z.input<typeof MeetingSignal>, ack?: Ack) => void;
}

/** Server → client events. */
export interface ServerToClientEvents {
  'hall:presence': (p: {
    hallId: string;
    joined: VisitorPose[];
    moved: Omit<VisitorPose, 'name' | 'org' | 'dnd'>[];
    left: string[];
  }) => void;
  /** To the visitor waved at (any node). */
  'hall:wave': (p: { hallId: string; from: PersonRef }) => void;
  /** To the invited visitor: `from` (the host) asks them to follow, until `expiresAt` (server clock). */
  'follow:invite': (p: { hallId: string; from: PersonRef; expiresAt: number }) => void;
  /** To the invitee's host: they accepted and now follow (`follower`). */
  'follow:joined': (p: { hallId: string; follower: PersonRef }) => void;
  /** A follow relation ended: to the follower (`hostId` theirs) and to the host (`followerId` who left). */
  'follow:end': (p: { hallId: string; hostId: string; followerId: string; reason: FollowEndReason }) => void;
  'booth:occupancy': (p: { boothId: string; occupants: number }) => void;
  'chat:message': (p: { message: ChatMessage }) => void;
  /**
   * This socket's sign-in session ended (signed out, or the password changed elsewhere); the server
   * disconnects it right after, and the client reconnects as a guest.
   */
  'auth:revoked': (p: { reason: 'logout' | 'password' }) => void;
  'chat:deleted': (p: { room: string; messageId: string }) => void;
  'chat:typing': (p: { room: string; userId: string; userName: string }) => void;
  'session:updated': (p: { session: LiveSession }) => void;
  /** A question was asked, upvoted or answered (to the session's room). */
  'session:question': (p: { question: SessionQuestion }) => void;
  /** Someone reacted (to the session's room; volatile). */
  'session:reaction': (p: { sessionId: string; emoji: SessionReaction }) => void;
  /** A session this user asked to be reminded of has started (to every socket of the user). */
  'session:reminder': (p: { session: LiveSession }) => void;
  /** To the host: a viewer wants video (`from` is the viewer's socket id). */
  'rtc:want': (p: { sessionId: string; from: string }) => void;
  /** An offer / answer / candidate from a peer. */
  'rtc:signal': (p: {
    sessionId: string;
    from: string;
    description?: z.infer<typeof RtcDescription>;
    candidate?: z.infer<typeof RtcCandidate>;
  }) => void;
  /** To the host: this viewer left (close its peer connection). */
  'rtc:gone': (p: { sessionId: string; from: string }) => void;
  /** To the buyer's and the seller organization's sockets and the negotiation's room; one step, never the history. */
  'negotiation:updated': (p: NegotiationUpdated) => void;
  /** A deal was signed or moved a stage (to the buyer's and the seller organization's sockets). */
  'deal:updated': (p: DealUpdated) => void;
  'auction:updated': (p: { auction: Auction }) => void;
  'auction:closed': (p: { auction: Auction; deal?: Deal }) => void;
  /**
   * An invitation to negotiate after an auction closed below its reserve was made or answered: to the invited
   * bidder's sockets (in full) and to the seller organization's (anonymous until accepted).
   */
  'auction:invitation': (p: { invitation: AuctionInvitation }) => void;
  /** To a bidder who just lost the lead. */
  'auction:outbid': (p: { auction: Auction }) => void;
  'stats:updated': (p: { stats: ExpoStats }) => void;
  /** A meeting was booked, rescheduled, cancelled, held or missed (to both parties' sockets). */
  'meeting:updated': (p: { meeting: Meeting }) => void;
  /** A meeting starts now (to both parties' sockets). */
  'meeting:reminder': (p: { meeting: Meeting }) => void;
  /** To the meeting room: a party's socket (`from`) entered it. */
  'meeting:peer': (p: { meetingId: string; userId: string; from: string }) => void;
  /** To the other party's sockets in the room: `from` wants the camera of `stream`. */
  'meeting:want': (p: { meetingId: string; stream: MeetingStream; from: string }) => void;
  /** An offer / answer / candidate from the other party's socket. */
  'meeting:signal': (p: {
    meetingId: string;
    stream: MeetingStream;
    from: string;
    description?: z.infer<typeof RtcDescription>;
    candidate?: z.infer<typeof RtcCandidate>;
  }) => void;
  /** To the meeting room: a party's socket left it (close its connections). */
  'meeting:gone': (p: { meetingId: string; from: string }) => void;
}

/** Events between server nodes (through the Redis adapter's serverSideEmit): none today. */
export type InterServerEvents = Record<never, never>;

/** What a server keeps on each socket. */
export interface SocketData {
  userId: string | null;
  displayName: string;
  role: 'visitor' | 'exhibitor' | 'organizer' | 'guest';
  orgId: string | null;
  /** The sign-in session this socket authenticated with (a public tag, never the token); null for guests. */
  sessionTag?: string | null;
}
