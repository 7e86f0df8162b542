import { randomBytes } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IceServer } from '@pavilion/shared';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { DEFAULT_CJK_FONT } from './config.js';
import { AppEvents } from './events/appEvents.js';
import { registerAnalyticsRoutes } from './features/analytics/analyticsRoutes.js';
import { AnalyticsService } from './features/analytics/analyticsService.js';
import { auctionHandlers, followAuctionAnnouncements } from './features/auctions/auctionHandlers.js';
import { registerAuctionRoutes } from './features/auctions/auctionRoutes.js';
import { AuctionService, type BidLimits } from './features/auctions/auctionService.js';
import { forSeller, InvitationService } from './features/auctions/invitationService.js';
import { type AuthLimits, AuthService } from './features/auth/authService.js';
import type { ScryptCost } from './features/auth/password.js';
import { BoothLogos, registerBoothLogoRoutes } from './features/catalog/boothLogos.js';
import { CatalogFeed } from './features/catalog/catalogFeed.js';
import { CatalogService } from './features/catalog/catalogService.js';
import { ensureHalls, HALLS } from './features/catalog/halls.js';
import { SearchIndex } from './features/catalog/searchIndex.js';
import { chatHandlers } from './features/chat/chatHandlers.js';
import { ChatService } from './features/chat/chatService.js';
import { registerDataRoomRoutes } from './features/dataroom/dataRoomRoutes.js';
import { DataRoomService } from './features/dataroom/dataRoomService.js';
import { followDeals } from './features/deals/dealHandlers.js';
import { registerDealsRoutes } from './features/deals/dealsRoutes.js';
import { DealsService } from './features/deals/dealsService.js';
import { MerkleLedger } from './features/deals/merkleLedger.js';
import { registerSettlementRoutes } from './features/deals/settlementRoutes.js';
import { SettlementService } from './features/deals/settlementService.js';
import { registerFavouritesRoutes } from './features/favourites/favouritesRoutes.js';
import { FavouritesService } from './features/favourites/favouritesService.js';
import { writeSentinel } from './features/health/healthRoutes.js';
import { meetingHandlers } from './features/meetings/meetingHandlers.js';
import { MeetingRoom } from './features/meetings/meetingRoom.js';
import { registerMeetingRoutes } from './features/meetings/meetingRoutes.js';
import { MeetingService } from './features/meetings/meetingService.js';
import { MatchIndex } from './features/needs/matchIndex.js';
import { registerNeedsRoutes } from './features/needs/needsRoutes.js';
import { NeedsService } from './features/needs/needsService.js';
import { followNegotiations, negotiationChatPolicy, negotiationHandlers } from './features/negotiations/negotiationHandlers.js';
import { registerNegotiationRoutes } from './features/negotiations/negotiationRoutes.js';
import { type NegotiationLimits, NegotiationService } from './features/negotiations/negotiationService.js';
import { boothHandlers } from './features/presence/boothHandlers.js';
import { BoothRooms } from './features/presence/boothRooms.js';
import { peopleHandlers } from './features/presence/peopleHandlers.js';
import { PeopleService } from './features/presence/peopleService.js';
import { presenceHandlers } from './features/presence/presenceHandlers.js';
import { registerPresenceRoutes } from './features/presence/presenceRoutes.js';
import { type PresenceOptions, PresenceService } from './features/presence/presenceService.js';
import { RtcRelay } from './features/sessions/rtcRelay.js';
import { type QuestionLimits, SessionAudience } from './features/sessions/sessionAudience.js';
import { type SessionParts, sessionHandlers } from './features/sessions/sessionHandlers.js';
import { SessionLifecycle } from './features/sessions/sessionLifecycle.js';
import { SessionRecordings } from './features/sessions/sessionRecordings.js';
import { SessionReminders } from './features/sessions/sessionReminders.js';
import { registerSessionRoutes } from './features/sessions/sessionRoutes.js';
import { SfuRelay } from './features/sessions/sfuRelay.js';
import { StatsBroadcaster, statsHandlers } from './features/stats/statsRealtime.js';
import { registerStatsRoutes } from './features/stats/statsRoutes.js';
import { ONLINE_REPORT_MS, StatsService } from './features/stats/statsService.js';
import type { FileStore } from './files/fileStore.js';
import { ClientAddressResolver, type TrustProxySetting } from './http/clientAddress.js';
import { createHttpApp } from './http/httpApp.js';
import { Metrics } from './metrics.js';
import { PdfRenderer } from './pdf/pdfRenderer.js';
import { EventTable, type SocketRegistrar } from './realtime/eventTable.js';
import { HandshakeOriginPolicy } from './realtime/handshakeOrigin.js';
import { createRealtime, disconnectRevokedSessions } from './realtime/io.js';
import { OrderedFanout } from './realtime/orderedFanout.js';
import { PendingWork } from './realtime/pendingWork.js';
import { rooms } from './realtime/rooms.js';
import type { AppServer } from './realtime/types.js';
import { closeRedis, connectRedis, type Redis } from './redis/client.js';
import { keys } from './redis/keys.js';
import { RateLimit } from './redis/rateLimiter.js';
import { fixedIceServers, type IceServersFor } from './sfu/iceServers.js';
import type { JanusPool } from './sfu/janusPool.js';

