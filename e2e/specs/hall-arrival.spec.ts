import type { Browser, Page } from '@playwright/test';
import { type DemoServer, startDemoServer } from '../demoServer';
import { expect, test } from '../fixtures';
import { Hall3D } from '../pages/HallPage';

// The first minute of a newcomer on the demo data set (what `npm start` shows): every hall greets them with booths.
let demo: DemoServer;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  demo = await startDemoServer();
});
test.afterAll(async () => {
  await demo?.stop();
});

async function demoPage(
  browser: Browser,
  viewport: { width: number; height: number },
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
): Promise<Page> {
  const context = await browser.newContext({ baseURL: demo.baseURL, viewport, reducedMotion });
  return context.newPage();
}

const boothsInView = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pavilion: { boothsInView: number } }).__pavilion.boothsInView);
const introPlaying = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pavilion: { introPlaying: boolean } }).__pavilion.introPlaying);

test('on the demo data, the first frame of every hall shows booths, and so does the spot the fly-in lands on', async ({ browser }) => {
  test.setTimeout(300_000);
  const page = await demoPage(browser, { width: 1280, height: 800 });
  const expo = (await (await page.request.get('/api/expo')).json()) as { halls: { id: string; boothCount: number }[] };
  expect(expo.halls.length).toBe(5);
  const hall = new Hall3D(page);
  for (const h of expo.halls) {
    // Every hall of the demo is inhabited.
    expect(h.boothCount, h.id).toBeGreaterThan(0);
    await hall.open(h.id);
    expect(await boothsInView(page), `${h.id}: booths in the first frame`).toBeGreaterThan(0);
    // Skipping the fly-in (if this slow software renderer has not finished it already) lands at the entrance.
    const skip = page.getByTestId('skip-intro');
    if (await introPlaying(page)) await skip.click({ force: true, timeout: 5000 }).catch(() => undefined);
    await page.waitForFunction(() => (window as unknown as { __pavilion: { introPlaying: boolean } }).__pavilion.introPlaying === false);
    await expect(skip).toHaveCount(0);
    await hall.frames(2);
    const camera = (await hall.diagnostics()).camera;
    expect(camera.z, h.id).toBeGreaterThan(100);
    expect(await boothsInView(page), `${h.id}: booths in view at the entrance`).toBeGreaterThanOrEqual(Math.min(2, h.boothCount));
  }
  await page.context().close();
});

test('on a phone the first frame shows booths too; with reduced motion there is no fly-in', async ({ browser }) => {
  const page = await demoPage(browser, { width: 390, height: 844 }, 'reduce');
  const hall = new Hall3D(page);
  await hall.open('international');
  expect(await introPlaying(page)).toBe(false);
  await expect(page.getByTestId('skip-intro')).toHaveCount(0);
  expect(await boothsInView(page)).toBeGreaterThan(0);
  await page.context().close();
});

test('a returning visitor resumes where they stood, without the fly-in', async ({ browser }) => {
  const page = await demoPage(browser, { width: 1280, height: 800 });
  const hall = new Hall3D(page);
  await hall.open('patents');
  // Walk a little (a key press also ends the fly-in).
  await hall.stepUntil('KeyA', (c) => c.x <= -3);
  const left = (await hall.diagnostics()).camera;
  await page.goto('/');
  await page.goto('/hall/patents');
  await hall.waitReady();
  expect(await introPlaying(page)).toBe(false);
  const back = (await hall.diagnostics()).camera;
  expect(back.x).toBeCloseTo(left.x, 1);
  expect(back.z).toBeCloseTo(left.z, 1);
  await page.context().close();
});

/** The page never scrolls sideways, and `locator` lies inside the viewport's width. */
async function expectWithinWidth(page: Page, locator: ReturnType<Page['locator']>, what: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, 'no sideways scroll').toBeLessThanOrEqual(innerWidth);
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  if (!box) return;
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(innerWidth);
}

test('on a 390-px phone the view switch and the search are on screen; the list view and a search work without sideways scrolling', async ({
  browser,
}) => {
  const context = await browser.newContext({
    baseURL: demo.baseURL,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  // A word the patents hall's search will find.
  const hallData = (await (await page.request.get('/api/halls/patents')).json()) as { booths: { id: string; exhibitCount: number }[] };
  const withExhibits = hallData.booths.find((b) => b.exhibitCount > 0);
  expect(withExhibits).toBeTruthy();
  const boothData = (await (await page.request.get(`/api/booths/${withExhibits?.id}`)).json()) as { exhibits: { title: string }[] };
  const word = (boothData.exhibits[0]?.title ?? '').split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w)) ?? 'battery';

  const hall = new Hall3D(page);
  await hall.open('patents');
  const viewSwitch = page.getByRole('navigation', { name: 'View', exact: true });
  await expectWithinWidth(page, viewSwitch, 'view switch (3D)');
  await expectWithinWidth(page, hall.searchBox(), 'search box (3D)');

  // The thumb stick walks: push it up, the visitor moves forward (towards -z).
  const stick = page.getByTestId('joystick');
  await expect(stick).toBeVisible();
  const before = (await hall.diagnostics()).camera;
  const box = await stick.boundingBox();
  if (!box) throw new Error('no joystick');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 10, { steps: 4 });
  await hall.frames(10);
  await page.mouse.up();
  const after = (await hall.diagnostics()).camera;
  expect(after.z).toBeLessThan(before.z - 0.5);

  await viewSwitch.getByRole('link', { name: /list/i }).tap();
  await expect(page).toHaveURL(/view=list/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectWithinWidth(page, page.getByRole('navigation', { name: 'View', exact: true }), 'view switch (list)');
  const search = page.getByTestId('exhibit-search').getByRole('searchbox');
  await expectWithinWidth(page, search, 'search box (list)');
  await search.fill(word);
  await page.getByTestId('exhibit-search').locator('form[role="search"] button[type="submit"]').tap();
  await expect(page.locator('.search__hit').first()).toBeVisible();
  await expectWithinWidth(page, page.locator('.search__hit').first(), 'first search result');
  await context.close();
});
