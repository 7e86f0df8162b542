/** Every error code a client can receive, REST or socket. Closed set: add, never rename. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_INPUT: 'INVALID_INPUT',
  RATE_LIMITED: 'RATE_LIMITED',
  CONFLICT: 'CONFLICT',
  BID_TOO_LOW: 'BID_TOO_LOW',
  AUCTION_NOT_OPEN: 'AUCTION_NOT_OPEN',
  SELF_DEALING: 'SELF_DEALING',
  /** Redis (the source of truth) is unreachable: nothing was written; retry later. */
  UNAVAILABLE: 'UNAVAILABLE',
  /** A bug on the server; the message never carries a stack trace. */
  INTERNAL: 'INTERNAL',
} as const;
/** One of the error codes in {@link ErrorCode}. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status each error code maps to on REST routes. */
export const httpStatusOf: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  RATE_LIMITED: 429,
  CONFLICT: 409,
  BID_TOO_LOW: 409,
  AUCTION_NOT_OPEN: 409,
  SELF_DEALING: 403,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/**
 * Why a request was refused, beside its code: a stable word per rule, so a client picks its own translated
 * text instead of reading the English `message`. One vocabulary per feature; the same word may recur across
 * features (`sold`) and always means the same thing. Closed sets: add, never rename.
 */
export const NotFoundReason = {
  hall: 'hall',
  booth: 'booth',
  exhibit: 'exhibit',
  session: 'session',
  question: 'question',
  negotiation: 'negotiation',
  auction: 'auction',
  chatRoom: 'chatRoom',
  message: 'message',
  organization: 'organization',
  route: 'route',
  event: 'event',
  slot: 'slot',
  meeting: 'meeting',
  need: 'need',
  document: 'document',
  deal: 'deal',
  invitation: 'invitation',
  /** A booth without a logo (it shows its monogram). */
  logo: 'logo',
} as const;
/** One of {@link NotFoundReason}: which thing does not exist. */
export type NotFoundReason = (typeof NotFoundReason)[keyof typeof NotFoundReason];

/** Refusals common to every feature. */
export const AccessReason = {
  /** The caller is not staff of the organization that owns the thing. */
  notStaff: 'notStaff',
  /** The caller's account belongs to no organization. */
  noOrganization: 'noOrganization',
  /** Organizers may watch this, not act in it. */
  organizerObserves: 'organizerObserves',
  /** Only organizers may do this. */
  organizersOnly: 'organizersOnly',
  /** Join the room (hall, booth, session, chat) first. */
  notJoined: 'notJoined',
  /** Too many requests from this caller. */
  tooFast: 'tooFast',
} as const;
export type AccessReason = (typeof AccessReason)[keyof typeof AccessReason];

export const AuthReason = {
  wrongCredentials: 'wrongCredentials',
  wrongPassword: 'wrongPassword',
  emailTaken: 'emailTaken',
  /** The password changed between reading and writing it: try again. */
  passwordChanged: 'passwordChanged',
  /** Sign-ins on this account from this address are being delayed after failures. */
  failedSignIns: 'failedSignIns',
} as const;
export type AuthReason = (typeof AuthReason)[keyof typeof AuthReason];

export const CatalogReason = {
  notExhibitor: 'notExhibitor',
  boothExists: 'boothExists',
  hallFull: 'hallFull',
  /** The booth's block (or, for a new booth, the hall) has no free place the size of that package. */
  noRoomForPackage: 'noRoomForPackage',
  /** The booth moved to another hall while its package was being changed: read it again and retry. */
  boothMoved: 'boothMoved',
  sold: 'sold',
  inAuction: 'inAuction',
  /** The exhibit's legal status changed since the version the organizer checked (`details.version`). */
  legalStatusChanged: 'legalStatusChanged',
} as const;
export type CatalogReason = (typeof CatalogReason)[keyof typeof CatalogReason];

export const ChatReason = {
  muted: 'muted',
  notModerator: 'notModerator',
  /** One of the per-room limits on messages. */
  roomTooFast: 'roomTooFast',
} as const;
export type ChatReason = (typeof ChatReason)[keyof typeof ChatReason];

