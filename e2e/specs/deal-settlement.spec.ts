import type { Page } from '@playwright/test';
import { io } from 'socket.io-client';
import { type Account, availableFor, expect, logIn, ORGANIZER, registerAccount, seededSeller, signedInPage, test } from '../fixtures';

// Issue 15 items 4 and 5: after agreement both sides sign the contract; the organizer, as escrow agent, confirms the
// payment and the recordal and releases the price; both parties see the deal completed.

/** Buyer opens and offers, seller accepts — through the sockets, as the negotiation page does. Returns the deal id. */
async function agree(baseURL: string, buyer: Account, seller: Account, exhibitId: string): Promise<string> {
  const connect = (a: Account) => io(baseURL, { auth: { token: a.token, protocol: 1 }, transports: ['websocket'] });
  const b = connect(buyer);
  const s = connect(seller);
  try {
    type Ack = { ok: boolean; negotiation?: { id: string }; offer?: { id: string }; deal?: { id: string }; error?: unknown };
    const opened = (await b.timeout(10_000).emitWithAck('negotiation:open', { exhibitId })) as Ack;
    expect(opened.ok, JSON.stringify(opened.error)).toBe(true);
    const negotiationId = opened.negotiation?.id as string;
    const offered = (await b.timeout(10_000).emitWithAck('negotiation:offer', {
      negotiationId,
      clientOfferId: 'e2e-offer-1',
      terms: { price: { amount: 45_000_000, currency: 'CNY' }, licenseType: 'assignment', territory: 'WORLDWIDE' },
    })) as Ack;
    expect(offered.ok, JSON.stringify(offered.error)).toBe(true);
    const accepted = (await s.timeout(10_000).emitWithAck('negotiation:accept', { negotiationId, offerId: offered.offer?.id })) as Ack;
    expect(accepted.ok, JSON.stringify(accepted.error)).toBe(true);
    return accepted.deal?.id as string;
  } finally {
    b.disconnect();
    s.disconnect();
  }
}

/** Signs the contract on the deal page with the typed full name. */
async function sign(page: Page, name: string): Promise<void> {
  const form = page.getByTestId('sign-form');
  await form.getByLabel('Full name of the signatory').fill(name);
  await form.getByRole('checkbox').check();
  await form.getByTestId('sign-submit').click();
}

test('after agreement both sides sign; the organizer confirms payment and recordal; both see the deal completed', async ({
  browser,
  request,
  baseURL,
}) => {
  // A seeded exhibitor and one of their available exhibits offered for assignment (the seeded halls are full, so the
  // spec sells from a seeded booth; it starts past the accounts the negotiation spec uses).
  const { seller, exhibit } = await seededSeller(request, [201, 300], availableFor('assignment'));
  const { id: exhibitId, title } = exhibit;
  const buyer = await registerAccount(request, 'visitor', 'Bea Buyer');
  const dealId = await agree(baseURL as string, buyer, seller, exhibitId);

  const buyerPage = await signedInPage(browser, buyer);
  const sellerPage = await signedInPage(browser, seller);
  await buyerPage.goto(`/deals/${dealId}`);
  await sellerPage.goto(`/deals/${dealId}`);
  for (const page of [buyerPage, sellerPage]) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('contract-text')).toContainText('ASSIGNMENT AGREEMENT OF');
    await expect(page.getByTestId('deal-stage')).toHaveText('Agreed');
  }
  // Both versions are there, bound by one digest.
  await buyerPage.getByTestId('contract-lang-zh').click();
  await expect(buyerPage.getByTestId('contract-text')).toContainText('权转让合同');
  const hash = (await buyerPage.getByTestId('contract-hash').textContent()) ?? '';
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await expect(sellerPage.getByTestId('contract-hash')).toHaveText(hash);

  await sign(buyerPage, 'Beatrice Buyer');
  await expect(buyerPage.getByTestId('signature-buyer')).toContainText('Beatrice Buyer');
  // The seller's page hears of the buyer's signature over the socket.
  await expect(sellerPage.getByTestId('signature-buyer')).toContainText('Beatrice Buyer');
  await sign(sellerPage, 'Samuel Seller');
  for (const page of [buyerPage, sellerPage]) await expect(page.getByTestId('deal-stage')).toHaveText('Signed');

  const organizer = await logIn(request, ORGANIZER.email, ORGANIZER.password);
  const escrowAgent = await signedInPage(browser, organizer);
  await escrowAgent.goto('/organizer');
  const row = escrowAgent.getByTestId(`escrow-row-${dealId}`);
  await row.getByLabel('Payment reference (every open milestone)').fill('BANK-2026-0042');
  await row.getByRole('button', { name: 'Confirm payment' }).click();
  await row.getByLabel('Recordal number issued by the IP office').fill('CNIPA-ZR-2026-001234');
  await row.getByRole('button', { name: 'Confirm the recordal' }).click();
  await row.getByRole('button', { name: 'Release to the seller and complete' }).click();
  await expect(row).toHaveCount(0);

  for (const page of [buyerPage, sellerPage]) {
    await expect(page.getByTestId('deal-stage')).toHaveText('Completed');
    await expect(page.getByTestId('timeline-recorded')).toContainText('CNIPA-ZR-2026-001234');
  }
  if (process.env.SCREENSHOT_DIR) {
    // A viewport as tall as the page (a full-page shot would paint the sticky header mid-page).
    await buyerPage.setViewportSize({ width: 1280, height: 1900 });
    await buyerPage.screenshot({ path: `${process.env.SCREENSHOT_DIR}/deal-completed.png` });
  }
});
