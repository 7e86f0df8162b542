import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

/** Console errors, CSP (and other) browser issues, and bytes over the wire while `path` loads as a guest. */
async function loadAndWatch(page: Page, path: string) {
  const errors: string[] = [];
  const issues: string[] = [];
  const scripts: string[] = [];
  let bytes = 0;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Audits.enable');
  await cdp.send('Network.enable');
  cdp.on('Audits.issueAdded', ({ issue }) => issues.push(`${issue.code}: ${JSON.stringify(issue.details).slice(0, 200)}`));
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
  });
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') scripts.push(new URL(e.response.url).pathname);
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return { errors, issues, scripts, bytes: () => bytes };
}

test('a guest opens the lobby: no console error, no CSP issue, the search and live numbers above the fold, no 3D code', async ({
  page,
}) => {
  const watch = await loadAndWatch(page, '/');
  await expect(page.getByTestId('expo-search-lobby')).toBeVisible();
  await expect(page.getByTestId('hero-figures')).toBeVisible();
  const fold = page.viewportSize()?.height ?? 800;
  for (const id of ['expo-search-lobby', 'hero-figures']) {
    const box = await page.getByTestId(id).boundingBox();
    expect(box && box.y + box.height, `${id} above the fold`).toBeLessThanOrEqual(fold);
  }
  // The live numbers are the expo's (not placeholders).
  await expect(page.getByTestId('hero-figures')).toContainText(/2,4\d\d/);
  expect(watch.errors).toEqual([]);
  expect(watch.issues).toEqual([]);
  // The lobby never downloads three.js or the hall scene.
  expect(watch.scripts.filter((s) => /HallScene|three/i.test(s))).toEqual([]);
  // Everything the lobby pulls over the wire (compressed): the app shell, the lobby chunk and its data.
  expect(watch.bytes()).toBeLessThan(450 * 1024);
  // SEO basics: a language and a description on the page itself.
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length).toBeGreaterThan(50);
});

test('a guest opens a hall list view and a booth page without console errors or browser issues', async ({ page, request }) => {
  const { booths } = (await (await request.get('/api/halls/patents')).json()) as { booths: { id: string }[] };
  const boothId = booths[0]?.id;
  expect(boothId).toBeTruthy();
  for (const path of ['/hall/patents?view=list', `/booth/${boothId}`]) {
    const watch = await loadAndWatch(page, path);
    // A full hall's list is 600 booths: on a busy machine it takes a while.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
    expect(watch.errors, path).toEqual([]);
    expect(watch.issues, path).toEqual([]);
  }
});

test('robots.txt is a real robots file, not the app page; a guest asking who they are gets user null', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await robots.text();
  expect(text).toMatch(/^User-agent: \*/m);
  expect(text).toMatch(/^Disallow: \/api\//m);
  expect(text).not.toContain('<html');
  const me = await request.get('/api/me');
  expect(me.status()).toBe(200);
  expect(await me.json()).toEqual({ user: null });
});