export const SessionReason = {
  notHost: 'notHost',
  notLive: 'notLive',
  notScheduled: 'notScheduled',
  ended: 'ended',
  alreadyLive: 'alreadyLive',
  /** A replay or recording step for a session that has not ended yet. */
  notEnded: 'notEnded',
  exhibitNotInBooth: 'exhibitNotInBooth',
  tooManyQuestions: 'tooManyQuestions',
  /** The asker has the most unanswered questions allowed (`details.openQuestions`). */
  openQuestions: 'openQuestions',
  alreadyUpvoted: 'alreadyUpvoted',
  notBroadcasting: 'notBroadcasting',
  /** WebRTC signals go only between the host and a viewer. */
  notPeer: 'notPeer',
  /** The session's video does not go through the SFU (sfu:* events), or not any more. */
  notSfu: 'notSfu',
  /** The SFU refused or did not answer (details.janusCode when Janus gave one). */
  sfuFailed: 'sfuFailed',
  /** The session is for signed-in accounts only (`audience: registered`): sign in to watch. */
  registeredOnly: 'registeredOnly',
} as const;
export type SessionReason = (typeof SessionReason)[keyof typeof SessionReason];

export const NegotiationReason = {
  notParty: 'notParty',
  /** The negotiation is no longer open (`details.status`: agreed, rejected or withdrawn). */
  notOpen: 'notOpen',
  notAgreed: 'notAgreed',
  noOffer: 'noOffer',
  notLatestOffer: 'notLatestOffer',
  /** A side cannot accept or reject its own offer. */
  ownOffer: 'ownOffer',
  offerExpired: 'offerExpired',
  sold: 'sold',
  inAuction: 'inAuction',
  exclusiveLicenceInForce: 'exclusiveLicenceInForce',
  /** An exclusive licence already covers the territory (`details.country` when one country overlaps). */
  territoryTaken: 'territoryTaken',
  ownExhibit: 'ownExhibit',
  busy: 'busy',
  /** The right has lapsed (fees unpaid, withdrawn, invalidated): it cannot be traded. */
  lapsed: 'lapsed',
  /** The right's term is over: it cannot be traded. */
  expired: 'expired',
} as const;
export type NegotiationReason = (typeof NegotiationReason)[keyof typeof NegotiationReason];

export const AuctionReason = {
  closed: 'closed',
  notStarted: 'notStarted',
  /** `details.minimum` is the lowest acceptable bid. */
  belowMinimum: 'belowMinimum',
  /** The leader's bid must raise their own maximum (`details.minimum`). */
  alreadyLeading: 'alreadyLeading',
  ownExhibit: 'ownExhibit',
  organizerBid: 'organizerBid',
  sold: 'sold',
  inAuction: 'inAuction',
  exclusiveLicenceInForce: 'exclusiveLicenceInForce',
  lapsed: 'lapsed',
  expired: 'expired',
  /** Invitations follow an auction that closed (`notClosed` while it runs). */
  notClosed: 'notClosed',
  /** That bidder was already invited from this auction. */
  alreadyInvited: 'alreadyInvited',
  /** The invitation was already accepted or declined. */
  invitationAnswered: 'invitationAnswered',
  /** Only the invited bidder may answer an invitation. */
  notInvitee: 'notInvitee',
} as const;
export type AuctionReason = (typeof AuctionReason)[keyof typeof AuctionReason];

export const MeetingReason = {
  /** Someone else booked the slot first. */
  slotTaken: 'slotTaken',
  /** The caller already holds a meeting at that time (`details.meetingId`). */
  meetingOverlap: 'meetingOverlap',
  /** Only the meeting's visitor and staff member may see it or enter its room. */
  notParty: 'notParty',
  /** The meeting was cancelled or is over (`details.status`). */
  meetingClosed: 'meetingClosed',
  /** The caller holds as many upcoming meetings as allowed. */
  tooManyMeetings: 'tooManyMeetings',
  /** The booth has as many upcoming slots as it may hold. */
  tooManySlots: 'tooManySlots',
  /** A booked slot cannot be withdrawn (cancel the meeting instead). */
  slotBooked: 'slotBooked',
} as const;
export type MeetingReason = (typeof MeetingReason)[keyof typeof MeetingReason];

/** Contracts, signatures and the settlement of a deal. */
export const DealReason = {
  /** Only the deal's buyer and seller organization (and the organizer, to read) take part in it. */
  notParty: 'notParty',
  /** The caller's side already signed (`details.signedBy`). */
  alreadySigned: 'alreadySigned',
  /** The hash signed is not the contract's (`details.sha256` is the current one). */
  staleHash: 'staleHash',
  /** Sign the contract you read: no contract was issued yet. */
  noContract: 'noContract',
  /** The step does not follow the deal's current stage (`details.stage`). */
  outOfOrder: 'outOfOrder',
  /** `signed` is reached only by both parties signing. */
  signaturesRequired: 'signaturesRequired',
  /** Payments, recordal and release are confirmed by the organizer as escrow agent. */
  escrowAgentOnly: 'escrowAgentOnly',
  /** The payment milestone is confirmed already (`details.milestone`). */
  alreadyConfirmed: 'alreadyConfirmed',
  /** The contract has no such milestone. */
  unknownMilestone: 'unknownMilestone',
  /** The deal is cancelled. */
  cancelled: 'cancelled',
} as const;
export type DealReason = (typeof DealReason)[keyof typeof DealReason];

