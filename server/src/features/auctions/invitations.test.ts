import {
  api,
  cny,
  createExhibit,
  emitAck,
  nextEvent,
  registerExhibitorWithBooth,
  type TestSocket,
  useSellerCluster,
} from '../../testing/harness.js';

describe('invitations to negotiate after an auction misses its reserve, across two nodes', () => {
  const { cluster, a, b, seller } = useSellerCluster({ hallId: 'trademarks', booth: 'Invitation house' });
  let n = 0;

  async function auction(over: Record<string, unknown>) {
    n += 1;
    const exhibit = await createExhibit(a.url, seller.token, {
      boothId: seller.boothId,
      type: 'trademark',
      title: `Invited mark ${n}`,
      registrationNumber: `TM ${43_000_000 + n}`,
    });
    const res = await api(a.url, 'POST', '/api/auctions', {
      token: seller.token,
      body: { exhibitId: exhibit.id, startPrice: cny(100_000), minIncrement: cny(10_000), softCloseMs: 0, ...over },
    });
    expect(res.status).toBe(201);
    return res.body.auction as { id: string; exhibitId: string };
  }

  async function closed(auctionId: string) {
    for (let i = 0; i < 150; i++) {
      const page = await api(b.url, 'GET', `/api/auctions/${auctionId}`);
      if (page.body.auction.status === 'closed') return page.body.auction;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the auction did not close');
  }

  const bid = async (socket: TestSocket, auctionId: string, amount: number, bidId: string) => {
    const ack = await emitAck(socket, 'auction:bid', { auctionId, bidId, amount: cny(amount) });
    if (!ack.ok) throw new Error(`bid refused: ${ack.error.code}`);
  };

  test('the seller invites top bidders by rank; one accepts (revealed, a negotiation opens at their bid), one declines (anonymous)', async () => {
    const [alice, bob, carol] = [await cluster.userWithSocket(a), await cluster.userWithSocket(b), await cluster.userWithSocket(a)];
    const auc = await auction({ endsAt: Date.now() + 4_000, reservePrice: cny(5_000_000) });
    await bid(alice.socket, auc.id, 100_000, 'i1');
    await bid(bob.socket, auc.id, 110_000, 'i2');
    await bid(carol.socket, auc.id, 120_000, 'i3');
    await bid(alice.socket, auc.id, 130_000, 'i4');
    expect(await closed(auc.id)).toMatchObject({ status: 'closed', reserveMet: false });

    // Ranked by last visible bid: alice 130,000, carol 120,000, bob 110,000.
    const view = await api(b.url, 'GET', `/api/auctions/${auc.id}/invitations`, { token: seller.token });
    expect(view.body.bidders.map((r: { rank: number; amount: { amount: number } }) => [r.rank, r.amount.amount])).toEqual([
      [1, 130_000],
      [2, 120_000],
      [3, 110_000],
    ]);
    expect(JSON.stringify(view.body)).not.toContain(alice.user.id);

    const aliceHears = nextEvent<{ invitation: { rank: number; bidderId: string } }>(alice.socket, 'auction:invitation');
    const invited = await api(b.url, 'POST', `/api/auctions/${auc.id}/invite`, { token: seller.token, body: { ranks: [1, 2] } });
    expect(invited.status).toBe(200);
    expect(invited.body.invitations.map((i: { rank: number; status: string }) => [i.rank, i.status])).toEqual([
      [1, 'pending'],
      [2, 'pending'],
    ]);
    expect(invited.body.invitations[0].bidderId).toBeUndefined();
    expect((await aliceHears).invitation).toMatchObject({ rank: 1, bidderId: alice.user.id });

    const twice = await api(a.url, 'POST', `/api/auctions/${auc.id}/invite`, { token: seller.token, body: { ranks: [3, 1] } });
    expect({ status: twice.status, reason: twice.body.error.reason }).toEqual({ status: 409, reason: 'alreadyInvited' });
    // All or nothing: rank 3 was not invited by the refused request.
    const after = await api(a.url, 'GET', `/api/auctions/${auc.id}/invitations`, { token: seller.token });
    expect(after.body.bidders[2].invitation).toBeUndefined();

    const inbox = await api(a.url, 'GET', '/api/invitations', { token: alice.token });
    const mine = inbox.body.items[0];
    expect(mine).toMatchObject({ auctionId: auc.id, amount: { amount: 130_000 }, status: 'pending' });
    expect((await api(a.url, 'POST', `/api/invitations/${mine.id}/accept`, { token: bob.token })).status).toBe(403);

    const accepted = await api(b.url, 'POST', `/api/invitations/${mine.id}/accept`, { token: alice.token });
    expect(accepted.status).toBe(200);
    const negotiationId = accepted.body.invitation.negotiationId;
    const negotiation = await api(a.url, 'GET', `/api/negotiations/${negotiationId}`, { token: seller.token });
    expect(negotiation.body.negotiation).toMatchObject({ exhibitId: auc.exhibitId, buyerId: alice.user.id, status: 'open' });
    expect(negotiation.body.negotiation.offers[0]).toMatchObject({ terms: { price: { amount: 130_000 }, licenseType: 'assignment' } });
    // Accepting again reports the same negotiation; nothing new opens.
    const again = await api(a.url, 'POST', `/api/invitations/${mine.id}/accept`, { token: alice.token });
    expect(again.body.invitation.negotiationId).toBe(negotiationId);

    const carolsId = (await api(b.url, 'GET', '/api/invitations', { token: carol.token })).body.items[0].id;
    expect((await api(b.url, 'POST', `/api/invitations/${carolsId}/decline`, { token: carol.token })).body.invitation.status).toBe(
      'declined',
    );
    const late = await api(a.url, 'POST', `/api/invitations/${carolsId}/accept`, { token: carol.token });
    expect({ status: late.status, reason: late.body.error.reason }).toEqual({ status: 409, reason: 'invitationAnswered' });

    const final = (await api(a.url, 'GET', `/api/auctions/${auc.id}/invitations`, { token: seller.token })).body.bidders;
    expect(final[0].invitation).toMatchObject({ status: 'accepted', bidderId: alice.user.id, bidderName: alice.user.displayName });
    expect(final[1].invitation.status).toBe('declined');
    expect(final[1].invitation.bidderId).toBeUndefined();
    expect(JSON.stringify(final)).not.toContain(carol.user.id);
  }, 30_000);

  test('refusals: not the seller 403, still open or sold 409, a rank beyond the bidders 400 — and nothing is written', async () => {
    const dave = await cluster.userWithSocket(b);
    const open = await auction({ endsAt: Date.now() + 3_600_000, reservePrice: cny(5_000_000) });
    const sold = await auction({ endsAt: Date.now() + 4_000 });
    const below = await auction({ endsAt: Date.now() + 4_000, reservePrice: cny(5_000_000) });
    await bid(dave.socket, sold.id, 100_000, 's1');
    await bid(dave.socket, below.id, 100_000, 'b1');
    await closed(sold.id);
    await closed(below.id);

    const other = await registerExhibitorWithBooth(b.url, 'trademarks', 'Other house');
    const invite = (auctionId: string, token: string, ranks: unknown) =>
      api(b.url, 'POST', `/api/auctions/${auctionId}/invite`, { token, body: { ranks } });
    expect((await invite(below.id, other.token, [1])).status).toBe(403);
    expect((await invite(below.id, dave.token, [1])).status).toBe(403);
    const stillOpen = await invite(open.id, seller.token, [1]);
    expect({ status: stillOpen.status, reason: stillOpen.body.error.reason }).toEqual({ status: 409, reason: 'notClosed' });
    const afterSale = await invite(sold.id, seller.token, [1]);
    expect({ status: afterSale.status, reason: afterSale.body.error.reason }).toEqual({ status: 409, reason: 'sold' });
    const beyond = await invite(below.id, seller.token, [2]);
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.details.fields).toEqual(['body.ranks.0']);
    expect((await invite(below.id, seller.token, [0])).status).toBe(400);
    expect((await invite(below.id, seller.token, [1, 1])).status).toBe(400);
    expect((await api(a.url, 'GET', '/api/invitations', { token: dave.token })).body.items).toEqual([]);
    expect((await invite(below.id, seller.token, [1])).status).toBe(200);
  }, 30_000);
});
