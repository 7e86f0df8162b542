import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { type Account, expect, registerAccount, test } from '../fixtures';

type Ack = { ok: boolean; error?: { code: string; message: string }; negotiation?: { id: string; offers: { id: string }[] } };

/** The live statistics page at `/stats`. */
class StatsScreen {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/stats');
    await expect(this.dealCount()).toBeVisible();
    // The Live badge shows once `stats:subscribe` is answered: pushes reach the page from then on.
    await expect(this.page.getByTestId('stats-hero').locator('.live-dot')).toBeVisible();
  }

  /** The deal count under the headline value; `data-count` holds the plain number. */
  dealCount(): Locator {
    return this.page.getByTestId('deal-count');
  }

  async deals(): Promise<number> {
    return Number(await this.dealCount().getAttribute('data-count'));
  }

  ticker(): Locator {
    return this.page.getByTestId('deal-ticker');
  }

  announcer(): Locator {
    return this.page.getByTestId('deal-announcer');
  }
}

const bearer = (a: Account) => ({ Authorization: `Bearer ${a.token}` });

type HallRow = { id: string; name: string; boothCount: number; capacity: number; freeSlots: number };

/** The patents hall if it has a free booth slot, else the first hall that has one (the full data set fills most halls). */
async function hallWithRoom(request: APIRequestContext): Promise<HallRow> {
  const { halls } = (await (await request.get('/api/expo')).json()) as { halls: HallRow[] };
  const open = halls.filter((h) => h.freeSlots > 0);
  const hall = open.find((h) => h.id === 'patents') ?? open[0];
  if (!hall) throw new Error('every hall is full');
  return hall;
}

/** A fresh exhibitor's booth in `hallId` with one patent offered as an exclusive licence. */
async function exhibitToSell(request: APIRequestContext, seller: Account, hallId: string, title: string): Promise<string> {
  const booth = await request.post('/api/booths', { headers: bearer(seller), data: { hallId, name: 'Ticker Test Labs' } });
  expect(booth.status(), await booth.text()).toBe(201);
  const { booth: created } = (await booth.json()) as { booth: { id: string } };
  const exhibit = await request.post('/api/exhibits', {
    headers: bearer(seller),
    data: {
      boothId: created.id,
      type: 'patent',
      title,
      registrationNumber: 'CN202610001234.0',
      jurisdiction: 'CN',
      summary: 'A patent traded in the live statistics test.',
      askingPrice: { amount: 150_000_000, currency: 'CNY' },
      tradeModes: ['exclusive'],
    },
  });
  expect(exhibit.status(), await exhibit.text()).toBe(201);
  return ((await exhibit.json()) as { exhibit: { id: string } }).exhibit.id;
}

function connect(baseURL: string, account: Account): Socket {
  return io(baseURL, { auth: { token: account.token, protocol: 1 }, transports: ['websocket'], forceNew: true });
}

async function emitOk(socket: Socket, event: string, payload: unknown): Promise<Ack> {
  const ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack;
  expect(ack.ok, `${event}: ${JSON.stringify(ack.error)}`).toBe(true);
  return ack;
}

test('the stats page updates live when a deal is made in another context', async ({ page, request, baseURL }) => {
  const stats = new StatsScreen(page);
  await stats.open();
  const before = await stats.deals();
  // Marks this document: if the page reloaded, the mark would be gone.
  await page.evaluate(() => {
    (window as unknown as { statsMark: string }).statsMark = 'no reload';
  });

  // Another context: an exhibitor and a buyer, through the real API and Socket.IO.
  const stamp = Date.now();
  const title = `Live Ticker Battery Patent ${stamp}`;
  const seller = await registerAccount(request, 'exhibitor', `Stella Seller ${stamp}`);
  const buyer = await registerAccount(request, 'visitor', `Bertram Buyer ${stamp}`);
  const hall = await hallWithRoom(request);
  const exhibitId = await exhibitToSell(request, seller, hall.id, title);
  const buyerSocket = connect(baseURL as string, buyer);
  const sellerSocket = connect(baseURL as string, seller);
  try {
    const opened = await emitOk(buyerSocket, 'negotiation:open', { exhibitId });
    const negotiationId = opened.negotiation?.id as string;
    const offered = await emitOk(buyerSocket, 'negotiation:offer', {
      negotiationId,
      clientOfferId: `stats-${stamp}`,
      terms: { price: { amount: 123_456_700, currency: 'CNY' }, licenseType: 'exclusive', territory: ['CN'], termMonths: 24 },
    });
    const offerId = offered.negotiation?.offers.at(-1)?.id as string;
    await emitOk(sellerSocket, 'negotiation:accept', { negotiationId, offerId });
  } finally {
    buyerSocket.disconnect();
    sellerSocket.disconnect();
  }

  // The page, never reloaded, counts the deal and shows it at the top of the ticker.
  await expect(stats.dealCount()).toHaveAttribute('data-count', String(before + 1));
  const newest = stats.ticker().locator('li').first();
  await expect(newest).toContainText(title);
  await expect(newest).toContainText('¥1,234,567');
  await expect(newest.getByRole('link', { name: hall.name })).toHaveAttribute('href', `/hall/${hall.id}`);
  await expect(stats.announcer()).toContainText(title);
  expect(await page.evaluate(() => (window as unknown as { statsMark?: string }).statsMark)).toBe('no reload');

  // The ticker is public: the buyer is named nowhere on the page.
  await expect(page.locator('body')).not.toContainText(buyer.displayName);
  expect(await page.content()).not.toContain(buyer.displayName);
});