/** Needs, recommendations and favourites. */
export const MatchmakingReason = {
  /** The caller holds the most needs allowed (`details.limit`). */
  tooManyNeeds: 'tooManyNeeds',
  /** The caller's briefcase is full (`details.limit`). */
  tooManyFavourites: 'tooManyFavourites',
  /** An exhibitor answers a need with one of its own organization's exhibits. */
  notOwnExhibit: 'notOwnExhibit',
} as const;
export type MatchmakingReason = (typeof MatchmakingReason)[keyof typeof MatchmakingReason];

/** Documents on exhibits and the NDA in front of them. */
export const DataRoomReason = {
  /** An NDA-only document, before the caller accepted the exhibit's NDA. */
  ndaRequired: 'ndaRequired',
  /** The NDA version accepted is not the current one (`details.version` is). */
  staleNda: 'staleNda',
  /** The exhibit holds the most documents allowed (`details.limit`). */
  tooManyDocuments: 'tooManyDocuments',
} as const;
export type DataRoomReason = (typeof DataRoomReason)[keyof typeof DataRoomReason];

/** Others as people in a hall: waves, do-not-disturb and follow-me. */
export const PeopleReason = {
  /** The other visitor is not in the hall near you (the server's view of both poses). */
  notNearby: 'notNearby',
  /** The other visitor has do-not-disturb on. */
  doNotDisturb: 'doNotDisturb',
  /** No current invitation from that host (never made, lapsed, or withdrawn). */
  notInvited: 'notInvited',
  /** Neither following anyone nor leading anyone. */
  notLeading: 'notLeading',
  /** The host leads as many followers as allowed (`details.limit`). */
  tooManyFollowers: 'tooManyFollowers',
  /** A follower cannot lead a group, and a host cannot follow someone else: stop first. */
  inGroup: 'inGroup',
} as const;
export type PeopleReason = (typeof PeopleReason)[keyof typeof PeopleReason];

/** Why a field's value was refused beyond its schema (the `params.reason` of a `custom` issue). */
export const FieldReason = {
  /** A time that must be in the future (or not long past) is not. */
  past: 'past',
  /** A time too far ahead. */
  tooFarAhead: 'tooFarAhead',
  /** A time that must come after another (`endsAt` after `startsAt`). */
  beforeStart: 'beforeStart',
  /** The value names the caller where someone else is meant. */
  self: 'self',
  /** The exhibit is not offered under this licence type. */
  notOffered: 'notOffered',
  /** An amount that must be greater than zero (a price, an increment). */
  notPositive: 'notPositive',
  /** A time that must not come before another (`hardEndsAt` before `endsAt`). */
  beforeEnd: 'beforeEnd',
  /** A reserve price below the start price. */
  belowStartPrice: 'belowStartPrice',
  /** A list that must rise (increment tiers by `from`). */
  notIncreasing: 'notIncreasing',
  /** A list that must not hold the same value twice (countries of a territory, trade modes). */
  repeated: 'repeated',
  /** A licence needs a term in months. */
  termRequired: 'termRequired',
  /** An assignment has no term. */
  termNotApplicable: 'termNotApplicable',
  /** Not an ISO 3166-1 alpha-2 country code. */
  unknownCountry: 'unknownCountry',
  /** A country that does not match the region (`params.expected` names the one it must be, if only one). */
  countryNotInRegion: 'countryNotInRegion',
  /** A display, organization or booth name that passes for the expo or its staff. */
  reservedName: 'reservedName',
  /** Exhibitors register with their organization. */
  organizationRequired: 'organizationRequired',
  /** Visitors register without one. */
  organizationNotAllowed: 'organizationNotAllowed',
  /** An update that changes nothing. */
  nothingToChange: 'nothingToChange',
  /** A slot shorter than the shortest allowed (15 minutes). */
  tooShort: 'tooShort',
  /** A slot longer than the longest allowed. */
  tooLong: 'tooLong',
  /** A user named as booth staff who is not staff of that booth. */
  notStaffOfBooth: 'notStaffOfBooth',
  /** A slot overlapping another of the same staff member (`params.slotId` when it is already published). */
  staffOverlap: 'staffOverlap',
  /** An exhibit (or slot) of another booth. */
  notInBooth: 'notInBooth',
  /** A lower bound above its upper bound (`minPrice` above `maxPrice`, a budget's `min` above its `max`). */
  aboveMaximum: 'aboveMaximum',
  /** Not a real IPC, Nice or Locarno class. */
  unknownClass: 'unknownClass',
  /** A need that names neither a class nor a keyword. */
  nothingToMatch: 'nothingToMatch',
  /** An uploaded file whose bytes are not one of the allowed types (`params.allowed`), whatever its name says. */
  fileType: 'fileType',
  /** An uploaded file over the size limit (`params.maximum`, bytes). */
  fileTooLarge: 'fileTooLarge',
  /** An uploaded file with no bytes, or a form without its file. */
  fileMissing: 'fileMissing',
  /** A file name that is a path or carries control characters. */
  fileName: 'fileName',
  /** An image whose bytes have the right signature but do not decode (truncated, corrupt, or too many pixels). */
  imageUnreadable: 'imageUnreadable',
  /** A registration number whose check digit does not match (Chinese patent application numbers). */
  checkDigit: 'checkDigit',
  /** Not a number of that office for that kind of right (`params.example` shows the expected form). */
  registrationFormat: 'registrationFormat',
  /** A legal state of the other kinds of right (a patent is granted, a trademark registered). */
  stateNotForType: 'stateNotForType',
  /** A bidder rank beyond the auction's bidders (`params.bidders`). */
  rankOutOfRange: 'rankOutOfRange',
} as const;
export type FieldReason = (typeof FieldReason)[keyof typeof FieldReason];

