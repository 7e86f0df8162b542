import type { APIRequestContext } from '@playwright/test';
import { expect, registerAccount, seededSeller, seriousViolations, signedInPage, test } from '../fixtures';
import { AuctionScreen } from '../pages/AuctionPage';

const yuan = (n: number) => ({ amount: n * 100, currency: 'CNY' });

/**
 * A seeded exhibitor (signed in through the API) puts one of their available exhibits up for a short
 * auction: ends ~40 s from now, 5 s soft close. Seeded accounts keep the expo's counts as the data set has them.
 */
async function shortAuction(request: APIRequestContext): Promise<{ auctionId: string }> {
  const { seller, exhibit } = await seededSeller(request, [161, 220], (e) => e.status === 'available');
  const created = await request.post('/api/auctions', {
    headers: { Authorization: `Bearer ${seller.token}` },
    data: { exhibitId: exhibit.id, startPrice: yuan(10_000), minIncrement: yuan(1_000), endsAt: Date.now() + 40_000, softCloseMs: 5_000 },
  });
  expect(created.status(), await created.text()).toBe(201);
  return { auctionId: (await created.json()).auction.id };
}

test('two bidders bid each other up, one wins, and both screens agree on the price and the winner', async ({ browser, request }) => {
  const alice = await registerAccount(request, 'visitor', 'Alice');
  const bob = await registerAccount(request, 'visitor', 'Bob');
  const { auctionId } = await shortAuction(request);

  const a = new AuctionScreen(await signedInPage(browser, alice));
  const b = new AuctionScreen(await signedInPage(browser, bob));
  await a.open(auctionId);
  await b.open(auctionId);
  await a.waitForClock();
  await b.waitForClock();

  // A guest whose device clock runs two hours fast still sees the real time left: the countdown runs on
  // the server's clock (estimated from acks), so the auction is open with well under a minute to go.
  const guestContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await guestContext.addInitScript(() => {
    const RealDate = Date;
    const skew = 2 * 3600_000;
    class FastDate extends RealDate {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) super(RealDate.now() + skew);
        else super(...(args as ConstructorParameters<DateConstructor>));
      }
      static override now() {
        return RealDate.now() + skew;
      }
    }
    globalThis.Date = FastDate as DateConstructor;
  });
  const guest = new AuctionScreen(await guestContext.newPage());
  await guest.open(auctionId);
  await guest.waitForClock();
  await expect(guest.page.getByTestId('countdown')).toHaveAttribute('data-phase', 'open');
  await expect(guest.page.getByTestId('countdown').locator('.countdown__value')).toHaveText(/^0:[0-5]\d$/);
  await expect(a.leader()).toContainText('No bids yet');
  expect(await seriousViolations(a.page)).toEqual([]);

  // Alice opens at the start price.
  await expect(a.quickBid()).toHaveText('Bid ¥10,000');
  await a.quickBid().click();
  await expect(a.leader()).toHaveText('You are winning');
  await expect(b.price()).toHaveText('¥10,000');
  await expect(b.leader()).toHaveText('Bidder 1 is winning');

  // Bob answers with the next valid amount; Alice is told she was outbid.
  await expect(b.quickBid()).toHaveText('Bid ¥11,000');
  await b.quickBid().click();
  await expect(b.leader()).toHaveText('You are winning');
  await expect(a.outbid()).toContainText('You have been outbid');
  await expect(a.leader()).toHaveText('Bidder 2 is winning');

  // Alice bids 15,000 with a secret maximum of 20,000.
  await a.bid('15000', '20000');
  await expect(a.bidStatus()).toContainText('You are winning');
  await expect(a.page.getByTestId('my-maximum')).toContainText('¥20,000');
  await expect(b.price()).toHaveText('¥15,000');

  // Bob tries 16,000: Alice's maximum answers one step higher, automatically.
  await expect(b.quickBid()).toHaveText('Bid ¥16,000');
  await b.quickBid().click();
  await expect(b.price()).toHaveText('¥17,000');
  await expect(b.leader()).toHaveText('Bidder 1 is winning');
  await expect(b.outbid()).toBeVisible();
  await expect(b.historyRows().first()).toContainText('Bidder 1');
  await expect(b.historyRows().first()).toContainText('auto');
  await expect(a.price()).toHaveText('¥17,000');
  await expect(a.leader()).toHaveText('You are winning');

  // Nobody bids again: the auction closes on the server's clock and both screens show the same result.
  await expect(a.result()).toHaveText('You won this auction at ¥17,000.', { timeout: 60_000 });
  await expect(b.result()).toHaveText('Sold to Bidder 1 for ¥17,000.', { timeout: 60_000 });
  await expect(guest.result()).toHaveText('Sold to Bidder 1 for ¥17,000.', { timeout: 60_000 });
  await expect(a.price()).toHaveText('¥17,000');
  await expect(b.price()).toHaveText('¥17,000');

  const final = (await (await request.get(`/api/auctions/${auctionId}`)).json()) as {
    auction: { status: string; currentPrice: { amount: number }; leaderId: string; dealId?: string };
  };
  expect(final.auction).toMatchObject({ status: 'closed', currentPrice: { amount: 1_700_000 }, leaderId: alice.user.id });
  expect(final.auction.dealId).toBeTruthy();

  if (process.env.SCREENSHOT_DIR) {
    await a.page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/auction-winner.png`, fullPage: true });
    await b.page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/auction-other.png`, fullPage: true });
  }
  await a.page.context().close();
  await b.page.context().close();
  await guestContext.close();
});
