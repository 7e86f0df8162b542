import { z } from 'zod';
import { type Booth, CountryCode, type Exhibit } from './catalog.js';
import type { DealSource, IpType } from './domain.js';
import { IP_TYPES, TRADE_MODES } from './domain.js';
import { ClientKey, EpochMs, Id } from './ids.js';
import { Money, PositiveMoney } from './money.js';
import { boundedText, optionalText } from './text.js';

// ---------- entities carried by socket events ----------

/** A visitor as seen by nearby visitors in a hall. */
export interface VisitorPose {
  id: string;
  name: string;
  x: number;
  z: number;
  heading: number;
}

/** Someone in a booth now, as its exhibitors see them (`GET /api/booths/:id/visitors`). */
export interface BoothVisitor {
  socketId: string;
  userId: string | null;
  name: string;
  orgName: string | null;
  /** Server clock, epoch ms. */
  enteredAt: number;
}

/** A chat message in a room. */
/** What the author of a chat message was in that room when they sent it (decided by the server). */
export type ChatAuthorRole = 'organizer' | 'staff' | 'visitor';

export interface ChatMessage {
  /** Redis stream id: sortable, the `before` cursor of `chat:history`. */
  id: string;
  room: string;
  userId: string;
  userName: string;
  /** `staff`: a member of the organization whose booth or session the room belongs to. */
  authorRole: ChatAuthorRole;
  text: string;
  at: number;
  clientMsgId: string;
}

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
  /** True while the host sends video (viewers then ask for it with `rtc:want`). */
  broadcasting: boolean;
  /** Grows by one per change of the session. */
  seq: number;
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
export type SessionReaction = (typeof SESSION_REACTIONS)[number];

/** An ICE server for WebRTC (STUN, or TURN with credentials), as `RTCIceServer`. */
export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

/** A WebRTC session description or ICE candidate relayed between a host and one viewer. */
export const RtcDescription = z.strictObject({
  type: z.enum(['offer', 'answer'], { error: 'must be offer or answer' }),
  sdp: z.string().min(1).max(100_000),
});
export const RtcCandidate = z.strictObject({
  candidate: z.string().max(2_000),
  sdpMid: z.string().max(64).nullable().optional(),
  sdpMLineIndex: z.number().int().min(0).max(64).nullable().optional(),
  usernameFragment: z.string().max(256).nullable().optional(),
});

/** The terms of an offer in a negotiation. */
export const OfferTerms = z
  .strictObject({
    price: PositiveMoney,
    licenseType: z.enum(TRADE_MODES, { error: `must be one of ${TRADE_MODES.join(', ')}` }),
    territory: z.union([z.literal('WORLDWIDE'), z.array(CountryCode).min(1).max(60)], {
      error: 'must be "WORLDWIDE" or a list of ISO 3166-1 country codes',
    }),
    termMonths: z.number().int('must be whole months').min(1, 'must be at least 1').max(600, 'must be at most 600').optional(),
    royaltyPercent: z.number().min(0, 'must not be negative').max(100, 'must be at most 100').optional(),
    note: optionalText(1000),
    expiresAt: EpochMs.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.licenseType !== 'assignment' && t.termMonths === undefined) {
      ctx.addIssue({ code: 'custom', path: ['termMonths'], message: 'is required for a licence' });
    }
    if (t.licenseType === 'assignment' && t.termMonths !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['termMonths'], message: 'does not apply to an assignment' });
    }
    if (Array.isArray(t.territory) && new Set(t.territory).size !== t.territory.length) {
      ctx.addIssue({ code: 'custom', path: ['territory'], message: 'must not repeat a country' });
    }
  });
/** The terms of an offer. */
export type OfferTerms = z.infer<typeof OfferTerms>;

/** One immutable offer in a negotiation. */
export const Offer = z.object({
  id: z.string(),
  /** 1 for the first offer, one more for each later one (the offer's place in the history). */
  version: z.number().int().min(1),
  by: z.string(),
  side: z.enum(['buyer', 'seller']),
  terms: OfferTerms,
  at: EpochMs,
});
/** One immutable offer in a negotiation. */
export type Offer = z.infer<typeof Offer>;

/** A negotiation's state. */
export const NEGOTIATION_STATUSES = ['open', 'agreed', 'rejected', 'withdrawn'] as const;

/**
 * A negotiation without its offer history: what every `negotiation:updated` and every step's ack carries.
 * `offers` holds only the latest offer (none before the first); `offerCount` says how many there are.
 */
