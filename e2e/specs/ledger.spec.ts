import { createHash } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { type Account, cnPatentNumber, expect, registerAccount, signIn, test } from '../fixtures';

type Ack = {
  ok: boolean;
  error?: { code: string; message: string };
  negotiation?: { id: string; offers: { id: string }[] };
  deal?: { id: string };
};

const bearer = (a: Account) => ({ Authorization: `Bearer ${a.token}` });
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

async function emitOk(socket: Socket, event: string, payload: unknown): Promise<Ack> {
  const ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack;
  expect(ack.ok, `${event}: ${JSON.stringify(ack.error)}`).toBe(true);
  return ack;
}

/** A deal agreed through the real API and Socket.IO: the buyer offers, the seller accepts. */
async function agreeDeal(request: APIRequestContext, baseURL: string, seller: Account, buyer: Account): Promise<string> {
  const { halls } = (await (await request.get('/api/expo')).json()) as {
    halls: { id: string; boothCount: number; capacity: number; freeSlots: number }[];
  };
  const hall = halls.find((h) => h.freeSlots > 0);
  if (!hall) throw new Error('every hall is full');
  const booth = await request.post('/api/booths', { headers: bearer(seller), data: { hallId: hall.id, name: 'Ledger Test Labs' } });
  expect(booth.status(), await booth.text()).toBe(201);
  const boothId = ((await booth.json()) as { booth: { id: string } }).booth.id;
  const exhibit = await request.post('/api/exhibits', {
    headers: bearer(seller),
    data: {
      boothId,
      type: 'patent',
      title: `Ledgered patent ${Date.now()}`,
      registrationNumber: `ZL${cnPatentNumber(2025, Date.now() % 9_000_000)}`,
      jurisdiction: 'CN',
      askingPrice: { amount: 80_000_000, currency: 'CNY' },
      tradeModes: ['assignment'],
    },
  });
  expect(exhibit.status(), await exhibit.text()).toBe(201);
  const exhibitId = ((await exhibit.json()) as { exhibit: { id: string } }).exhibit.id;
  const buyerSocket = io(baseURL, { auth: { token: buyer.token, protocol: 1 }, transports: ['websocket'], forceNew: true });
  const sellerSocket = io(baseURL, { auth: { token: seller.token, protocol: 1 }, transports: ['websocket'], forceNew: true });
  try {
    const opened = await emitOk(buyerSocket, 'negotiation:open', { exhibitId });
    const negotiationId = opened.negotiation?.id as string;
    const offered = await emitOk(buyerSocket, 'negotiation:offer', {
      negotiationId,
      clientOfferId: `ledger-${Date.now()}`,
      terms: { price: { amount: 77_000_000, currency: 'CNY' }, licenseType: 'assignment', territory: 'WORLDWIDE' },
    });
    const offerId = offered.negotiation?.offers.at(-1)?.id as string;
    const accepted = await emitOk(sellerSocket, 'negotiation:accept', { negotiationId, offerId });
    return accepted.deal?.id as string;
  } finally {
    buyerSocket.disconnect();
    sellerSocket.disconnect();
  }
}

test('the stats page publishes the ledger roots; a party fetches its proof, checks it, and the page verifies it too', async ({
  page,
  request,
  baseURL,
}) => {
  const seller = await registerAccount(request, 'exhibitor');
  const buyer = await registerAccount(request, 'visitor');
  const dealId = await agreeDeal(request, baseURL as string, seller, buyer);

  // The party's own check, with nothing but the proof and the public roots.
  const proof = (await (await request.get(`/api/deals/${dealId}/proof`, { headers: bearer(buyer) })).json()) as {
    day: string;
    record: string;
    leaf: string;
    proof: { side: 'left' | 'right'; hash: string }[];
    root: string;
  };
  expect(proof.record).not.toContain(buyer.user.id);
  const climbed = proof.proof.reduce((node, s) => (s.side === 'left' ? sha(s.hash + node) : sha(node + s.hash)), sha(proof.record));
  const roots = (await (await request.get('/api/ledger/roots')).json()) as { items: { day: string; root: string }[] };
  expect(climbed).toBe(roots.items.find((r) => r.day === proof.day)?.root);
  expect((await request.get(`/api/deals/${dealId}/proof`, { headers: bearer(await registerAccount(request, 'visitor')) })).status()).toBe(
    403,
  );

  await page.goto('/stats');
  await page.getByRole('link', { name: 'Verify the ledger' }).click();
  const ledger = page.getByTestId('ledger-roots');
  await expect(ledger.locator(`tr[data-day="${proof.day}"]`)).toBeVisible();
  await expect(ledger.locator(`tr[data-day="${proof.day}"]`)).toContainText(climbed);

  await signIn(page, buyer);
  await page.goto(`/deals/${dealId}/proof`);
  await expect(page.getByTestId('proof-verdict')).toHaveAttribute('data-verdict', 'valid');
  await expect(page.getByTestId('proof-verdict')).toContainText(`root published for ${proof.day}`);
});
