import { readFileSync } from 'node:fs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import {
  type Account,
  availableFor,
  expect,
  logIn,
  ORGANIZER,
  projectContext,
  registerAccount,
  seededSeller,
  signedInPage,
  signIn,
  test,
} from '../fixtures';
import { BoothRoom } from '../pages/BoothRoom';

// Issue 8 item 5: the organizer console, in a real browser against the real server.

async function organizer(request: APIRequestContext): Promise<Account> {
  const account = await logIn(request, ORGANIZER.email, ORGANIZER.password);
  expect(account.user.role).toBe('organizer');
  return account;
}

type QueuedOrganization = { id: string; name: string; region: string; verified: boolean; boothId?: string };

/**
 * A seeded organization that is not verified yet and has a booth (the last ones of the Macao queue, which no
 * other spec uses). Seeded, not new: a new booth would change the expo's figures other specs check.
 */
async function unverifiedOrganization(request: APIRequestContext, organizerAccount: Account, fromEnd = 1): Promise<QueuedOrganization> {
  const res = await request.get('/api/organizations?verified=false&region=MO', {
    headers: { Authorization: `Bearer ${organizerAccount.token}` },
  });
  expect(res.status(), await res.text()).toBe(200);
  const { items } = (await res.json()) as { items: QueuedOrganization[] };
  const org = items.filter((o) => o.boothId).at(-fromEnd);
  if (!org) throw new Error('no unverified Macao organization with a booth in the data set');
  return org;
}

async function setVerified(request: APIRequestContext, organizerAccount: Account, orgId: string, verified: boolean): Promise<void> {
  const res = await request.post(`/api/organizations/${orgId}/verify`, {
    headers: { Authorization: `Bearer ${organizerAccount.token}` },
    data: { verified },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/**
 * A seeded exhibitor, their booth and an exhibit of it that can be licensed exclusively (from a stretch of the
 * data set no other spec uses). Seeded, not new: a new booth would change the expo's figures other specs check.
 */
const exclusiveSeller = (request: APIRequestContext) => seededSeller(request, [2300, 2360], availableFor('exclusive'));

function connect(baseURL: string, account: Account): Socket {
  return io(baseURL, { auth: { token: account.token, protocol: 1 }, transports: ['websocket'], forceNew: true });
}

type Ack = {
  ok: boolean;
  error?: { code: string };
  negotiation?: { id: string; offers: { id: string }[] };
  deal?: { id: string };
  message?: { id: string };
};

async function emitOk(socket: Socket, event: string, payload: unknown): Promise<Ack> {
  const ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack;
  expect(ack.ok, `${event}: ${JSON.stringify(ack.error)}`).toBe(true);
  return ack;
}

/** `/organizer`, as the organizer works it. */
class OrganizerConsole {
  readonly queue: Locator;
  readonly ledger: Locator;
  readonly moderation: Locator;

  constructor(readonly page: Page) {
    this.queue = page.getByTestId('verification-queue');
    this.ledger = page.getByTestId('ledger');
    this.moderation = page.getByTestId('moderation-log');
  }

  async open(): Promise<void> {
    await this.page.goto('/organizer');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Organizer console' })).toBeVisible();
    await expect(this.queue.getByText(/\d+ organizations?$/)).toBeVisible();
  }

  /** The queue's row of one organization (found by name, whatever the status filter). */
  async findOrganization(orgId: string, name: string): Promise<Locator> {
    await this.queue.getByLabel('Show', { exact: true }).selectOption('all');
    await this.queue.getByLabel('Find by name').fill(name);
    const row = this.queue.locator(`tr[data-org-id="${orgId}"]`);
    await expect(row).toHaveCount(1);
    return row;
  }
}

test('an organizer verifies an organization in the console and a visitor then sees the verified badge on its booth', async ({
  browser,
  page,
  request,
}) => {
  const organizerAccount = await organizer(request);
  const org = await unverifiedOrganization(request, organizerAccount);
  const boothId = org.boothId as string;
  const visitor = await signedInPage(browser, await registerAccount(request, 'visitor'), projectContext());

  try {
    // Before: the booth carries no badge.
    const room = new BoothRoom(visitor);
    await room.openPage(boothId);
    await expect(room.panel.locator('.booth-panel__org')).toBeVisible();
    await expect(room.panel.locator('.verified')).toHaveCount(0);

    // The organizer finds the organization in the queue (unverified) and verifies it.
    await signIn(page, organizerAccount);
    const organizerConsole = new OrganizerConsole(page);
    await organizerConsole.open();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organizer', exact: true })).toBeVisible();
    const row = await organizerConsole.findOrganization(org.id, org.name);
    await expect(row).toHaveAttribute('data-verified', 'false');
    await row.getByRole('button', { name: `Verify ${org.name}` }).click();
    await expect(row).toHaveAttribute('data-verified', 'true');
    // Saved: the button offers the way back once the server has answered.
    await expect(row.getByRole('button', { name: `Withdraw the verification of ${org.name}` })).toHaveText('Unverify');
    await expect(page.getByTestId('verify-failed')).toHaveCount(0);

    // The server agrees, whatever the browser shows.
    const verified = (await (await page.request.get('/api/organizations?verified=true&region=MO')).json()) as { items: { id: string }[] };
    expect(verified.items.map((o) => o.id)).toContain(org.id);

    // The visitor opens the booth again and now sees the verified badge.
    await room.openPage(boothId);
    await expect(room.panel.locator('.verified')).toHaveCount(1);
    await expect(room.panel.locator('.verified')).toHaveAttribute('title', 'Verified exhibitor');
  } finally {
    // The data set stays as seeded for the specs after this one.
    await setVerified(request, organizerAccount, org.id, false);
    await visitor.context().close();
  }
});

test('a verification the server refuses is put back as it was and the console names the organization', async ({ page, request }) => {
  const organizerAccount = await organizer(request);
  const org = await unverifiedOrganization(request, organizerAccount, 2);
  await signIn(page, organizerAccount);
  const organizerConsole = new OrganizerConsole(page);
  await organizerConsole.open();
  const row = await organizerConsole.findOrganization(org.id, org.name);
  // The server is briefly unavailable for this one request.
  await page.route('**/api/organizations/*/verify', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'UNAVAILABLE', message: 'Redis is unreachable' } }),
    }),
  );
  await row.getByRole('button', { name: `Verify ${org.name}` }).click();
  await expect(page.getByTestId('verify-failed')).toContainText(`Could not change ${org.name}`);
  await expect(row).toHaveAttribute('data-verified', 'false');
  await expect(row.getByRole('button', { name: `Verify ${org.name}` })).toBeEnabled();
  await page.unroute('**/api/organizations/*/verify');
  const unverified = (await (await page.request.get('/api/organizations?verified=false&region=MO')).json()) as { items: { id: string }[] };
  expect(unverified.items.map((o) => o.id)).toContain(org.id);
});