/** How often each node looks for auctions that are due to close. */
export const AUCTION_POLL_MS = 250;
/** How often each node looks for meetings that start (reminders) or have ended (held / no-show). */
export const MEETING_SWEEP_MS = 1000;

/** What an application instance (one node) is built from. */
export interface ApplicationDeps {
  redisUrl: string;
  logger: Logger;
  /** Uploaded files (content-addressed); every node of a cluster shares one store. */
  files: FileStore;
  authLimits: AuthLimits;
  /** scrypt cost for new and upgraded password hashes (default N = 2^17); tests pass a cheaper one. */
  passwordCost?: ScryptCost;
  clientDist?: string;
  /** `TRUST_PROXY`: which hops in front of the node are proxies (nothing by default). */
  trustProxy?: TrustProxySetting;
  /** Origins whose pages may open a cookie-authenticated socket; empty = the app's own origin. */
  allowedOrigins?: string[];
  /** When set, `GET /metrics` needs `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** A name for this node in logs and presence keys; random by default. */
  nodeId?: string;
  /** Collect process metrics (off in tests, where many apps share one process). */
  defaultMetrics?: boolean;
  /** Open sockets one IP may hold on a node (default 100; 0 = unlimited). */
  socketsPerIp?: number;
  /** Text searches one IP may run per minute, across the cluster (default 120; 0 = unlimited). */
  searchPerIpPerMin?: number;
  /** Recommendation and matching-needs reads one user may make per minute, across the cluster (default 120; 0 = unlimited). */
  recommendationsPerUserPerMin?: number;
  /**
   * ICE servers handed to live-session and meeting peers at each join (STUN; none needed on a LAN): a fixed list, or
   * one made per participant (TURN with credentials of their own, see sfu/iceServers.ts).
   */
  iceServers?: IceServer[] | IceServersFor;
  /** Offer limits (default DEFAULT_NEGOTIATION_LIMITS; 0 = unlimited). */
  negotiationLimits?: NegotiationLimits;
  /** Bid attempts per bidder per auction (default 30 per 10 s; 0 = unlimited). */
  bidLimits?: BidLimits;
  /** Questions per user per session (default 5 unanswered, 5 per minute; 0 = unlimited). */
  questionLimits?: QuestionLimits;
  /** Presence tunables (tests make a crowd of a few visitors). */
  presence?: PresenceOptions;
  /** The CJK font PDFs embed (default: DEFAULT_CJK_FONT). */
  cjkFontPath?: string;
  /** Janus servers for live video (an SFU); without them every session's video goes peer to peer. */
  janus?: JanusPool | null;
}