export const NegotiationHeader = z.object({
  id: z.string(),
  exhibitId: z.string(),
  buyerId: z.string(),
  sellerOrgId: z.string(),
  status: z.enum(NEGOTIATION_STATUSES),
  offers: z.array(Offer).max(1),
  offerCount: z.number().int().min(0),
  dealId: z.string().optional(),
  seq: z.number().int().min(0),
  createdAt: EpochMs,
  updatedAt: EpochMs,
  exhibitTitle: z.string().optional(),
  ipType: z.enum(IP_TYPES).optional(),
  buyerName: z.string().optional(),
  sellerOrgName: z.string().optional(),
});
/** A negotiation without its offer history. */
export type NegotiationHeader = z.infer<typeof NegotiationHeader>;

/**
 * `negotiation:updated`: one step of a negotiation, never its history — the header after the step and,
 * when the step was an offer, that offer. Its size does not grow with the number of offers.
 */
export const NegotiationUpdated = z.object({ negotiation: NegotiationHeader, offer: Offer.optional() });
/** `negotiation:updated` */
export type NegotiationUpdated = z.infer<typeof NegotiationUpdated>;

/** Offers per page of a negotiation's history (`GET /api/negotiations/:id`): the default and the most. */
export const OFFER_PAGE = { default: 50, max: 100 } as const;

/** `GET /api/negotiations/:id?before=&limit=`: the `limit` offers before version `before` (default: the newest). */
export const NegotiationQuery = z.strictObject({
  before: z.coerce.number({ error: 'must be an offer version' }).int('must be an offer version').min(1, 'must be at least 1').optional(),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(OFFER_PAGE.max, `must be at most ${OFFER_PAGE.max}`)
    .optional(),
});
/** `GET /api/negotiations/:id` query. */
export type NegotiationQuery = z.infer<typeof NegotiationQuery>;

/**
 * A private negotiation between a buyer and a seller organization. `offers` is a window of its history,
 * oldest first: on REST reads one page (the newest by default, `?before=<version>` for earlier ones),
 * in events and acks the latest offer only. `offerCount` is the whole history's length.
 */
export interface Negotiation {
  id: string;
  exhibitId: string;
  buyerId: string;
  sellerOrgId: string;
  status: (typeof NEGOTIATION_STATUSES)[number];
  offers: Offer[];
  offerCount: number;
  dealId?: string;
  seq: number;
  createdAt: number;
  updatedAt: number;
  /** Display fields: what is negotiated and between whom. */
  exhibitTitle?: string;
  ipType?: IpType;
  buyerName?: string;
  sellerOrgName?: string;
  /** The caller's unread steps (inbox badges). */
  unread?: number;
}

/** A live English auction. */
export interface Auction {
  id: string;
  exhibitId: string;
  status: 'scheduled' | 'open' | 'closed';
  startPrice: Money;
  minIncrement: Money;
  currentPrice?: Money;
  leaderId?: string;
  bidCount: number;
  startsAt: number;
  endsAt: number;
  hardEndsAt: number;
  softCloseMs: number;
  reserveMet: boolean;
  seq: number;
  dealId?: string;
  incrementTiers?: { from: Money; step: Money }[];
  /** The next valid bid amount (what a quick-bid button offers). */
  nextMinimum: Money;
  /** Display fields. */
  exhibitTitle?: string;
  ipType?: IpType;
  sellerOrgId?: string;
  boothId?: string;
  hallId?: string;
}

/** One accepted bid in an auction's log (amounts strictly increase down the log). */
export interface Bid {
  id: string;
  auctionId: string;
  bidderId: string;
  amount: Money;
  at: number;
  /** Placed by the bidder's proxy maximum rather than typed. */
  proxy: boolean;
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
}

// ---------- client → server payloads ----------

const finite = (name: string, limit: number) =>
  z
    .number({ error: `${name} must be a number` })
    .refine(Number.isFinite, `${name} must be finite`)
    .refine((n) => Math.abs(n) <= limit, `${name} is out of range`);

/** `hall:join` */
export const HallJoin = z.strictObject({ hallId: Id });
/** `hall:move` */
export const HallMove = z.strictObject({ x: finite('x', 1e4), z: finite('z', 1e4), heading: finite('heading', 1e3) });
/** `booth:enter` / `booth:leave` */
export const BoothRef = z.strictObject({ boothId: Id });