test('the ledger’s export link carries the filters the table shows, and downloads the CSV of them', async ({ page, request }) => {
  await signIn(page, await organizer(request));
  const organizerConsole = new OrganizerConsole(page);
  await organizerConsole.open();
  const ledger = organizerConsole.ledger;
  await ledger.getByLabel('IP type').selectOption('trademark');
  await ledger.getByLabel('Seller region').selectOption('HK');
  await ledger.getByLabel('Via', { exact: true }).selectOption('negotiation');
  await ledger.getByLabel('From', { exact: true }).fill('2024-01-01');
  await ledger.getByLabel('To', { exact: true }).fill('2030-12-31');

  const exportLink = ledger.getByTestId('ledger-export');
  // Filters only apply (to the table and the export alike) when applied.
  expect(new URL((await exportLink.getAttribute('href')) ?? '', 'http://x').searchParams.get('type')).toBeNull();
  await ledger.getByRole('button', { name: 'Apply filters' }).click();
  await expect(ledger.getByTestId('ledger-total')).toBeVisible();

  const href = (await exportLink.getAttribute('href')) ?? '';
  const params = new URL(href, 'http://x').searchParams;
  expect(Object.fromEntries(params)).toMatchObject({
    format: 'csv',
    scope: 'all',
    type: 'trademark',
    region: 'HK',
    source: 'negotiation',
    from: '2024-01-01',
    to: '2030-12-31',
  });

  const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    'id,at,source,sourceId,exhibitId,ipType,amountYuan,currency,buyerId,sellerOrgId,sellerRegion,hallId,exhibitTitle,sellerOrgName',
  );
  // The export holds the rows the table counts, and every one matches the filters.
  const shown = Number(((await ledger.getByTestId('ledger-total').textContent()) ?? '').match(/^([\d,]+) deals?/)?.[1]?.replace(/,/g, ''));
  expect(lines.length - 1).toBe(shown);
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    expect([cells[2], cells[5], cells[10]]).toEqual(['negotiation', 'trademark', 'HK']);
  }

  // "From" after "to" is caught before asking the server.
  await ledger.getByLabel('From', { exact: true }).fill('2031-01-01');
  await expect(ledger.getByRole('alert')).toContainText('must not come after');
  await expect(ledger.getByRole('button', { name: 'Apply filters' })).toBeDisabled();
});

