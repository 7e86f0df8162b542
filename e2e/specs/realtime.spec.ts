import type { Browser, BrowserContext, Page, WebSocketRoute } from '@playwright/test';
import { type Account, expect, projectContext, registerAccount, seededExhibitor, signedInPage, signIn, test } from '../fixtures';
import { BoothRoom } from '../pages/BoothRoom';
import { Hall3D } from '../pages/HallPage';

// Issue 4: presence, booth rooms and chat, in real browsers against the real server.

type Booth = { id: string; slot: number; exhibitCount: number; orgName: string };

/** A booth of the patents hall near the entrance (the same one for both visitors). */
async function boothNearEntrance(page: Page): Promise<Booth> {
  const { booths } = (await (await page.request.get('/api/halls/patents')).json()) as { booths: Booth[] };
  const booth = booths.find((b) => b.slot === 526 && b.exhibitCount > 0) ?? booths.find((b) => b.exhibitCount > 0);
  if (!booth) throw new Error('the patents hall has no booth with exhibits');
  return booth;
}

/** A second signed-in browser, as another person on another computer. */
async function personIn(browser: Browser, account: Account): Promise<{ context: BrowserContext; page: Page }> {
  const page = await signedInPage(browser, account, projectContext());
  return { context: page.context(), page };
}

test('two visitors in the same booth see each other’s avatar move, chat both ways and see each other typing', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(240_000); // two software-rendered 3D halls side by side
  const ada = await registerAccount(request, 'visitor', 'Ada Realtime');
  const bo = await registerAccount(request, 'visitor', 'Bo Realtime');
  await signIn(page, ada);
  const other = await personIn(browser, bo);
  const booth = await boothNearEntrance(page);

  // Both open the same booth in the 3D hall: the hall glides them to it and opens its panel.
  const hallA = new Hall3D(page);
  const hallB = new Hall3D(other.page);
  await page.goto(`/hall/patents?booth=${booth.id}`);
  await other.page.goto(`/hall/patents?booth=${booth.id}`);
  await hallA.waitReady();
  await hallB.waitReady();
  const roomA = new BoothRoom(page);
  const roomB = new BoothRoom(other.page);
  await expect(roomA.panel).toHaveAttribute('data-booth-id', booth.id);
  await expect(roomB.panel).toHaveAttribute('data-booth-id', booth.id);
  await roomA.waitInside();
  await roomB.waitInside();

  // Each sees the other as an avatar (and only the other: never themself).
  await expect.poll(async () => (await hallA.avatars()).map((a) => a.name)).toEqual(['Bo Realtime']);
  await expect.poll(async () => (await hallB.avatars()).map((a) => a.name)).toEqual(['Ada Realtime']);
  const selfA = (await hallA.diagnostics()).presenceId;
  expect((await hallB.avatars())[0]?.id).toBe(selfA);

  // The booth counts both of them.
  await expect(roomA.occupancy()).toHaveAttribute('data-count', '2');
  await expect(roomB.occupancy()).toHaveAttribute('data-count', '2');
  await expect(roomB.occupancy()).toContainText('2 people here');

  // Ada walks towards the booth; Bo sees her avatar arrive where she stopped.
  const start = (await hallA.diagnostics()).camera;
  const stopped = await hallA.holdUntil('KeyW', (c) => Math.hypot(c.x - start.x, c.z - start.z) > 2);
  expect(Math.hypot(stopped.x - start.x, stopped.z - start.z)).toBeGreaterThan(2);
  await expect
    .poll(async () => {
      const seen = (await hallB.avatars()).find((a) => a.name === 'Ada Realtime');
      return seen ? Math.hypot(seen.x - stopped.x, seen.z - stopped.z) : Number.POSITIVE_INFINITY;
    })
    .toBeLessThan(0.2);
  // Near each other, so Bo sees her name tag.
  await expect.poll(async () => (await hallB.diagnostics()).avatarTags).toContain('Ada Realtime');

  // Bo writes; the message shows in both browsers, confirmed by the server.
  const question = `Is this patent available for an exclusive licence? #${Date.now()}`;
  await roomB.send(question);
  await expect(roomB.confirmed(question)).toHaveCount(1);
  await expect(roomB.pending()).toHaveCount(0);
  await expect(roomA.confirmed(question)).toHaveCount(1);
  await expect(roomA.confirmed(question)).toContainText('Bo Realtime');

  // Ada starts typing: Bo sees it.
  await roomA.input().fill('Yes, we lic');
  await expect(roomB.typing()).toContainText('Ada Realtime is typing');
  await roomA.input().fill('Yes, we license it per province.');
  await roomA.input().press('Enter');
  await expect(roomB.confirmed('Yes, we license it per province.')).toContainText('Ada Realtime');
  // Her message ended her typing hint on Bo's side.
  await expect(roomB.typing()).not.toContainText('Ada Realtime');

  await other.context.close();
  // Bo left: Ada's booth and hall say so.
  await expect(roomA.occupancy()).toHaveAttribute('data-count', '1');
  await expect.poll(async () => (await hallA.avatars()).length).toBe(0);
});