/** A chat room name: `booth:<id>`, `session:<id>` or `negotiation:<id>`. */
export const ChatRoom = z
  .string({ error: 'must be a string' })
  .regex(/^(booth|session|negotiation):[A-Za-z0-9_-]{1,64}$/, 'must be booth:<id>, session:<id> or negotiation:<id>');
/** `chat:send` */
export const ChatSend = z.strictObject({ room: ChatRoom, text: boundedText(2000), clientMsgId: ClientKey });
/** `chat:history` */
export const ChatHistory = z.strictObject({
  room: ChatRoom,
  before: z
    .string()
    .regex(/^\d{1,20}-\d{1,20}$/, 'must be a message id')
    .optional(),
  after: z
    .string()
    .regex(/^\d{1,20}-\d{1,20}$/, 'must be a message id')
    .optional(),
  limit: z.number().int().min(1).max(200).optional(),
});
/** `chat:delete` */
export const ChatDelete = z.strictObject({ room: ChatRoom, messageId: z.string().regex(/^\d{1,20}-\d{1,20}$/, 'must be a message id') });
/** `chat:mute` */
export const ChatMute = z.strictObject({ room: ChatRoom, userId: Id, minutes: z.number().int().min(1).max(10080) });
/** `chat:typing` */
export const ChatTyping = z.strictObject({ room: ChatRoom });