/** Every reason word, for checking a script's refusal against the vocabularies. */
export const ErrorReasons: ReadonlySet<string> = new Set<string>([
  ...Object.values(NotFoundReason),
  ...Object.values(AccessReason),
  ...Object.values(AuthReason),
  ...Object.values(CatalogReason),
  ...Object.values(ChatReason),
  ...Object.values(SessionReason),
  ...Object.values(NegotiationReason),
  ...Object.values(AuctionReason),
  ...Object.values(MeetingReason),
  ...Object.values(MatchmakingReason),
  ...Object.values(DataRoomReason),
  ...Object.values(DealReason),
  ...Object.values(PeopleReason),
  ...Object.values(FieldReason),
]);
/** Any reason of any feature. */
export type ErrorReason =
  | NotFoundReason
  | AccessReason
  | AuthReason
  | CatalogReason
  | ChatReason
  | SessionReason
  | NegotiationReason
  | AuctionReason
  | MeetingReason
  | MatchmakingReason
  | DataRoomReason
  | DealReason
  | PeopleReason
  | FieldReason;

/** zod 4's issue codes, plus nothing of ours: a script's or handler's own field check is a `custom` issue. */
export type ValidationIssueCode =
  | 'invalid_type'
  | 'too_big'
  | 'too_small'
  | 'invalid_format'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'invalid_value'
  | 'custom';

/**
 * One refused field of an `INVALID_INPUT`: `path` is dotted (`body.askingPrice.amount`, `terms.territory.0`;
 * REST paths start with `body.` / `query.` / `params.`, socket payload paths do not), `params` the rule's
 * numbers and words, never the input itself: `expected` + `received` (a type name) for `invalid_type`;
 * `origin` + `minimum`/`maximum` (+ `inclusive`, `exact`) for `too_small`/`too_big`; `format` (+ `prefix`,
 * `suffix`, `includes`) for `invalid_format`; `values` for `invalid_value`; `keys` for `unrecognized_keys`;
 * `divisor` for `not_multiple_of`; `reason` (a {@link FieldReason}) for `custom`.
 */
export interface ValidationIssue {
  path: string;
  code: ValidationIssueCode;
  params?: Record<string, unknown>;
}

/** Machine-readable detail of an error; each key appears only with the codes named. */
export interface ErrorDetails {
  /** `INVALID_INPUT`: the refused fields, in the order of {@link ErrorDetails.issues}. */
  fields?: string[];
  /** `INVALID_INPUT`: why each field was refused. */
  issues?: ValidationIssue[];
  /** `RATE_LIMITED` (and a mute): when to try again. */
  retryAfterMs?: number;
  [key: string]: unknown;
}

/** The error body of every failed REST answer and socket ack. */
export interface ErrorBody {
  code: ErrorCode;
  /** English, for logs and bots; a client shows text of its own chosen by `code` and `reason`. */
  message: string;
  /** Which rule refused (see the reason vocabularies above); absent where the code says it all. */
  reason?: ErrorReason;
  /** Optional machine-readable detail, e.g. the fields that failed or the minimum acceptable bid. */
  details?: ErrorDetails;
}

/** A failed answer: `{ ok: false, error }`. */
export interface ErrorAnswer {
  ok: false;
  error: ErrorBody;
}
