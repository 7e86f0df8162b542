/**
 * Every Redis key and channel name Pavilion uses. Features never build key strings themselves.
 * Keys one script touches together share a `{…}` hash tag where they belong to one object, so the
 * scripts run unchanged on Redis Cluster; scripts that also update global sets are listed in
 * docs/architecture.md with how they move to Cluster.
 */
export const keys = {
  // accounts
  user: (id: string) => `user:{${id}}`,
  userByEmail: (email: string) => `email:${email}`,
  session: (tokenHash: string) => `session:${tokenHash}`,
  /** Sign-in attempts on one account from one address (progressive delay). */
  loginFailures: (email: string, ip: string) => `login-fail:${email}:${ip}`,
  organizers: 'organizers',
  // organizations
  org: (id: string) => `org:{${id}}`,
  orgMembers: (id: string) => `org:{${id}}:members`,
  orgs: 'orgs',
  /** Organizations that have a booth: the expo's exhibitors. */
  exhibitors: 'exhibitors',
  overseasExhibitors: 'exhibitors:overseas',
  // halls and booths
  hallIds: 'halls',
  hall: (id: string) => `hall:{${id}}`,
  hallFreeSlots: (id: string) => `hall:{${id}}:free`,
  hallBooths: (id: string) => `hall:{${id}}:booths`,
  /** Booths of a hall hosting a live session now (the sessions feature keeps it). */
  hallLiveBooths: (id: string) => `hall:{${id}}:live`,

  // live sessions (sessions feature); `livesession` because `session:` holds sign-in sessions
  liveSession: (id: string) => `livesession:{${id}}`,
  liveSessionQuestions: (id: string) => `livesession:{${id}}:questions`,
  liveSessionVotes: (id: string) => `livesession:{${id}}:votes`,
  liveSessionVoters: (id: string, questionId: string) => `livesession:{${id}}:voters:${questionId}`,
  /** Question ids ranked as the Q&A shows them (most votes, then oldest), for paging. */
  liveSessionQuestionOrder: (id: string) => `livesession:{${id}}:question-order`,
  /** Unanswered questions per asker (user id → count). */
  liveSessionOpenQuestions: (id: string) => `livesession:{${id}}:open-questions`,
  liveSessionViewers: (id: string) => `livesession:{${id}}:viewers`,
  liveSessionViewersSeen: (id: string) => `livesession:{${id}}:viewers-seen`,
  liveSessionHosts: (id: string) => `livesession:{${id}}:hosts`,
  liveSessionReminders: (id: string) => `livesession:{${id}}:reminders`,
  /** The session's spotlight changes, oldest first (JSON `{ exhibitId, title, at }`; the latest 200), for the replay's timeline. */
  liveSessionSpotlights: (id: string) => `livesession:{${id}}:spotlights`,
  boothLiveSession: (boothId: string) => `booth:{${boothId}}:live-session`,
  boothSessions: (boothId: string) => `booth:{${boothId}}:sessions`,
  userReminders: (userId: string) => `user:{${userId}}:reminders`,

  // 1:1 meetings (meetings feature)
  /** A bookable slot of a booth: times, staff member, free or booked. */
  meetingSlot: (id: string) => `slot:{${id}}`,
  /** A booth's slots by start time. */
  boothSlots: (boothId: string) => `booth:{${boothId}}:slots`,
  /** A staff member's published slots that have not ended: id → "startsAt:endsAt" (for the no-overlap rule). */
  staffSlotTimes: (userId: string) => `user:{${userId}}:slot-times`,
  meeting: (id: string) => `meeting:{${id}}`,
  /** A user's meetings (either side) by start time. */
  userMeetings: (userId: string) => `user:{${userId}}:meetings`,
  /** A user's meetings that still hold their time (booked or held, not yet ended): id → "startsAt:endsAt". */
  userMeetingTimes: (userId: string) => `user:{${userId}}:meeting-times`,
  /** A booth's meetings by start time. */
  boothMeetings: (boothId: string) => `booth:{${boothId}}:meetings`,
  /** Booked meetings by start time, until their start reminder has gone out. */
  meetingsToRemind: 'meetings:to-remind',
  /** Booked or held meetings by end time, until they are settled (held or no-show). */
  meetingsToSettle: 'meetings:to-settle',
  /** Sockets in a meeting's room (on any node): who the video signalling may reach. */
  meetingSockets: (id: string) => `meeting:{${id}}:sockets`,
  sessionsLive: 'sessions:live',
  sessionsUpcoming: 'sessions:upcoming',
  sessionsEnded: 'sessions:ended',
  /** Sessions that have (or recently had) viewers, so any node can expire a dead node's viewers. */
  sessionsWatched: 'sessions:watched',
  booth: (id: string) => `booth:{${id}}`,
  boothExhibits: (id: string) => `booth:{${id}}:exhibits`,
  // exhibits
  exhibit: (id: string) => `exhibit:{${id}}`,
  exhibits: 'exhibits',
  // the data room (documents on exhibits, the NDA, the access log)
  /** A document's metadata (its bytes are in the file store under `sha256`). */
  document: (id: string) => `document:{${id}}`,
  /** An exhibit's documents by upload time. */
  exhibitDocuments: (exhibitId: string) => `exhibit:{${exhibitId}}:documents`,
  /** Who accepted an exhibit's NDA: user id → `{ version, acceptedAt }` (JSON). */
  exhibitNda: (exhibitId: string) => `exhibit:{${exhibitId}}:nda`,
  /** An exhibit's hash-chained access log: entries (JSON) oldest first. */
  exhibitAccessLog: (exhibitId: string) => `exhibit:{${exhibitId}}:access-log`,
  /** The hash of the access log's last entry (absent = the genesis hash). */
  exhibitAccessHead: (exhibitId: string) => `exhibit:{${exhibitId}}:access-head`,
  /** Exhibits whose stated legal status the organizer has not yet checked against the register, by last change. */
  exhibitsLegalUnverified: 'exhibits:legal-unverified',
  // presence (who is where in a hall)
  presence: (hallId: string) => `presence:{${hallId}}`,
  presenceSeen: (hallId: string) => `presence:{${hallId}}:seen`,
  presenceChannel: (hallId: string) => `pavilion:presence:${hallId}`,
  // people (follow-me groups in a hall; ids are presence ids, one hash tag per hall)
  /** A host's followers (presence ids). */
  followers: (hallId: string, hostId: string) => `people:{${hallId}}:followers:${hostId}`,
  /** The host a visitor follows (absent: following no one). */
  followHost: (hallId: string, visitorId: string) => `people:{${hallId}}:host:${visitorId}`,
  /** A host's pending invitation to one visitor; expires. */
  followInvite: (hallId: string, hostId: string, visitorId: string) => `people:{${hallId}}:invite:${hostId}:${visitorId}`,
  /** What the follow scripts prepend to a presence id to name its host key (same hash tag as the keys above). */
  followHostPrefix: (hallId: string) => `people:{${hallId}}:host:`,
  /** What the follow scripts prepend to a presence id to name its followers set. */
  followersPrefix: (hallId: string) => `people:{${hallId}}:followers:`,
  // booth rooms (who is in a booth now, visits, leads)
  boothOccupants: (boothId: string) => `booth:{${boothId}}:occupants`,
  boothOccupantsSeen: (boothId: string) => `booth:{${boothId}}:occupants:seen`,
  /** Booths with anyone in them, so any node can expire the occupants of a node that died. */
  occupiedBooths: 'booths:occupied',
  boothStats: (boothId: string) => `booth:{${boothId}}:stats`,
  /** HyperLogLog of a booth's distinct visitors of a day (YYYY-MM-DD, UTC); expires once out of the analytics window. */
  boothUniqueVisitors: (boothId: string, day: string) => `booth:{${boothId}}:uv:${day}`,
  boothLeads: (boothId: string) => `booth:{${boothId}}:leads`,
  /** What one lead did at a booth: first/last seen and counts per action. */
  boothLead: (boothId: string, userId: string) => `booth:{${boothId}}:lead:${userId}`,
  // chat (room = booth:<id> | session:<id> | negotiation:<id>)
  chatStream: (room: string) => `chat:{${room}}`,
  chatIdempotency: (room: string, userId: string, clientMsgId: string) => `chat:{${room}}:cm:${userId}:${clientMsgId}`,
  chatRate: (room: string, userId: string) => `chat:{${room}}:rl:${userId}`,
  chatMute: (room: string, userId: string) => `chat:{${room}}:mute:${userId}`,
  moderationLog: 'moderation:log',
  // negotiations
  negotiation: (id: string) => `neg:{${id}}`,
  negotiationOffers: (id: string) => `neg:{${id}}:offers`,
  negotiationAudit: (id: string) => `neg:{${id}}:audit`,
  negotiationOfferKeys: (id: string) => `neg:{${id}}:offer-keys`,
  negotiationReads: (id: string) => `neg:{${id}}:reads`,
  /** The buyer's open negotiation on an exhibit (deleted when it ends). */
  openNegotiation: (buyerId: string, exhibitId: string) => `neg-open:${buyerId}:${exhibitId}`,
  buyerNegotiations: (userId: string) => `user:{${userId}}:negotiations`,
  orgNegotiations: (orgId: string) => `org:{${orgId}}:negotiations`,
  /** Territories of the exclusive licences granted on an exhibit. */
  exhibitExclusiveLicences: (exhibitId: string) => `exhibit:{${exhibitId}}:exclusive`,
  // auctions
  auction: (id: string) => `auc:{${id}}`,
  auctionBids: (id: string) => `auc:{${id}}:bids`,
  /** Outcomes of accepted bids by bidId (kept: a retried bidId answers the same). */
  auctionOutcomes: (id: string) => `auc:{${id}}:outcomes`,
  /** The answer to one refused bid, kept for a few minutes only. */
  auctionRefusedBid: (id: string, bidId: string) => `auc:{${id}}:refused:${bidId}`,
  /** Auction ids by their current end time: every node polls it and closes what is due. */
  auctionDeadlines: 'auctions:deadlines',
  /** An auction's invited bidders: bidderId → invitationId. */
  auctionInvited: (id: string) => `auc:{${id}}:invited`,
  invitation: (id: string) => `inv:{${id}}`,
  /** A user's invitations to negotiate, by creation time. */
  userInvitations: (userId: string) => `user:{${userId}}:invitations`,
  auctionsByStart: 'auctions:by-start',
  orgAuctions: (orgId: string) => `org:{${orgId}}:auctions`,
  // the ledger (deals feature): append-only stream + per-deal hashes + totals kept in the same script
  deal: (id: string) => `deal:{${id}}`,
  /** The contract a deal issued (text, hash, milestones, signatures). */
  dealContract: (id: string) => `deal:{${id}}:contract`,
  /** The audit chain of a deal that has no negotiation's chain to extend (auction deals). */
  dealAudit: (id: string) => `deal:{${id}}:audit`,
  dealBySource: (source: string, sourceId: string) => `deal:source:${source}:${sourceId}`,
  ledger: 'ledger',
  ledgerTotals: 'ledger:totals',
  ledgerCopyrights: 'ledger:copyrights',
  /** Deal value per minute: fields `<minute>:t:<ipType>` and `<minute>:r:<region>` (minute = epoch ms / 60000). */
  ledgerSeries: 'ledger:series',
  /** Per hall: fields `<hallId>:count` and `<hallId>:amount`. */
  ledgerByHall: 'ledger:by-hall',
  /** Deals per selling organization (field = org id). */
  ledgerByOrg: 'ledger:by-org',
  /** Selling organizations by deal amount (score, minor units). */
  ledgerTopOrgs: 'ledger:top-orgs',
  /** Merkle roots of the ledger's UTC days: day → `count:root` (recomputed when the day's count moves). */
  ledgerMerkleRoots: 'ledger:merkle-roots',
  dealsByTime: 'deals:by-time',
  /** Deals signed and not yet completed or cancelled: the escrow agent's queue (score: agreement time). */
  dealsAwaitingEscrow: 'deals:awaiting-escrow',
  buyerDeals: (userId: string) => `user:{${userId}}:deals`,
  orgDeals: (orgId: string) => `org:{${orgId}}:deals`,
  // buyer needs (needs feature)
  need: (id: string) => `need:{${id}}`,
  /** The user's needs by creation time. */
  userNeeds: (userId: string) => `user:{${userId}}:needs`,
  /** Public needs by last change, for exhibitors' matching. */
  publicNeeds: 'needs:public',
  /** Organizations that answered a need (org id → answer JSON). */
  needAnswers: (needId: string) => `need:{${needId}}:answers`,
  // favourites (the briefcase) and what a visitor did, for recommendations
  /** Saved exhibit ids by save time. */
  userFavouriteExhibits: (userId: string) => `user:{${userId}}:fav:exhibits`,
  /** Saved booth ids by save time. */
  userFavouriteBooths: (userId: string) => `user:{${userId}}:fav:booths`,
  /** Booths the user entered, by last entry (trimmed to the latest few hundred). */
  userVisitedBooths: (userId: string) => `user:{${userId}}:visited`,
  // operational
  rateLimit: (name: string, subject: string) => `rl:${name}:${subject}`,
  /** The prefix of a limit's counters: rate-limiter-flexible appends `:<subject>`, giving `rateLimit(name, subject)`. */
  rateLimitPrefix: (name: string) => `rl:${name}`,
  nodeOnline: (nodeId: string) => `online:node:${nodeId}`,
  /** HyperLogLog of the day's distinct visitors (YYYY-MM-DD, UTC). */
  uniqueVisitors: (day: string) => `visitors:uv:${day}`,
  onlineNodes: 'online:nodes',
  meta: 'meta',
  /** Written when a node starts; gone means Redis lost its data (health turns degraded). */
  sentinel: 'pavilion:sentinel',
} as const;

/** Pub/sub channels. */
export const channels = {
  /** Exhibit ids whose catalog entry changed; every node's search index re-reads them. */
  catalog: 'pavilion:catalog',
  /** Outcomes that scripts publish themselves, so every node sees one object's changes in script order
   * (the name is repeated in realtime/fanout.lua, which cannot import it). */
  fanout: 'pavilion:fanout',
} as const;

/** Socket.IO adapter key prefix (its pub/sub channels start with it). */
export const ADAPTER_KEY = 'pavilion:io';
