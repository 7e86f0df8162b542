import { io } from 'socket.io-client';
import { type Account, availableFor, expect, registerAccount, seededSeller, seriousViolations, signedInPage, test } from '../fixtures';
import { NegotiationScreen } from '../pages/NegotiationPage';

const auth = (a: Account) => ({ Authorization: `Bearer ${a.token}` });

/** Opens the buyer's negotiation through the socket, as the Negotiate button does (`negotiation:open`). */
async function openNegotiation(baseURL: string, buyer: Account, exhibitId: string): Promise<string> {
  const socket = io(baseURL, { auth: { token: buyer.token, protocol: 1 }, transports: ['websocket'] });
  try {
    const ack = (await socket.timeout(10_000).emitWithAck('negotiation:open', { exhibitId })) as {
      ok: boolean;
      negotiation?: { id: string };
      error?: { code: string };
    };
    expect(ack.ok, JSON.stringify(ack.error)).toBe(true);
    return ack.negotiation?.id as string;
  } finally {
    socket.disconnect();
  }
}

test('buyer and exhibitor negotiate two rounds in the browser and both see the deal', async ({ browser, request, baseURL }) => {
  // A seeded exhibitor (signed in through the API) and one of their exhibits that can be licensed
  // exclusively. Seeded accounts keep the expo's counts (exhibitors, booths, exhibits) as the data set has them.
  const { seller, exhibit } = await seededSeller(request, [101, 160], availableFor('exclusive'));
  const { id: exhibitId, title } = exhibit;
  const buyer = await registerAccount(request, 'visitor', 'Bea Buyer');
  const id = await openNegotiation(baseURL as string, buyer, exhibitId);

  const buyerScreen = new NegotiationScreen(await signedInPage(browser, buyer));
  const sellerScreen = new NegotiationScreen(await signedInPage(browser, seller));
  await buyerScreen.open(id);
  await sellerScreen.open(id);
  await expect(buyerScreen.page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(buyerScreen.status()).toContainText('No offer yet');
  await expect(buyerScreen.root()).toHaveAttribute('data-role', 'buyer');
  await expect(sellerScreen.root()).toHaveAttribute('data-role', 'seller');

  // The chat beside the term sheet reaches the other side live.
  await buyerScreen.sendChat('Hello — interested in an exclusive licence for Greater China.');
  await expect(sellerScreen.chat()).toContainText('interested in an exclusive licence');

  // Round 1: the buyer's offer, the seller's counter.
  await buyerScreen.makeOffer({
    price: '900,000',
    licence: 'Exclusive licence',
    countries: 'CN, HK',
    termMonths: '24',
    note: 'Opening offer',
  });
  await buyerScreen.waitForVersion(1);
  await expect(buyerScreen.status()).toContainText('Your offer is with the other side');
  await sellerScreen.waitForVersion(1);
  await expect(sellerScreen.term('price')).toContainText('¥900,000');
  await expect(sellerScreen.term('territory')).toContainText('(HK)');
  await expect(sellerScreen.status()).toContainText('The other side made an offer');

  await sellerScreen.makeOffer({ price: '1,300,000', licence: 'Exclusive licence', countries: 'CN, HK', termMonths: '36' });
  await buyerScreen.waitForVersion(2);
  // The buyer's redline: price and term changed, territory and licence did not.
  await expect(buyerScreen.term('price')).toHaveAttribute('data-changed', 'true');
  await expect(buyerScreen.term('price')).toContainText('¥1,300,000');
  await expect(buyerScreen.term('price').locator('del')).toHaveText('¥900,000');
  await expect(buyerScreen.term('termMonths')).toHaveAttribute('data-changed', 'true');
  await expect(buyerScreen.term('territory')).toHaveAttribute('data-changed', 'false');
  await expect(buyerScreen.term('licenseType')).toHaveAttribute('data-changed', 'false');
  // The screen with the redline, the decision buttons and the counter-offer form is accessible.
  expect(await seriousViolations(buyerScreen.page)).toEqual([]);

  // Round 2: the buyer meets in the middle; the exhibitor accepts.
  await buyerScreen.makeOffer({
    price: '1,150,000',
    licence: 'Exclusive licence',
    countries: 'CN, HK',
    termMonths: '36',
    note: 'Final offer',
  });
  await sellerScreen.waitForVersion(3);
  await expect(sellerScreen.term('price')).toHaveAttribute('data-changed', 'true');
  await expect(sellerScreen.term('termMonths')).toHaveAttribute('data-changed', 'false');
  await sellerScreen.accept(3);

  for (const screen of [sellerScreen, buyerScreen]) {
    await expect(screen.root()).toHaveAttribute('data-status', 'agreed');
    await expect(screen.status()).toContainText('Agreed');
    await expect(screen.dealPanel()).toBeVisible();
    await expect(screen.dealPanel().getByTestId('deal-price')).toHaveText('¥1,150,000');
    await expect(screen.dealPanel().getByTestId('chain-verdict')).toHaveText('Chain verified ✓');
    await expect(screen.dealPanel().getByRole('link', { name: /deal summary \(JSON\)/ })).toHaveAttribute(
      'href',
      `/api/negotiations/${id}/summary`,
    );
    await expect(screen.history()).toHaveCount(3);
    await expect(screen.offerForm()).toHaveCount(0);
  }

  // The audit trail lists every step and verifies.
  await buyerScreen.page.getByRole('button', { name: 'Show the audit trail' }).click();
  const trail = buyerScreen.page.getByTestId('audit-trail');
  await expect(trail.getByTestId('chain-verdict')).toHaveAttribute('data-valid', 'true');
  await expect(trail.locator('tbody tr')).toHaveCount(6); // open, chat, 3 offers, accept
  expect(await seriousViolations(buyerScreen.page)).toEqual([]);

  // The printable summary carries the final terms.
  const summary = await buyerScreen.page.request.get(`/api/negotiations/${id}/summary?format=html`);
  expect(await summary.text()).toContain('¥1,150,000');

  // Exactly one deal in the ledger, at the agreed price.
  const deals = (await (await request.get('/api/deals', { headers: auth(buyer) })).json()) as {
    items: { sourceId: string; amount: { amount: number } }[];
  };
  expect(deals.items.filter((d) => d.sourceId === id).map((d) => d.amount.amount)).toEqual([115_000_000]);

  if (process.env.SCREENSHOT_DIR) {
    await buyerScreen.page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/negotiation-buyer.png`, fullPage: true });
    await sellerScreen.page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/negotiation-seller.png`, fullPage: true });
  }
  await buyerScreen.page.context().close();
  await sellerScreen.page.context().close();
});