/** `session:start`: go live now, or schedule (`startsAt` in the future), or start a scheduled one (`sessionId`). */
export const SessionStart = z.strictObject({
  boothId: Id,
  title: boundedText(120, 2),
  description: optionalText(1000),
  startsAt: EpochMs.optional(),
  sessionId: Id.optional(),
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
export const RtcSignal = z
  .strictObject({
    sessionId: Id,
    to: z.string().min(1).max(64),
    description: RtcDescription.optional(),
    candidate: RtcCandidate.optional(),
  })
  .refine((v) => (v.description === undefined) !== (v.candidate === undefined), {
    message: 'carry exactly one of description or candidate',
    path: ['description'],
  });
/** `session:upvote` / `session:answer` */
export const SessionQuestionRef = z.strictObject({ sessionId: Id, questionId: Id });
/** `session:questions`: a later page of the Q&A (the `session:join` ack carries the first 50). */
export const SessionQuestionsPage = z.strictObject({
  sessionId: Id,
  offset: z.number().int('must be a whole number').min(0, 'must not be negative').max(5000, 'must be at most 5000'),
  limit: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').optional(),
});

/** `negotiation:open` */
export const NegotiationOpen = z.strictObject({ exhibitId: Id });
/** `negotiation:offer` */
export const NegotiationOffer = z.strictObject({ negotiationId: Id, clientOfferId: ClientKey, terms: OfferTerms });
/** `negotiation:accept` / `negotiation:reject` */
export const NegotiationDecision = z.strictObject({ negotiationId: Id, offerId: Id });
/** `negotiation:withdraw` */
export const NegotiationRef = z.strictObject({ negotiationId: Id });

/** `auction:watch` */
export const AuctionRef = z.strictObject({ auctionId: Id });
/** `auction:bid` */
export const AuctionBid = z.strictObject({
  auctionId: Id,
  bidId: ClientKey,
  amount: PositiveMoney,
  maxAmount: PositiveMoney.optional(),
});
/** The body of `POST /api/auctions`. */
export type CreateAuctionBody = z.infer<typeof CreateAuctionBody>;

/** `POST /api/auctions` */
export const CreateAuctionBody = z
  .strictObject({
    exhibitId: Id,
    startPrice: PositiveMoney,
    minIncrement: PositiveMoney,
    /** Optional tiers: from a price on, the step is larger (e.g. ≥ ¥1,000,000 → ¥50,000). Sorted by `from`. */
    incrementTiers: z
      .array(z.strictObject({ from: PositiveMoney, step: PositiveMoney }))
      .max(10)
      .optional(),
    reservePrice: Money.optional(),
    startsAt: EpochMs.optional(),
    endsAt: EpochMs,
    hardEndsAt: EpochMs.optional(),
    softCloseMs: z.number().int().min(0).max(3_600_000).optional(),
  })
  .superRefine((b, ctx) => {
    const tiers = b.incrementTiers ?? [];
    for (let i = 1; i < tiers.length; i++) {
      if ((tiers[i]?.from.amount ?? 0) <= (tiers[i - 1]?.from.amount ?? 0))
        ctx.addIssue({ code: 'custom', path: ['incrementTiers', i, 'from'], message: 'tiers must be in increasing order of from' });
    }
    if (b.startsAt !== undefined && b.endsAt <= b.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
    if (b.reservePrice && b.reservePrice.amount < b.startPrice.amount)
      ctx.addIssue({ code: 'custom', path: ['reservePrice'], message: 'must not be below startPrice' });
    if (b.hardEndsAt !== undefined && b.hardEndsAt < b.endsAt)
      ctx.addIssue({ code: 'custom', path: ['hardEndsAt'], message: 'must not be before endsAt' });
  });

/** `stats:subscribe` */
export const StatsSubscribe = z.strictObject({});

// ---------- the event maps ----------

/** A successful ack: `{ ok: true, serverTime, …fields }`. */
export type OkAnswer<T extends object = object> = { ok: true; serverTime: number } & T;
/** Every ack is a success or an error answer. */
export type AckAnswer<T extends object = object> = OkAnswer<T> | import('./errors.js').ErrorAnswer;
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
  /** The host's video transport: `p2p` (one peer connection per viewer, signalled with rtc:*). */
  media: 'p2p';
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
  'negotiation:open': (p: z.input<typeof NegotiationOpen>, ack: Ack<{ negotiation: NegotiationHeader }>) => void;
  'negotiation:offer': (p: z.input<typeof NegotiationOffer>, ack: Ack<NegotiationUpdated>) => void;
  'negotiation:accept': (p: z.input<typeof NegotiationDecision>, ack: Ack<NegotiationUpdated & { deal?: Deal }>) => void;
  'negotiation:reject': (p: z.input<typeof NegotiationDecision>, ack: Ack<NegotiationUpdated>) => void;
  'negotiation:withdraw': (p: z.input<typeof NegotiationRef>, ack: Ack<NegotiationUpdated>) => void;
  'auction:watch': (p: z.input<typeof AuctionRef>, ack: Ack<{ auction: Auction }>) => void;
  'auction:bid': (p: z.input<typeof AuctionBid>, ack: Ack<{ accepted: true; auction: Auction; leading: boolean; placed: boolean }>) => void;
  'stats:subscribe': (p: z.input<typeof StatsSubscribe>, ack: Ack<{ stats: import('./catalog.js').ExpoStats }>) => void;
}

/** Server → client events. */
export interface ServerToClientEvents {
  'hall:presence': (p: { hallId: string; joined: VisitorPose[]; moved: Omit<VisitorPose, 'name'>[]; left: string[] }) => void;
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
  'auction:updated': (p: { auction: Auction }) => void;
  'auction:closed': (p: { auction: Auction; deal?: Deal }) => void;
  /** To a bidder who just lost the lead. */
  'auction:outbid': (p: { auction: Auction }) => void;
  'stats:updated': (p: { stats: import('./catalog.js').ExpoStats }) => void;
  /** A node-to-client test/diagnostic broadcast; carries a free-form note. */
  'system:notice': (p: { kind: string; text: string; at: number }) => void;
}

/** Events between server nodes (through the Redis adapter's serverSideEmit). */
export interface InterServerEvents {
  'catalog:changed': (p: { exhibitIds: string[] }) => void;
}

/** What a server keeps on each socket. */
export interface SocketData {
  userId: string | null;
  displayName: string;
  role: 'visitor' | 'exhibitor' | 'organizer' | 'guest';
  orgId: string | null;
  /** The sign-in session this socket authenticated with (a public tag, never the token); null for guests. */
  sessionTag?: string | null;
}

// ---------- sessions over REST ----------

/** Query of `GET /api/sessions` (the programme). */
export const SessionsQuery = z.strictObject({
  /** `upcoming` = scheduled, soonest first; `live` = live now; `ended` = most recent first. */
  status: z.enum(['live', 'upcoming', 'ended'], { error: 'must be live, upcoming or ended' }).optional(),
  hallId: Id.optional(),
  boothId: Id.optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1).max(500).default(100),
});
export type SessionsQuery = z.infer<typeof SessionsQuery>;

/** Answer of `GET /api/sessions`. */
export interface SessionsAnswer {
  items: LiveSession[];
}

/** Answer of `GET /api/sessions/:id`. */
export interface SessionAnswer {
  session: LiveSession;
  questions: SessionQuestion[];
}
