import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DemoServer, startDemoServer } from '../demoServer';
import { expect, ORGANIZER, registerAccount, signedInPage, test } from '../fixtures';
import { type Diagnostics, Hall3D } from '../pages/HallPage';
import { PeoplePanel } from '../pages/PeoplePanel';

// Issue 16 item 5: others as people — name tags on approach, waves, and follow-me across two server nodes.

let nodeB: DemoServer | undefined;

test.beforeAll(async () => {
  // A second node of the suite's cluster: the same Redis the suite's server started (it records its address).
  const dataDir = process.env.E2E_DATA_DIR as string;
  const { url } = JSON.parse(readFileSync(join(dataDir, 'redis', 'pavilion-redis.json'), 'utf8')) as { url: string };
  nodeB = await startDemoServer({ redisUrl: url, organizer: ORGANIZER });
});

test.afterAll(async () => {
  await nodeB?.stop();
});

/** Skips the arrival fly-in, if it plays, and waits until the visitor stands. */
async function standReady(hall: Hall3D): Promise<void> {
  await hall.waitReady();
  const skip = hall.page.getByTestId('skip-intro');
  // dispatchEvent: on a phone the button may sit under another HUD layer; the click itself is what matters.
  if (await skip.isVisible()) await skip.dispatchEvent('click');
  await hall.page.waitForFunction(() => (window.__pavilion as unknown as { introPlaying: boolean }).introPlaying === false);
  await hall.page.waitForFunction(() => window.__pavilion?.presenceId != null);
}

const distance = (a: { x: number; z: number }, b: { x: number; z: number }) => Math.hypot(a.x - b.x, a.z - b.z);

test('follow-me moves a follower on another node', async ({ browser, request }) => {
  test.setTimeout(240_000); // two software-rendered 3D halls side by side
  const hostAccount = await registerAccount(request, 'exhibitor', 'Hana Host');
  const followerAccount = await registerAccount(request, 'visitor', 'Felix Follower');
  const hostPage = await signedInPage(browser, hostAccount, { viewport: { width: 1280, height: 800 } });
  // The follower's browser talks to the other node only.
  const followerPage = await signedInPage(browser, followerAccount, { baseURL: nodeB?.baseURL, viewport: { width: 390, height: 844 } });
  const host = new Hall3D(hostPage);
  const follower = new Hall3D(followerPage);
  const hostPeople = new PeoplePanel(hostPage);
  const followerPeople = new PeoplePanel(followerPage);

  await hostPage.goto('/hall/international');
  await followerPage.goto('/hall/international');
  await standReady(host);
  await standReady(follower);
  const hostId = (await host.diagnostics()).presenceId as string;
  const followerId = (await follower.diagnostics()).presenceId as string;

  // Each sees the other, across nodes, with name and organization; near each other, the name tags are drawn.
  await expect
    .poll(async () => (await host.avatars()).find((a) => a.id === followerId) as Diagnostics['avatars'][number] | undefined)
    .toMatchObject({ name: 'Felix Follower', org: null, dnd: false });
  await expect
    .poll(async () => (await follower.avatars()).find((a) => a.id === hostId))
    .toMatchObject({ name: 'Hana Host', org: expect.stringMatching(/^E2E Labs /) });
  await expect.poll(async () => (await host.diagnostics()).avatarTags).toContain('Felix Follower');

  // The follower (on a phone) waves; the host sees the toast.
  await followerPeople.open();
  await expect(followerPeople.person(hostId)).toContainText('Hana Host');
  await followerPeople.wave(hostId);
  await expect(hostPeople.waveToast()).toContainText('Felix Follower');
  await hostPeople.open();
  await expect(hostPeople.person(followerId)).toContainText('Felix Follower');
  if (process.env.SCREENSHOT_DIR) await hostPage.screenshot({ path: `${process.env.SCREENSHOT_DIR}/hall-people.png` });

  // The host invites; the follower accepts and now follows.
  await hostPeople.invite(followerId);
  await expect(followerPeople.invitation()).toContainText('Hana Host');
  await followerPage.getByTestId('follow-accept').click();
  await expect(followerPeople.followBar()).toContainText('Hana Host');
  await expect(hostPeople.leadingBar()).toBeVisible();
  expect(await followerPeople.following()).toBe(hostId);
  if (process.env.SCREENSHOT_DIR) await followerPage.screenshot({ path: `${process.env.SCREENSHOT_DIR}/hall-people-phone.png` });

  // The host walks away with the keyboard; the follower's camera moves after them, to a spot behind.
  const hostStart = (await host.diagnostics()).camera;
  const followerStart = (await follower.diagnostics()).camera;
  const hostEnd = await host.stepUntil('KeyW', (c) => distance(c, hostStart) > 10);
  expect(distance(hostEnd, hostStart)).toBeGreaterThan(10);
  await expect.poll(async () => distance((await follower.diagnostics()).camera, followerStart), { timeout: 30_000 }).toBeGreaterThan(6);
  await expect.poll(async () => distance((await follower.diagnostics()).camera, hostEnd), { timeout: 30_000 }).toBeLessThan(4);

  // The follower stops: both sides see the group end.
  await followerPage.getByTestId('follow-stop').click();
  await expect(followerPeople.followBar()).toHaveCount(0);
  await expect(hostPeople.leadingBar()).toHaveCount(0);
  expect(await followerPeople.following()).toBeNull();

  await hostPage.context().close();
  await followerPage.context().close();
});