test('the ledger names each deal’s exhibit, linked to the negotiation that sold it, and its seller', async ({ page, request, baseURL }) => {
  const { seller, booth, exhibit } = await exclusiveSeller(request);
  const buyer = await registerAccount(request, 'visitor');
  const buyerSocket = connect(baseURL as string, buyer);
  const sellerSocket = connect(baseURL as string, seller);
  let negotiationId: string;
  let dealId: string;
  try {
    negotiationId = (await emitOk(buyerSocket, 'negotiation:open', { exhibitId: exhibit.id })).negotiation?.id as string;
    const offered = await emitOk(buyerSocket, 'negotiation:offer', {
      negotiationId,
      clientOfferId: `ledger-${Date.now()}`,
      terms: { price: { amount: 88_000_000, currency: 'CNY' }, licenseType: 'exclusive', territory: ['CN'], termMonths: 12 },
    });
    const offerId = offered.negotiation?.offers.at(-1)?.id as string;
    dealId = (await emitOk(sellerSocket, 'negotiation:accept', { negotiationId, offerId })).deal?.id as string;
  } finally {
    buyerSocket.disconnect();
    sellerSocket.disconnect();
  }

  await signIn(page, await organizer(request));
  const organizerConsole = new OrganizerConsole(page);
  await organizerConsole.open();
  const row = organizerConsole.ledger.locator(`tr[data-deal-id="${dealId}"]`);
  await expect(row.getByRole('rowheader').getByRole('link', { name: exhibit.title })).toHaveAttribute(
    'href',
    `/negotiations/${negotiationId}`,
  );
  await expect(row.locator('[data-column="seller"]')).toContainText(booth.organization.name);
});

test('the moderation log names the moderator and the author, and shows how a deleted message began as plain text', async ({
  page,
  request,
  baseURL,
}) => {
  const organizerAccount = await organizer(request);
  const { booth } = await exclusiveSeller(request);
  const author = await registerAccount(request, 'visitor', `Chatty Visitor ${Date.now().toString(36)}`);
  const room = `booth:${booth.booth.id}`;
  // Markup in a message must show as the characters typed, never as markup.
  const text = `<b>Cheap licences</b> here ${Date.now()}`;
  const authorSocket = connect(baseURL as string, author);
  const organizerSocket = connect(baseURL as string, organizerAccount);
  try {
    await emitOk(authorSocket, 'booth:enter', { boothId: booth.booth.id });
    const sent = await emitOk(authorSocket, 'chat:send', { room, text, clientMsgId: `mod-${Date.now()}` });
    await emitOk(organizerSocket, 'chat:delete', { room, messageId: sent.message?.id as string });
  } finally {
    authorSocket.disconnect();
    organizerSocket.disconnect();
  }

  await signIn(page, organizerAccount);
  const organizerConsole = new OrganizerConsole(page);
  await organizerConsole.open();
  const row = organizerConsole.moderation.locator('tbody tr').filter({ hasText: 'Cheap licences' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-column="by"]')).toHaveText(organizerAccount.displayName);
  await expect(row.locator('[data-column="detail"]')).toContainText(`A message by ${author.displayName}`);
  await expect(row.locator('.moderation-excerpt')).toHaveText(text);
  await expect(row.getByRole('link', { name: `Booth: ${booth.booth.name}` })).toHaveAttribute('href', `/booth/${booth.booth.id}`);
});

test('the console tells a visitor it is for organizers only, asks a guest to sign in, and is not in their navigation', async ({
  page,
  visitor,
}) => {
  await page.goto('/organizer');
  await expect(page.getByTestId('organizer-sign-in')).toContainText('Sign in');
  await expect(page.getByRole('link', { name: 'Organizer', exact: true })).toHaveCount(0);

  await signIn(page, visitor);
  await page.goto('/organizer');
  await expect(page.getByTestId('organizer-only')).toContainText('Organizers only');
  await expect(page.getByTestId('organizer-only')).toContainText('Your account’s role: Visitor');
  await expect(page.getByTestId('verification-queue')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Organizer', exact: true })).toHaveCount(0);
});