test('a guest can read a booth’s chat and is asked to sign in to write', async ({ page }) => {
  const booth = await boothNearEntrance(page);
  const room = new BoothRoom(page);
  await room.openPage(booth.id);
  await expect(room.chat()).toBeVisible();
  await expect(room.chat().getByRole('link', { name: /sign in/i })).toBeVisible();
  await expect(room.chat().getByRole('textbox')).toHaveCount(0);
  // Reading counts as being in the booth.
  await expect(room.occupancy()).toHaveAttribute('data-count', /^[1-9]\d*$/);
});

test('after the connection drops, the booth is re-entered, missed messages appear and a queued message is sent', async ({
  browser,
  page,
  request,
}) => {
  const ada = await registerAccount(request, 'visitor', 'Ada Offline');
  const bo = await registerAccount(request, 'visitor', 'Bo Online');
  await signIn(page, ada);
  const other = await personIn(browser, bo);
  const booth = await boothNearEntrance(page);

  // Ada's socket goes through a route we can cut, as a flaky network would.
  let cut = false;
  const sockets: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (cut) return ws.close();
    ws.connectToServer();
    sockets.push(ws);
  });
  await page.route(/\/socket\.io\/.*transport=polling/, (route) => (cut ? route.abort('internetdisconnected') : route.continue()));

  const roomA = new BoothRoom(page);
  const roomB = new BoothRoom(other.page);
  await roomA.openPage(booth.id);
  await roomB.openPage(booth.id);
  await roomA.waitInside();
  await roomB.waitInside();
  await expect(roomA.occupancy()).toHaveAttribute('data-count', '2');

  cut = true;
  for (const ws of sockets.splice(0)) await ws.close();
  await expect(page.getByTestId('reconnecting')).toBeVisible();

  // Bo writes while Ada is away; Ada writes too, and her message waits for the connection.
  const missed = `Sent while you were away #${Date.now()}`;
  await roomB.send(missed);
  await expect(roomB.confirmed(missed)).toHaveCount(1);
  const queued = `Written offline #${Date.now()}`;
  await roomA.send(queued);
  await expect(roomA.pending(queued)).toHaveAttribute('data-status', 'queued');

  cut = false;
  await expect(page.getByTestId('reconnecting')).toHaveCount(0, { timeout: 30_000 });
  await expect(roomA.confirmed(missed)).toHaveCount(1);
  await expect(roomA.confirmed(queued)).toHaveCount(1);
  await expect(roomA.pending()).toHaveCount(0);
  await expect(roomB.confirmed(queued)).toHaveCount(1);
  await expect(roomA.occupancy()).toHaveAttribute('data-count', '2');
  await other.context.close();
});

test('an exhibitor sees who is in their booth now, with organization and time in booth', async ({ browser, page, request }) => {
  // A seeded exhibitor (the demo data's documented staff account) and the booth their organization has:
  // no new booth, so the expo's figures other specs check stay as seeded.
  const exhibitor = await seededExhibitor(request, 1);
  const boothId = exhibitor.user.boothId;
  expect(boothId).toBeTruthy();
  const booth = { id: boothId as string };

  await signIn(page, exhibitor);
  await page.goto('/exhibitor');
  const list = page.getByTestId('booth-visitors');
  await expect(list).toContainText(/nobody is in your booth/i);

  const visitor = await registerAccount(request, 'visitor', 'Vera Visitor');
  const other = await personIn(browser, visitor);
  const room = new BoothRoom(other.page);
  await room.openPage(booth.id);
  await room.waitInside();

  const row = list.locator('tr[data-visitor="Vera Visitor"]');
  await expect(row).toBeVisible();
  await expect(row.locator('td').first()).toContainText(/individual/i);
  await expect(row.locator('time')).toHaveText(/^\d+:\d{2}$/);
  // Time in booth ticks.
  const first = await row.locator('time').textContent();
  await expect(row.locator('time')).not.toHaveText(first ?? '');

  // She leaves: the list empties without a reload.
  await other.page.goto('/');
  await expect(row).toHaveCount(0);
  await expect(list).toContainText(/nobody is in your booth/i);
  await other.context.close();
});
