import { api, cny, connectSocket, createExhibit, emitAck, exhibitorWithExhibit, registerUser, useTestCluster } from './testing/harness.js';

// The authorization walk: an outsider (a guest, and a signed-in stranger) tries every route and event
// that touches someone else's private data or property, and is refused each time.
describe('authorization walk', () => {
  const { node } = useTestCluster();

  test('an outsider gets 401/403/FORBIDDEN on every private route and event, and no private events', async () => {
    // The parties: a seller with a booth, an exhibit, an auction; a buyer in a negotiation with them.
    const seller = await exhibitorWithExhibit(node.url, 'gba', 'Private booth', {
      title: 'Secret sauce',
      registrationNumber: 'ZL202010000777.3',
    });
    const { exhibit } = seller;
    const other = await createExhibit(node.url, seller.token, {
      boothId: seller.boothId,
      title: 'Auctioned',
      registrationNumber: 'ZL202010000778.8',
    });
    const auction = (
      await api(node.url, 'POST', '/api/auctions', {
        token: seller.token,
        body: { exhibitId: other.id, startPrice: cny(1000), minIncrement: cny(100), endsAt: Date.now() + 600_000 },
      })
    ).body.auction;
    const buyer = await registerUser(node.url, 'visitor');
    const buyerSocket = await connectSocket(node.url, buyer.token);
    const opened = await emitAck<{ negotiation: { id: string } }>(buyerSocket, 'negotiation:open', { exhibitId: exhibit.id });
    const negotiationId = opened.ok ? opened.negotiation.id : '';
    const offer = await emitAck<{ negotiation: { offers: { id: string }[] } }>(buyerSocket, 'negotiation:offer', {
      negotiationId,
      clientOfferId: 'w1',
      terms: { price: cny(900_000), licenseType: 'assignment', territory: 'WORLDWIDE' },
    });
    const offerId = offer.ok ? offer.negotiation.offers[0]?.id : '';

    // The seller's live session, with its video on and a viewer's question.
    const sellerSocket = await connectSocket(node.url, seller.token);
    const live = await emitAck<{ session: { id: string } }>(sellerSocket, 'session:start', {
      boothId: seller.boothId,
      title: 'Private stage',
    });
    const sessionId = live.ok ? live.session.id : '';
    await emitAck(sellerSocket, 'session:broadcast', { sessionId, on: true });
    await emitAck(buyerSocket, 'session:join', { sessionId });
    const asked = await emitAck<{ question: { id: string } }>(buyerSocket, 'session:ask', { sessionId, text: 'Licence terms?' });
    const questionId = asked.ok ? asked.question.id : '';

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

    const stranger = await registerUser(node.url, 'visitor');
    const strangerOrg = await registerUser(node.url, 'exhibitor');
    const outsiders: [string, string | undefined][] = [
      ['guest', undefined],
      ['visitor', stranger.token],
      ['other exhibitor', strangerOrg.token],
    ];
    for (const [who, token] of outsiders) {
      const expectRefused = async (method: string, path: string, body?: unknown) => {
        const res = await api(node.url, method, path, { token, body });
        expect({ who, method, path, status: res.status }).toEqual({ who, method, path, status: token ? 403 : 401 });
      };
      await expectRefused('GET', `/api/negotiations/${negotiationId}`);
      await expectRefused('GET', `/api/negotiations/${negotiationId}/audit`);
      await expectRefused('GET', `/api/negotiations/${negotiationId}/summary`);
      await expectRefused('POST', `/api/negotiations/${negotiationId}/read`);
      await expectRefused('GET', `/api/booths/${seller.boothId}/visitors`);
      await expectRefused('PATCH', `/api/booths/${seller.boothId}`, { name: 'Taken over' });
      await expectRefused('PATCH', `/api/exhibits/${exhibit.id}`, { title: 'Taken over' });
      await expectRefused('POST', '/api/exhibits', {
        boothId: seller.boothId,
        type: 'patent',
        title: 'Planted',
        registrationNumber: 'ZL202010000111.8',
        jurisdiction: 'CN',
        askingPrice: cny(1),
        tradeModes: ['assignment'],
      });
      await expectRefused('POST', '/api/auctions', {
        exhibitId: exhibit.id,
        startPrice: cny(1),
        minIncrement: cny(1),
        endsAt: Date.now() + 60_000,
      });
      await expectRefused('GET', '/api/deals?scope=all');
      await expectRefused('GET', `/api/exhibits/${exhibit.id}/access-log`);
      await expectRefused('GET', `/api/documents/${documentId}/file`);
      await expectRefused('POST', `/api/exhibits/${exhibit.id}/documents`, { title: 'Planted' });
      if (!token) {
        expect((await api(node.url, 'GET', `/api/exhibits/${exhibit.id}/documents`)).status).toBe(401);
        expect((await api(node.url, 'POST', `/api/exhibits/${exhibit.id}/nda`, { body: { accept: true, version: 'x' } })).status).toBe(401);
        for (const path of ['/api/deals', '/api/negotiations', '/api/sessions/reminders'])
          expect((await api(node.url, 'GET', path)).status).toBe(401);
        // A guest asking who they are is told: nobody.
        expect((await api(node.url, 'GET', '/api/me')).body).toEqual({ user: null });
        expect((await api(node.url, 'PUT', `/api/sessions/${sessionId}/reminder`)).status).toBe(401);
        const body = { currentPassword: seller.password, newPassword: 'taken over!' };
        expect((await api(node.url, 'POST', '/api/auth/password', { body })).status).toBe(401);
      } else {
        // A password change needs the caller's own current password, and only ever touches the caller's account.
        const body = { currentPassword: 'a guess at it', newPassword: 'taken over!' };
        expect({ who, status: (await api(node.url, 'POST', '/api/auth/password', { token, body })).status }).toEqual({ who, status: 403 });
        expect((await api(node.url, 'GET', '/api/deals', { token })).body.items).toEqual([]);
        expect((await api(node.url, 'GET', '/api/negotiations', { token })).body.items).toEqual([]);
      }

      const socket = await connectSocket(node.url, token);
      const heard: string[] = [];
      socket.on('negotiation:updated', () => heard.push('negotiation:updated'));
      socket.on('chat:message', (p) => p.message.room.startsWith('negotiation:') && heard.push('chat:message'));
      const refusedCode = token ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      const events: [string, unknown, string][] = [
        [
          'negotiation:offer',
          {
            negotiationId,
            clientOfferId: `x-${who.replace(/ /g, '-')}`,
            terms: { price: cny(1), licenseType: 'assignment', territory: 'WORLDWIDE' },
          },
          refusedCode,
        ],
        ['negotiation:accept', { negotiationId, offerId }, refusedCode],
        ['negotiation:reject', { negotiationId, offerId }, refusedCode],
        ['negotiation:withdraw', { negotiationId }, refusedCode],
        ['chat:send', { room: `negotiation:${negotiationId}`, text: 'let me in', clientMsgId: `c-${who.replace(/ /g, '-')}` }, refusedCode],
        ['chat:history', { room: `negotiation:${negotiationId}` }, token ? 'FORBIDDEN' : 'UNAUTHENTICATED'],
        ['chat:delete', { room: `booth:${seller.boothId}`, messageId: '1-1' }, refusedCode],
        ['chat:mute', { room: `booth:${seller.boothId}`, userId: buyer.user.id, minutes: 5 }, refusedCode],
        ['session:start', { boothId: seller.boothId, title: 'Hijacked stage' }, refusedCode],
        ['session:end', { sessionId }, refusedCode],
        ['session:spotlight', { sessionId, exhibitId: exhibit.id }, refusedCode],
        ['session:broadcast', { sessionId, on: false }, refusedCode],
        ['session:answer', { sessionId, questionId }, refusedCode],
        ['chat:delete', { room: `session:${sessionId}`, messageId: '1-1' }, refusedCode],
        // not a viewer: no signalling to the host, no asking for its video
        ['rtc:signal', { sessionId, to: buyerSocket.id, description: { type: 'offer', sdp: 'v=0' } }, 'FORBIDDEN'],
        ['rtc:want', { sessionId }, 'FORBIDDEN'],
      ];
      if (!token) events.push(['auction:bid', { auctionId: auction.id, bidId: 'g1', amount: cny(5000) }, 'UNAUTHENTICATED']);
      for (const [event, payload, code] of events) {
        const ack = await emitAck(socket, event, payload);
        expect({ who, event, code: !ack.ok && ack.error.code }).toEqual({ who, event, code });
      }
      // The parties keep talking; the outsider hears none of it.
      await emitAck(buyerSocket, 'chat:send', {
        room: `negotiation:${negotiationId}`,
        text: `private to ${who}`,
        clientMsgId: `p-${who.replace(/ /g, '-')}`,
      });
      await emitAck(buyerSocket, 'negotiation:offer', {
        negotiationId,
        clientOfferId: `again-${who.replace(/ /g, '-')}`,
        terms: { price: cny(910_000), licenseType: 'assignment', territory: 'WORLDWIDE' },
      });
      await new Promise((r) => setTimeout(r, 200));
      expect({ who, heard }).toEqual({ who, heard: [] });
      socket.disconnect();
    }
    buyerSocket.disconnect();
    const stage = (await api(node.url, 'GET', `/api/sessions/${sessionId}`)).body;
    expect(stage.session).toMatchObject({ status: 'live', title: 'Private stage', broadcasting: true });
    expect(stage.session.spotlight).toBeNull();
    expect(stage.questions.map((q: { answered: boolean }) => q.answered)).toEqual([false]);
    sellerSocket.disconnect();
    // Nothing the outsiders tried changed anything.
    const page = await api(node.url, 'GET', `/api/booths/${seller.boothId}`);
    expect(page.body.booth.name).toBe('Private booth');
    expect(page.body.exhibits.map((e: { title: string }) => e.title).sort()).toEqual(['Auctioned', 'Secret sauce']);
    const sellerSignsIn = await api(node.url, 'POST', '/api/auth/login', { body: { email: seller.email, password: seller.password } });
    expect(sellerSignsIn.status).toBe(200);
  }, 60_000);

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
