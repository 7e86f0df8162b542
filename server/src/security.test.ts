import { cnPatentApplicationNumber } from '@pavilion/shared';
import {
  api,
  appRoutes,
  cny,
  connectSocket,
  createExhibit,
  emitAck,
  emitOk,
  exhibitorWithExhibit,
  registerExhibitorWithBooth,
  registerUser,
  useTestCluster,
} from './testing/harness.js';

/**
 * Routes anyone may call, guests included: each answers the same public data to everyone, or concerns only the
 * caller. Keys are `METHOD /path` as registered; the value says why the route is open. A route not named here,
 * nor in SIGNED_IN_ROUTES, must be walked by every outsider below.
 */
const PUBLIC_ROUTES: Record<string, string> = {
  'GET /': 'the API banner (the built client where it is served)',
  'GET /api/health': 'liveness and data-loss check, no data',
  'GET /metrics': 'needs the METRICS_TOKEN bearer when one is set (health.test.ts)',
  'POST /api/auth/register': 'creates an account (rate-limited per address)',
  'POST /api/auth/login': 'signs in (rate-limited and delayed per account and address)',
  'POST /api/auth/logout': "ends only the caller's own session",
  'GET /api/me': 'tells the caller who they are (a guest: nobody)',
  'GET /api/expo': 'public catalog: the expo and its halls',
  'GET /api/halls/:id': 'public catalog: a hall and its booths',
  'GET /api/exhibits': 'public catalog: search and listing',
  'GET /api/classes': 'public catalog: the classification tree with counts',
  'GET /api/booths/:id': 'public catalog: a booth and its exhibits',
  'GET /api/booths/:id/logo': "public catalog: the booth's logo (looked up on the booth, never another file of the store)",
  'GET /api/exhibits/:id': 'public catalog: one exhibit',
  'GET /api/stats': 'public expo figures',
  'GET /api/stats/series': 'public expo figures over time',
  'GET /api/sessions': 'the public programme',
  'GET /api/sessions/programme.ics': 'the public programme as a calendar',
  'GET /api/sessions/:id': 'a public live session and its Q&A',
  'GET /api/sessions/:id/ics': 'a public live session as a calendar entry',
  'GET /api/sessions/:id/recording': "a public session's recording",
  'GET /api/ledger/roots': "the public Merkle roots of each day's deals (no deal in them)",
  'GET /api/booths/:id/slots': 'a booth\'s meeting slots, "free" or "booked" only, never who booked',
  'GET /api/auctions': 'public auctions',
  'GET /api/auctions/:id': 'a public auction and its bids (bidders anonymous, reserve and maxima never leave Redis)',
};

/**
 * Routes open to every signed-in user that act only on the caller's own things (their booth, favourites,
 * reminders, needs, bookings, NDA acceptance). Guests get 401 on each: the walk checks that.
 */
const SIGNED_IN_ROUTES: Record<string, string> = {
  'POST /api/booths': "an exhibitor sets up their own organization's booth",
  'GET /api/sessions/reminders': "the caller's own reminders",
  'PUT /api/sessions/:id/reminder': 'sets a reminder for the caller',
  'DELETE /api/sessions/:id/reminder': "removes the caller's reminder",
  'POST /api/meetings': 'books a free slot for the caller',
  'POST /api/needs': 'a need of the caller',
  'GET /api/needs': "the caller's own needs",
  'GET /api/recommendations': "recommendations from the caller's own needs",
  'GET /api/recommendations/booths': "booths matching the caller's own needs",
  'GET /api/exhibitor/needs': "public needs (anonymised) matching the caller's organization's exhibits",
  'GET /api/favourites': "the caller's briefcase",
  'GET /api/favourites/export.csv': "the caller's briefcase as CSV",
  'GET /api/favourites/sessions.ics': "sessions of the caller's saved booths",
  'PUT /api/favourites/booths/:id': 'saves a booth for the caller',
  'DELETE /api/favourites/booths/:id': "removes a booth from the caller's briefcase",
  'PUT /api/favourites/:id': 'saves an exhibit for the caller',
  'DELETE /api/favourites/:id': "removes an exhibit from the caller's briefcase",
  'GET /api/exhibits/:id/documents': "the data room's list (NDA files stay closed: GET /api/documents/:id/file is walked)",
  'POST /api/exhibits/:id/nda': "records the caller's own acceptance of an exhibit's NDA",
};