/** One running node: HTTP + Socket.IO over shared Redis. */
export interface Application {
  nodeId: string;
  httpServer: HttpServer;
  /** The Express app behind `httpServer` (the authorization walk reads its routes). */
  httpApp: Express;
  io: AppServer;
  /** Every socket event this node answers (the authorization walk reads them). */
  events: EventTable;
  redis: Redis;
  services: {
    auth: AuthService;
    catalog: CatalogService;
    search: SearchIndex;
    /** Loads and follows the catalog into `search` and `matches`. */
    catalogFeed: CatalogFeed;
    stats: StatsService;
    chat: ChatService;
    presence: PresenceService;
    boothRooms: BoothRooms;
    deals: DealsService;
    settlement: SettlementService;
    negotiations: NegotiationService;
    auctions: AuctionService;
    analytics: AnalyticsService;
    matches: MatchIndex;
    needs: NeedsService;
    favourites: FavouritesService;
    sessions: SessionParts & { reminders: SessionReminders };
    meetings: MeetingService;
    files: FileStore;
  };
  metrics: Metrics;
  /** Script-published announcements, in script order (see realtime/orderedFanout.ts). */
  fanout: OrderedFanout;
  listen(port: number, host?: string): Promise<number>;
  /** Graceful stop: no new connections, sockets closed, timers stopped, Redis connections closed. */
  close(): Promise<void>;
}

/**
 * Builds a node: connects its Redis clients, makes sure the halls exist, loads the search index and
 * wires HTTP and Socket.IO. Nothing here reads env — main.ts passes everything in.
 */