/** Socket events anyone may send, guests included (as for PUBLIC_ROUTES). */
const PUBLIC_EVENTS: Record<string, string> = {
  'stats:subscribe': 'public expo figures',
  'hall:join': "public presence in a hall (the caller's own avatar)",
  'hall:move': "moves the caller's own avatar",
  'hall:leave': "the caller's own avatar leaves",
  'hall:wave': 'a wave to a visitor near the caller in the same hall (refused when far or do-not-disturb; rate limited)',
  'hall:dnd': "the caller's own do-not-disturb status",
  'follow:start': 'an invitation to a visitor near the caller (refused when far or do-not-disturb; rate limited)',
  'follow:accept': 'the caller joins a group they were invited to (the invitation is checked in the follow script)',
  'follow:stop': 'the caller leaves their own group, or ends the group they lead',
  'booth:enter': "a booth's public room",
  'booth:leave': "leaves a booth's public room",
  'sessions:subscribe': 'the public programme',
  'session:join': 'watches a public live session',
  'session:questions': "a public session's Q&A",
  'session:leave': "the caller's own socket leaves a session",
  'session:react': 'an anonymous reaction in a public session',
  'auction:watch': "a public auction's bids",
  'sfu:answer': "acts only on the caller's own subscriber handle, made by sfu:subscribe (walked)",
  'sfu:layer': "acts only on the caller's own subscriber handle, made by sfu:subscribe (walked)",
};

/** Socket events open to every signed-in user, acting for the caller (as for SIGNED_IN_ROUTES); guests are walked. */
const SIGNED_IN_EVENTS: Record<string, string> = {
  'negotiation:open': 'the caller opens their own negotiation as buyer',
  'auction:bid': 'anyone signed in may bid',
  'session:ask': "a question in a public session's Q&A",
  'session:upvote': "an upvote in a public session's Q&A",
};

/** Who tries: a guest, a signed-in visitor and staff of another organization. */
const OUTSIDERS = ['guest', 'visitor', 'other exhibitor'] as const;
type Outsider = (typeof OUTSIDERS)[number];
const SIGNED_IN_OUTSIDERS = OUTSIDERS.filter((who) => who !== 'guest');

/**
 * What a signed-in outsider gets from a walked route: a status (403 unless said), or `own`: 200 with the caller's own
 * things only. Guests always get 401.
 */
type RouteOutcome = number | 'own';
interface RouteWalk {
  method: string;
  path: string;
  body?: unknown;
  /** The signed-in outsiders' outcome (by default 403 for both). */
  stranger?: RouteOutcome | Partial<Record<Outsider, RouteOutcome>>;
  /** Walked by guests only: the route is on SIGNED_IN_ROUTES. */
  guestOnly?: boolean;
}

/** What an outsider gets from a walked event: an error code, or `noEffect` (an ok ack that changes nothing anyone hears). */
interface EventWalk {
  event: string;
  payload: unknown;
  /** The guest's code (by default UNAUTHENTICATED). */
  guest?: string;
  /** The signed-in outsiders' code (by default FORBIDDEN). */
  stranger?: string;
  guestOnly?: boolean;
}

// The authorization walk: outsiders (a guest, and signed-in strangers) try every route and event that touches someone
// else's private data or property, and are refused each time; a second test checks that the walk and the allow-lists
// above cover every route and event the node has.
describe('authorization walk', () => {
  const { node } = useTestCluster({ sfu: true });
  /** `METHOD /path` of each route walked → who walked it; event → who sent it. */
  const walkedRoutes = new Map<string, Set<Outsider>>();
  const walkedEvents = new Map<string, Set<Outsider>>();
  let walkFinished = false;
  const mark = (walked: Map<string, Set<Outsider>>, key: string, who: Outsider) => {
    const by = walked.get(key) ?? new Set<Outsider>();
    by.add(who);
    walked.set(key, by);
  };

  test('an outsider gets 401/403/FORBIDDEN on every private route and event, and no private data or events', async () => {
    let serial = 700;
    const registrationNumber = () => {
      serial += 1;
      return cnPatentApplicationNumber(2020, 1, serial);
    };
    // The parties: a seller with a booth, exhibits, an auction that closes below its reserve; a buyer in a
    // negotiation, a deal, a meeting and a need with them.
    const seller = await exhibitorWithExhibit(node.url, 'gba', 'Private booth', {
      title: 'Secret sauce',
      registrationNumber: registrationNumber(),
    });
    const { exhibit } = seller;
    const sellerOrgId: string = seller.user.orgId;
    const auctioned = await createExhibit(node.url, seller.token, {
      boothId: seller.boothId,
      title: 'Auctioned',
      registrationNumber: registrationNumber(),
    });
    const dealt = await createExhibit(node.url, seller.token, {
      boothId: seller.boothId,
      title: 'Dealt',
      registrationNumber: registrationNumber(),
    });
    const auction = (
      await api(node.url, 'POST', '/api/auctions', {
        token: seller.token,
        body: {
          exhibitId: auctioned.id,
          startPrice: cny(1000),
          minIncrement: cny(100),
          reservePrice: cny(5_000_000),
          softCloseMs: 0,
          endsAt: Date.now() + 3_000,
        },
      })
    ).body.auction;
    const buyer = await registerUser(node.url, 'visitor');
    const buyerSocket = await connectSocket(node.url, buyer.token);
    await emitOk(buyerSocket, 'auction:bid', { auctionId: auction.id, bidId: 'b1', amount: cny(1000) });
    const opened = await emitOk<{ negotiation: { id: string } }>(buyerSocket, 'negotiation:open', { exhibitId: exhibit.id });
    const negotiationId = opened.negotiation.id;
    const offer = await emitOk<{ offer: { id: string } }>(buyerSocket, 'negotiation:offer', {
      negotiationId,
      clientOfferId: 'w1',
      terms: { price: cny(900_000), licenseType: 'assignment', territory: 'WORLDWIDE' },
    });
    const offerId = offer.offer.id;

    // A deal on another exhibit.
    const sellerSocket = await connectSocket(node.url, seller.token);
    const dealing = await emitOk<{ negotiation: { id: string } }>(buyerSocket, 'negotiation:open', { exhibitId: dealt.id });
    const dealOffer = await emitOk<{ offer: { id: string } }>(buyerSocket, 'negotiation:offer', {
      negotiationId: dealing.negotiation.id,
      clientOfferId: 'd1',
      terms: { price: cny(800_000), licenseType: 'assignment', territory: 'WORLDWIDE' },
    });
    const accepted = await emitOk<{ deal: { id: string } }>(sellerSocket, 'negotiation:accept', {
      negotiationId: dealing.negotiation.id,
      offerId: dealOffer.offer.id,
    });
    const dealId = accepted.deal.id;
    const contract = (await api(node.url, 'GET', `/api/deals/${dealId}/contract`, { token: buyer.token })).body.contract;

    // The seller's live session (video through Janus), with its video on and a viewer's question.
    const live = await emitOk<{ session: { id: string } }>(sellerSocket, 'session:start', {
      boothId: seller.boothId,
      title: 'Private stage',
    });
    const sessionId = live.session.id;
    await emitOk(sellerSocket, 'session:broadcast', { sessionId, on: true });
    await emitOk(buyerSocket, 'session:join', { sessionId });
    const asked = await emitOk<{ question: { id: string } }>(buyerSocket, 'session:ask', { sessionId, text: 'Licence terms?' });
    const questionId = asked.question.id;

    // A meeting booked in one of two slots; both parties in its room.
    const soon = Date.now() + 2 * 3_600_000;
    const slots = await api(node.url, 'POST', `/api/booths/${seller.boothId}/slots`, {
      token: seller.token,
      body: {
        slots: [
          { startsAt: soon, endsAt: soon + 1_800_000 },
          { startsAt: soon + 3_600_000, endsAt: soon + 5_400_000 },
        ],
      },
    });
    const [slotId, freeSlotId] = slots.body.slots.map((s: { id: string }) => s.id) as [string, string];
    const meetingId = (await api(node.url, 'POST', '/api/meetings', { token: buyer.token, body: { slotId } })).body.meeting.id as string;
    await emitOk(buyerSocket, 'meeting:join', { meetingId });
    await emitOk(sellerSocket, 'meeting:join', { meetingId });

    // The buyer's public need.
    const need = await api(node.url, 'POST', '/api/needs', {
      token: buyer.token,
      body: { title: 'Confidential shopping list', classes: ['H01M'], visibility: 'public' },
    });
    const needId = need.body.need.id as string;

    // A confidential document in the exhibit's data room.
    const form = new FormData();
    form.append('title', 'Valuation');
    form.append('nda', 'true');
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), 'valuation.pdf');
    const uploaded = await fetch(`${node.url}/api/exhibits/${exhibit.id}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${seller.token}` },
      body: form,
    });
    const documentId = ((await uploaded.json()) as { document: { id: string } }).document.id;

    // The auction closed below its reserve: the seller invites its bidder.
    for (let i = 0; (await api(node.url, 'GET', `/api/auctions/${auction.id}`)).body.auction.status !== 'closed'; i++) {
      if (i > 100) throw new Error('the auction did not close');
      await new Promise((r) => setTimeout(r, 100));
    }
    const invited = await api(node.url, 'POST', `/api/auctions/${auction.id}/invite`, { token: seller.token, body: { ranks: [1] } });
    const invitationId = invited.body.invitations[0].id as string;

    // Nothing an outsider receives may carry any of these.
    const secrets = [negotiationId, dealId, meetingId, needId, invitationId, buyer.email, buyer.user.id, 'Confidential shopping list'];
    const leaked = (text: string) => secrets.filter((s) => text.includes(s));

    const stranger = await registerUser(node.url, 'visitor');
    // Staff of another organization, with a booth of its own (its own analytics answer, empty).
    const strangerOrg = await registerExhibitorWithBooth(node.url, 'gba', 'Other booth');
    const tokens: Record<Outsider, string | undefined> = {
      guest: undefined,
      visitor: stranger.token,
      'other exhibitor': strangerOrg.token,
    };

    const routes = appRoutes(node.app.httpApp);
    const routeWalks: RouteWalk[] = [
      // Accounts: a password change needs the caller's own current password, and only touches the caller's account.
      { method: 'POST', path: '/api/auth/password', body: { currentPassword: 'a guess at it', newPassword: 'taken over!' } },
      // Negotiations.
      { method: 'GET', path: '/api/negotiations', stranger: 'own' },
      { method: 'GET', path: `/api/negotiations/${negotiationId}` },
      { method: 'GET', path: `/api/negotiations/${negotiationId}/audit` },
      { method: 'GET', path: `/api/negotiations/${negotiationId}/summary` },
      { method: 'POST', path: `/api/negotiations/${negotiationId}/read` },
      // The booth and its exhibits.
      { method: 'GET', path: `/api/booths/${seller.boothId}/visitors` },
      { method: 'PATCH', path: `/api/booths/${seller.boothId}`, body: { name: 'Taken over' } },
      { method: 'POST', path: `/api/booths/${seller.boothId}/logo`, body: { file: 'planted' } },
      { method: 'DELETE', path: `/api/booths/${seller.boothId}/logo` },
      { method: 'PATCH', path: `/api/exhibits/${exhibit.id}`, body: { title: 'Taken over' } },
      {
        method: 'POST',
        path: '/api/exhibits',
        body: {
          boothId: seller.boothId,
          type: 'patent',
          title: 'Planted',
          registrationNumber: registrationNumber(),
          jurisdiction: 'CN',
          askingPrice: cny(1),
          tradeModes: ['assignment'],
        },
      },
      // Organizer work: legal statuses, organizations, moderation, escrow, the whole ledger.
      { method: 'GET', path: '/api/legal-status/queue' },
      { method: 'PUT', path: `/api/booths/${seller.boothId}/package`, body: { package: 'island' } },
      { method: 'POST', path: `/api/exhibits/${exhibit.id}/legal-status/verify`, body: { version: 0 } },
      { method: 'GET', path: '/api/organizations' },
      { method: 'POST', path: `/api/organizations/${sellerOrgId}/verify`, body: { verified: true } },
      { method: 'GET', path: '/api/moderation' },
      { method: 'GET', path: '/api/escrow/deals' },
      { method: 'GET', path: '/api/deals?scope=all' },
      // Deals: their own list, and the parties' deal, contract, signatures, settlement and proof.
      { method: 'GET', path: '/api/deals', stranger: 'own' },
      { method: 'GET', path: `/api/deals/${dealId}` },
      { method: 'GET', path: `/api/deals/${dealId}/contract` },
      { method: 'GET', path: `/api/deals/${dealId}/contract.pdf` },
      { method: 'POST', path: `/api/deals/${dealId}/sign`, body: { name: 'Forger', sha256: contract.sha256 } },
      { method: 'POST', path: `/api/deals/${dealId}/stage`, body: { stage: 'cancelled', reference: 'hijacked' } },
      { method: 'GET', path: `/api/deals/${dealId}/proof` },
      // Exhibitor analytics and leads: visitors have none; another organization sees only its own.
      { method: 'GET', path: '/api/exhibitor/analytics', stranger: { visitor: 403, 'other exhibitor': 'own' } },
      { method: 'GET', path: '/api/exhibitor/leads', stranger: { visitor: 403, 'other exhibitor': 'own' } },
      { method: 'GET', path: '/api/exhibitor/leads?format=csv', stranger: { visitor: 403, 'other exhibitor': 'own' } },
      // Auctions: creating one on someone else's exhibit; the seller's invitations; the bidder's answer.
      {
        method: 'POST',
        path: '/api/auctions',
        body: { exhibitId: exhibit.id, startPrice: cny(1), minIncrement: cny(1), endsAt: Date.now() + 60_000 },
      },
      { method: 'POST', path: `/api/auctions/${auction.id}/invite`, body: { ranks: [1] } },
      { method: 'GET', path: `/api/auctions/${auction.id}/invitations` },
      { method: 'GET', path: '/api/invitations', stranger: 'own' },
      { method: 'POST', path: `/api/invitations/${invitationId}/accept` },
      { method: 'POST', path: `/api/invitations/${invitationId}/decline` },
      // Meetings and slots.
      {
        method: 'POST',
        path: `/api/booths/${seller.boothId}/slots`,
        body: { slots: [{ startsAt: soon + 7_200_000, endsAt: soon + 9_000_000 }] },
      },
      { method: 'DELETE', path: `/api/booths/${seller.boothId}/slots/${freeSlotId}` },
      { method: 'GET', path: '/api/meetings', stranger: 'own' },
      { method: 'GET', path: `/api/meetings/${meetingId}` },
      { method: 'GET', path: `/api/meetings/${meetingId}/ics` },
      { method: 'POST', path: `/api/meetings/${meetingId}/cancel` },
      { method: 'POST', path: `/api/meetings/${meetingId}/reschedule`, body: { slotId: freeSlotId } },
      // Needs: someone else's need does not exist for the caller (404 hides it); answering with another's exhibit.
      { method: 'GET', path: `/api/needs/${needId}`, stranger: 404 },
      { method: 'PATCH', path: `/api/needs/${needId}`, body: { title: 'Taken over' }, stranger: 404 },
      { method: 'DELETE', path: `/api/needs/${needId}`, stranger: 404 },
      { method: 'POST', path: `/api/needs/${needId}/answer`, body: { exhibitId: exhibit.id } },
      // The data room.
      { method: 'GET', path: `/api/exhibits/${exhibit.id}/access-log` },
      { method: 'GET', path: `/api/documents/${documentId}/file` },
      { method: 'POST', path: `/api/exhibits/${exhibit.id}/documents`, body: { title: 'Planted' } },
      // Signed-in routes that act for the caller: guests are refused.
      ...[
        ['POST', '/api/booths', { hallId: 'gba', name: 'Guest booth' }],
        ['GET', '/api/sessions/reminders'],
        ['PUT', `/api/sessions/${sessionId}/reminder`],
        ['DELETE', `/api/sessions/${sessionId}/reminder`],
        ['POST', '/api/meetings', { slotId: freeSlotId }],
        ['POST', '/api/needs', { title: 'Guest need', classes: ['H01M'], visibility: 'public' }],
        ['GET', '/api/needs'],
        ['GET', '/api/recommendations'],
        ['GET', '/api/recommendations/booths?hallId=gba'],
        ['GET', '/api/exhibitor/needs'],
        ['GET', '/api/favourites'],
        ['GET', '/api/favourites/export.csv'],
        ['GET', '/api/favourites/sessions.ics'],
        ['PUT', `/api/favourites/booths/${seller.boothId}`],
        ['DELETE', `/api/favourites/booths/${seller.boothId}`],
        ['PUT', `/api/favourites/${exhibit.id}`],
        ['DELETE', `/api/favourites/${exhibit.id}`],
        ['GET', `/api/exhibits/${exhibit.id}/documents`],
        ['POST', `/api/exhibits/${exhibit.id}/nda`, { accept: true, version: 'x' }],
      ].map(([method, path, body]): RouteWalk => ({ method: method as string, path: path as string, body, guestOnly: true })),
    ];

    const eventWalks = (who: Outsider, peer: string): EventWalk[] => [
      {
        event: 'negotiation:offer',
        payload: { negotiationId, clientOfferId: `x-${peer}`, terms: { price: cny(1), licenseType: 'assignment', territory: 'WORLDWIDE' } },
      },
      { event: 'negotiation:accept', payload: { negotiationId, offerId } },
      { event: 'negotiation:reject', payload: { negotiationId, offerId } },
      { event: 'negotiation:withdraw', payload: { negotiationId } },
      { event: 'chat:send', payload: { room: `negotiation:${negotiationId}`, text: 'let me in', clientMsgId: `c-${peer}` } },
      { event: 'chat:send', payload: { room: `meeting:${meetingId}`, text: 'let me in', clientMsgId: `m-${peer}` } },
      { event: 'chat:history', payload: { room: `negotiation:${negotiationId}` } },
      { event: 'chat:history', payload: { room: `meeting:${meetingId}` } },
      { event: 'chat:typing', payload: { room: `negotiation:${negotiationId}` } },
      { event: 'chat:delete', payload: { room: `booth:${seller.boothId}`, messageId: '1-1' } },
      { event: 'chat:mute', payload: { room: `booth:${seller.boothId}`, userId: buyer.user.id, minutes: 5 } },
      { event: 'session:start', payload: { boothId: seller.boothId, title: 'Hijacked stage' } },
      { event: 'session:end', payload: { sessionId } },
      { event: 'session:spotlight', payload: { sessionId, exhibitId: exhibit.id } },
      { event: 'session:broadcast', payload: { sessionId, on: false } },
      { event: 'session:answer', payload: { sessionId, questionId } },
      { event: 'chat:delete', payload: { room: `session:${sessionId}`, messageId: '1-1' } },
      // Not a viewer: no signalling to the host, no asking for its video; not its host: no sending it.
      { event: 'rtc:signal', payload: { sessionId, to: buyerSocket.id, description: { type: 'offer', sdp: 'v=0' } }, guest: 'FORBIDDEN' },
      { event: 'rtc:want', payload: { sessionId }, guest: 'FORBIDDEN' },
      { event: 'sfu:publish', payload: { sessionId, description: { type: 'offer', sdp: 'v=0' } } },
      { event: 'sfu:subscribe', payload: { sessionId }, guest: 'FORBIDDEN' },
      // Not a party: no entering the meeting room, no signalling or asking for a camera in it; leaving it is a no-op.
      { event: 'meeting:join', payload: { meetingId } },
      { event: 'meeting:want', payload: { meetingId, stream: 'visitor' } },
      {
        event: 'meeting:signal',
        payload: { meetingId, stream: 'visitor', to: buyerSocket.id, description: { type: 'offer', sdp: 'v=0' } },
      },
      { event: 'meeting:leave', payload: { meetingId }, stranger: 'noEffect' },
      // Signed-in events that act for the caller: guests are refused.
      ...(who === 'guest'
        ? [
            { event: 'negotiation:open', payload: { exhibitId: exhibit.id }, guestOnly: true },
            { event: 'auction:bid', payload: { auctionId: auction.id, bidId: 'g1', amount: cny(5000) }, guestOnly: true },
            { event: 'session:ask', payload: { sessionId, text: 'Guest question' }, guestOnly: true },
            { event: 'session:upvote', payload: { sessionId, questionId }, guestOnly: true },
          ]
        : []),
    ];

    // Whatever reaches the parties' sockets while the outsiders try.
    const partiesHeard: string[] = [];
    for (const socket of [buyerSocket, sellerSocket]) socket.on('meeting:gone', () => partiesHeard.push('meeting:gone'));

    for (const who of OUTSIDERS) {
      const token = tokens[who];
      for (const walk of routeWalks) {
        if (walk.guestOnly && who !== 'guest') continue;
        const res = await api(node.url, walk.method, walk.path, { token, body: walk.body });
        const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
        const outcome = who === 'guest' ? 401 : typeof walk.stranger === 'object' ? walk.stranger[who] : (walk.stranger ?? 403);
        const got = outcome === 'own' && res.status === 200 ? 'own' : res.status;
        expect({ who, method: walk.method, path: walk.path, got, leaked: leaked(text) }).toEqual({
          who,
          method: walk.method,
          path: walk.path,
          got: outcome,
          leaked: [],
        });
        const pathOnly = walk.path.split('?')[0] as string;
        const route = routes.find((r) => r.method === walk.method && r.matches(pathOnly));
        if (!route) throw new Error(`the walk's ${walk.method} ${walk.path} reaches no route`);
        mark(walkedRoutes, `${route.method} ${route.path}`, who);
      }
      if (who === 'guest') {
        // A guest asking who they are is told: nobody.
        expect((await api(node.url, 'GET', '/api/me')).body).toEqual({ user: null });
      }

      const socket = await connectSocket(node.url, token);
      const heard: string[] = [];
      socket.onAny((event: string, payload: unknown) => {
        if (leaked(JSON.stringify(payload ?? null)).length > 0) heard.push(event);
      });
      const peer = who.replace(/ /g, '-');
      for (const walk of eventWalks(who, peer)) {
        const ack = await emitAck(socket, walk.event, walk.payload);
        const code = who === 'guest' ? (walk.guest ?? 'UNAUTHENTICATED') : (walk.stranger ?? 'FORBIDDEN');
        const got = ack.ok ? 'noEffect' : ack.error.code;
        expect({ who, event: walk.event, got, leaked: leaked(JSON.stringify(ack)) }).toEqual({
          who,
          event: walk.event,
          got: code,
          leaked: [],
        });
        mark(walkedEvents, walk.event, who);
      }
      // The parties keep talking; the outsider hears none of it.
      await emitOk(buyerSocket, 'chat:send', { room: `negotiation:${negotiationId}`, text: `private to ${who}`, clientMsgId: `p-${peer}` });
      await emitOk(buyerSocket, 'chat:send', { room: `meeting:${meetingId}`, text: `private to ${who}`, clientMsgId: `q-${peer}` });
      await emitOk(buyerSocket, 'negotiation:offer', {
        negotiationId,
        clientOfferId: `again-${peer}`,
        terms: { price: cny(910_000), licenseType: 'assignment', territory: 'WORLDWIDE' },
      });
      await emitOk(buyerSocket, 'meeting:want', { meetingId, stream: 'staff' });
      await new Promise((r) => setTimeout(r, 200));
      expect({ who, heard }).toEqual({ who, heard: [] });
      socket.disconnect();
    }
    expect(partiesHeard).toEqual([]);

    // Nothing the outsiders tried changed anything.
    const stage = (await api(node.url, 'GET', `/api/sessions/${sessionId}`)).body;
    expect(stage.session).toMatchObject({ status: 'live', title: 'Private stage', broadcasting: true });
    expect(stage.session.spotlight).toBeNull();
    expect(stage.questions.map((q: { answered: boolean }) => q.answered)).toEqual([false]);
    const page = await api(node.url, 'GET', `/api/booths/${seller.boothId}`);
    expect(page.body.booth.name).toBe('Private booth');
    expect(page.body.exhibits.map((e: { title: string }) => e.title).sort()).toEqual(['Auctioned', 'Dealt', 'Secret sauce']);
    const deal = (await api(node.url, 'GET', `/api/deals/${dealId}`, { token: buyer.token })).body.deal;
    expect(deal.stage).not.toBe('cancelled');
    expect((await api(node.url, 'GET', `/api/deals/${dealId}/contract`, { token: buyer.token })).body.contract.signatures).toEqual([]);
    const meeting = (await api(node.url, 'GET', `/api/meetings/${meetingId}`, { token: buyer.token })).body.meeting;
    expect(meeting).toMatchObject({ status: 'booked', slotId });
    const free = await api(node.url, 'GET', `/api/booths/${seller.boothId}/slots?from=${soon - 1}&to=${soon + 10_000_000}`);
    expect(free.body.slots.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      [slotId, 'booked'],
      [freeSlotId, 'free'],
    ]);
    expect((await api(node.url, 'GET', `/api/needs/${needId}`, { token: buyer.token })).body.need).toMatchObject({
      title: 'Confidential shopping list',
      answers: [],
    });
    expect((await api(node.url, 'GET', '/api/invitations', { token: buyer.token })).body.items).toMatchObject([
      { id: invitationId, status: 'pending' },
    ]);
    expect((await api(node.url, 'GET', '/api/organizations', { token: seller.token })).status).toBe(403);
    const sellerSignsIn = await api(node.url, 'POST', '/api/auth/login', { body: { email: seller.email, password: seller.password } });
    expect(sellerSignsIn.status).toBe(200);
    buyerSocket.disconnect();
    sellerSocket.disconnect();
    walkFinished = true;
  }, 90_000);

  // Runs after the walk above (it reads what the walk recorded): a route or event added without a walk, or an
  // allow-list entry left behind by a removed one, fails here.
  test('every route and socket event is walked by every outsider or allowed on purpose, and every allowance is real', () => {
    if (!walkFinished) throw new Error('the authorization walk did not finish (its own failure says why)');
    const problems: string[] = [];
    const check = (
      kind: string,
      registered: string[],
      walked: Map<string, Set<Outsider>>,
      open: Record<string, string>,
      signedIn: Record<string, string>,
    ) => {
      for (const key of new Set(registered)) {
        const by = walked.get(key) ?? new Set<Outsider>();
        if (key in open && key in signedIn) problems.push(`${kind} ${key} is on both allow-lists`);
        else if (key in open) {
          if (by.size > 0) problems.push(`${kind} ${key} is walked and on the public allow-list: take it off the list`);
        } else if (key in signedIn) {
          if (!by.has('guest')) problems.push(`${kind} ${key} is open to signed-in users but no guest walked it`);
          if (SIGNED_IN_OUTSIDERS.some((who) => by.has(who))) problems.push(`${kind} ${key} is walked and on the signed-in allow-list`);
        } else {
          const missing = OUTSIDERS.filter((who) => !by.has(who));
          if (missing.length > 0) problems.push(`${kind} ${key} is neither allowed nor walked by: ${missing.join(', ')}`);
        }
      }
      const known = new Set(registered);
      for (const key of [...Object.keys(open), ...Object.keys(signedIn), ...walked.keys()]) {
        if (!known.has(key)) problems.push(`${kind} ${key} is allowed or walked but not registered`);
      }
    };
    check(
      'route',
      appRoutes(node.app.httpApp).map((r) => `${r.method} ${r.path}`),
      walkedRoutes,
      PUBLIC_ROUTES,
      SIGNED_IN_ROUTES,
    );
    check(
      'event',
      node.app.events.registered().map((e) => e.event),
      walkedEvents,
      PUBLIC_EVENTS,
      SIGNED_IN_EVENTS,
    );
    expect(problems).toEqual([]);
  });

  test('responses carry security headers: CSP, no sniffing, no framing, no x-powered-by', async () => {
    const res = await fetch(`${node.url}/api/expo`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
    // CORS is off: no allow-origin for a foreign origin.
    const cors = await fetch(`${node.url}/api/expo`, { headers: { origin: 'https://evil.example' } });
    expect(cors.headers.get('access-control-allow-origin')).toBeNull();
  });
});