export async function createApplication(deps: ApplicationDeps): Promise<Application> {
  const nodeId = deps.nodeId ?? `node-${randomBytes(4).toString('hex')}`;
  const metrics = new Metrics({ defaultMetrics: deps.defaultMetrics });
  const onError = (err: Error) => {
    metrics.redisErrors.inc();
    deps.logger.warn({ err: err.message }, 'redis error');
  };
  const redis = await connectRedis({ url: deps.redisUrl, onError, name: `${nodeId}-main` });
  const [adapterPub, adapterSub, subscriber] = await Promise.all([
    connectRedis({ url: deps.redisUrl, onError, name: `${nodeId}-pub` }),
    connectRedis({ url: deps.redisUrl, onError, name: `${nodeId}-sub` }),
    connectRedis({ url: deps.redisUrl, onError, name: `${nodeId}-subscriber` }),
  ]);

  await ensureHalls(redis);
  await writeSentinel(redis, nodeId);
  const appEvents = new AppEvents();
  const auth = new AuthService(redis, deps.authLimits, deps.passwordCost, appEvents);
  const search = new SearchIndex();
  const stats = new StatsService(redis);
  const matches = new MatchIndex();
  // One reader of the catalog per node feeds both in-memory indexes.
  const catalogFeed = new CatalogFeed(redis, [search, matches]);
  await catalogFeed.build();
  const unfollow = await catalogFeed.follow(subscriber);
  // Announcements that scripts publish themselves reach this node's sockets in script order.
  const fanout = new OrderedFanout((err, kind) => deps.logger.warn({ err, kind }, 'fanout message dropped'));
  const unfollowFanout = await fanout.follow(subscriber);
  const chat = new ChatService(redis);
  const deals = new DealsService(redis);
  const settlement = new SettlementService(redis, deals);
  const pdf = new PdfRenderer({ cjkFontPath: deps.cjkFontPath ?? DEFAULT_CJK_FONT, logger: deps.logger });
  const negotiations = new NegotiationService(redis, deals, deps.negotiationLimits);
  const auctions = new AuctionService(redis, deals, deps.logger, deps.bidLimits);
  const analytics = new AnalyticsService(redis, deals);
  const needs = new NeedsService(redis, matches, negotiations, auth);
  // Ranking reads cost CPU on the node that answers: each user gets a budget of them.
  const recommendationLimiter = RateLimit.cluster(redis, 'recommendations-user', {
    points: deps.recommendationsPerUserPerMin ?? 120,
    durationMs: 60_000,
  });

  // Every socket event, registered once; sockets are attached to the table as they connect.
  const events = new EventTable({ metrics, logger: deps.logger });
  const pending = new PendingWork();
  // One reading of the proxy setting for req.ip, req.protocol and the socket handshake.
  const addresses = new ClientAddressResolver(deps.trustProxy);
  // Socket.IO attaches first (the services behind the routes need it); every other request goes to the
  // Express app, built below and in place before the server listens.
  const httpServer = createServer((req, res) => http(req, res));
  const rt = { metrics, logger: deps.logger };
  const io = createRealtime(
    httpServer,
    {
      ...rt,
      auth,
      adapterPub,
      adapterSub,
      socketsPerIp: deps.socketsPerIp ?? 100,
      addresses,
      origins: new HandshakeOriginPolicy(deps.allowedOrigins ?? [], addresses),
    },
    events,
  );
  appEvents.on('sessionsRevoked', (revocation) => disconnectRevokedSessions(io, revocation));
  const invitations = new InvitationService(redis, negotiations, (invitation) => {
    if (invitation.bidderId) io.to(rooms.user(invitation.bidderId)).emit('auction:invitation', { invitation });
    io.to(rooms.org(invitation.sellerOrgId)).emit('auction:invitation', { invitation: forSeller(invitation) });
  });
  followNegotiations(fanout, io);
  followDeals(fanout, io);
  const presence = new PresenceService(io, redis, subscriber, deps.logger, nodeId, deps.presence);
  const people = new PeopleService(io, redis, presence, deps.logger);
  presence.onLeave((hallId, visitorId) => people.left(hallId, visitorId));
  const broadcaster = new StatsBroadcaster(io, stats, (err) => deps.logger.warn({ err }, 'stats push failed'));
  const catalog = new CatalogService(redis, {
    onChange: async (exhibitIds) => {
      if (exhibitIds.length > 0) await catalogFeed.refresh(exhibitIds);
      broadcaster.changed();
    },
    visitorCount: (hallId) => presence.hallVisitorCount(hallId),
  });
  const reminders = new SessionReminders(io, redis);
  const janus = deps.janus ?? null;
  const sfu: SfuRelay | null = janus
    ? new SfuRelay(
        janus,
        redis,
        (socket, id): boolean => audience.isViewer(socket, id),
        deps.logger,
        janus.recordings ? (id) => `${janus.recordings?.janusDir}/${id}` : null,
      )
    : null;
  const recordings = janus?.recordings ? new SessionRecordings(redis, deps.files, janus.recordings.localDir, deps.logger) : null;
  const iceServers = typeof deps.iceServers === 'function' ? deps.iceServers : fixedIceServers(deps.iceServers ?? []);
  const lifecycle = new SessionLifecycle(
    io,
    redis,
    reminders,
    (hallId) => catalog.invalidateHall(hallId),
    sfu,
    (session, room) => {
      if (room.recorded && recordings) pending.track(recordings.process(session.id), () => {});
    },
  );
  const audience = new SessionAudience(
    io,
    redis,
    chat,
    deps.logger,
    lifecycle,
    iceServers,
    (boothId, userId, orgId) => {
      analytics.record(boothId, userId, orgId, 'asked').catch((err: Error) => deps.logger.debug({ err: err.message }, 'lead not recorded'));
    },
    deps.questionLimits,
  );
  const relay = new RtcRelay(io, redis, audience, lifecycle);
  const favourites = new FavouritesService(redis, catalog, lifecycle, {
    onSaved: (boothId, user) =>
      analytics
        .record(boothId, user.id, user.orgId, 'saved')
        .catch((err: Error) => deps.logger.debug({ err: err.message }, 'lead not recorded')),
  });
  lifecycle.follow(fanout);
  audience.follow(fanout);
  const boothRooms = new BoothRooms(io, redis, catalog, chat, deps.logger, analytics, (boothId) => lifecycle.liveInBooth(boothId));
  chat.registerPolicy('booth', boothRooms.chatPolicy());
  chat.registerPolicy('session', audience.chatPolicy());
  chat.registerPolicy('negotiation', negotiationChatPolicy(negotiations));
  const meetings = new MeetingService(redis, catalog, {
    changed: (meeting) => io.to([rooms.user(meeting.visitorId), rooms.user(meeting.staffId)]).emit('meeting:updated', { meeting }),
    starting: (meeting) => io.to([rooms.user(meeting.visitorId), rooms.user(meeting.staffId)]).emit('meeting:reminder', { meeting }),
    lead: (boothId, visitorId, action) => {
      redis
        .hGet(keys.user(visitorId), 'orgId')
        .then((orgId) => analytics.record(boothId, visitorId, orgId ?? null, action))
        .catch((err: Error) => deps.logger.debug({ err: err.message }, 'lead not recorded'));
    },
  });
  const meetingRoom = new MeetingRoom(io, redis, meetings, chat, iceServers);
  chat.registerPolicy('meeting', meetingRoom.chatPolicy());

  const http = createHttpApp(
    {
      redis,
      auth,
      catalog,
      search,
      metrics,
      logger: deps.logger,
      clientDist: deps.clientDist,
      addresses,
      allowedOrigins: deps.allowedOrigins ?? [],
      metricsToken: deps.metricsToken,
      searchPerIpPerMin: deps.searchPerIpPerMin ?? 120,
    },
    [
      (router) => registerStatsRoutes(router, stats, redis),
      (router) => registerPresenceRoutes(router, boothRooms),
      (router) => registerSessionRoutes(router, { lifecycle, audience, reminders, files: deps.files }, redis),
      (router) => registerDealsRoutes(router, deals, new MerkleLedger(redis)),
      (router) =>
        registerSettlementRoutes(router, settlement, pdf, (exhibitId) => {
          // A completion or a cancellation may change the exhibit (sold, licences); signatures and stages move the figures.
          catalog.publishChange([exhibitId]).catch((err: Error) => deps.logger.warn({ err: err.message }, 'catalog publish failed'));
          broadcaster.changed();
        }),
      (router) => registerNegotiationRoutes(router, negotiations),
      (router) => registerMeetingRoutes(router, meetings, redis),
      (router) =>
        registerAnalyticsRoutes(router, analytics, () => {
          // The verified badge shows on booths: every hall answer must be rebuilt.
          for (const h of HALLS) catalog.invalidateHall(h.id);
        }),
      (router) =>
        registerNeedsRoutes(router, needs, recommendationLimiter, (exhibitId) => {
          catalog.publishChange([exhibitId]).catch((err: Error) => deps.logger.warn({ err: err.message }, 'catalog publish failed'));
        }),
      (router) => registerFavouritesRoutes(router, favourites, redis),
      (router, hot) =>
        registerBoothLogoRoutes(
          router,
          hot,
          new BoothLogos(
            redis,
            deps.files,
            catalog,
            RateLimit.cluster(redis, 'logo-uploads-user', { points: 20, durationMs: 10 * 60_000 }),
          ),
        ),
      (router) =>
        registerDataRoomRoutes(
          router,
          new DataRoomService(redis, deps.files, pdf, {
            uploads: RateLimit.cluster(redis, 'document-uploads-user', { points: 30, durationMs: 10 * 60_000 }),
            stampedCopies: RateLimit.cluster(redis, 'stamped-copies-user', { points: 30, durationMs: 10 * 60_000 }),
          }),
        ),
      (router) =>
        registerAuctionRoutes(router, auctions, invitations, (exhibitId) => {
          catalog.publishChange([exhibitId]).catch((err: Error) => deps.logger.warn({ err: err.message }, 'catalog publish failed'));
        }),
    ],
  );
  const register = (...features: SocketRegistrar[]) => {
    for (const feature of features) feature(events, io);
  };
  register(
    statsHandlers(stats),
    presenceHandlers(rt, presence, pending),
    peopleHandlers(people),
    boothHandlers(rt, boothRooms, pending),
    chatHandlers(chat),
    sessionHandlers(rt, { lifecycle, audience, relay, sfu }, pending),
    meetingHandlers(rt, meetingRoom, pending),
  );

  let closing: Promise<void> | null = null;
  // Any node closes any due auction; the close script makes it happen exactly once.
  const closer = setInterval(() => {
    auctions
      .closeDue()
      .then((closed) => {
        // The close script announced each close to every node's watchers; what follows is this node's
        // bookkeeping, skipped while it shuts down (its Redis clients are closing).
        if (closing) return;
        for (const c of closed) {
          catalog.publishChange([c.auction.exhibitId]).catch(() => {});
          if (c.deal) broadcaster.changed();
        }
      })
      .catch((err: Error) => deps.logger.debug({ err: err.message }, 'auction close poll failed'));
  }, AUCTION_POLL_MS);
  closer.unref();
  const meetingSweeper = setInterval(() => {
    if (closing) return;
    meetings.sweep().catch((err: Error) => deps.logger.debug({ err: err.message }, 'meeting sweep failed'));
  }, MEETING_SWEEP_MS);
  meetingSweeper.unref();
  // A visitor who negotiates or bids on an exhibit becomes a lead of its booth.
  const leadFromExhibit = (exhibitId: string, userId: string, action: 'negotiated' | 'bid') => {
    redis
      .hmGet(keys.exhibit(exhibitId), ['boothId'])
      .then(async ([boothId]) => {
        if (!boothId) return;
        const orgId = await redis.hGet(keys.user(userId), 'orgId');
        await analytics.record(boothId, userId, orgId ?? null, action);
      })
      .catch((err: Error) => deps.logger.debug({ err: err.message }, 'lead not recorded'));
  };
  followAuctionAnnouncements(fanout, io);
  register(
    // The bid's snapshot names the booth and its organization (auctions made before it carried them do not: those
    // are looked up), and the bidder's is known: the lead costs its writes only.
    auctionHandlers(auctions, (auction, bidder) => {
      if (!auction.boothId || !auction.sellerOrgId) return leadFromExhibit(auction.exhibitId, bidder.id, 'bid');
      analytics
        .recordAt(auction.boothId, auction.sellerOrgId, bidder.id, bidder.orgId, 'bid')
        .catch((err: Error) => deps.logger.debug({ err: err.message }, 'lead not recorded'));
    }),
    negotiationHandlers(negotiations, (step) => {
      if (step.update.negotiation.seq === 1) leadFromExhibit(step.exhibitId, step.parties.buyerId, 'negotiated');
      // The exhibit's status may have changed (negotiating, sold): search and halls follow; a deal moves the figures.
      catalog.publishChange([step.exhibitId]).catch((err: Error) => deps.logger.warn({ err: err.message }, 'catalog publish failed'));
      if (step.deal) broadcaster.changed();
    }),
  );

  const reportOnline = () =>
    stats
      .reportOnline(nodeId, io.engine.clientsCount)
      .catch((err: Error) => deps.logger.debug({ err: err.message }, 'online report failed'));
  const onlineTimer = setInterval(reportOnline, ONLINE_REPORT_MS);
  onlineTimer.unref();
  void reportOnline();

  return {
    nodeId,
    httpServer,
    httpApp: http,
    io,
    events,
    redis,
    services: {
      auth,
      catalog,
      search,
      catalogFeed,
      stats,
      chat,
      presence,
      boothRooms,
      deals,
      settlement,
      negotiations,
      auctions,
      analytics,
      matches,
      needs,
      favourites,
      sessions: { lifecycle, audience, relay, sfu, reminders },
      meetings,
      files: deps.files,
    },
    metrics,
    fanout,
    listen: (port, host = '127.0.0.1') =>
      new Promise((res, rej) => {
        httpServer.once('error', rej);
        httpServer.listen(port, host, () => res((httpServer.address() as AddressInfo).port));
      }),
    close: () => {
      closing ??= (async () => {
        clearInterval(onlineTimer);
        clearInterval(closer);
        clearInterval(meetingSweeper);
        broadcaster.stop();
        presence.stop();
        boothRooms.stop();
        audience.stop();
        await stats.forgetNode(nodeId).catch(() => {});
        // io.close() disconnects every socket (their leave handlers still need Redis) and closes the HTTP server.
        await new Promise<void>((res) => io.close(() => res()));
        await pending.drain();
        await sfu?.close();
        await pdf.close();
        httpServer.closeAllConnections?.();
        await unfollow().catch(() => {});
        await unfollowFanout().catch(() => {});
        await Promise.all([redis, adapterPub, adapterSub, subscriber].map(closeRedis));
      })();
      return closing;
    },
  };
}
