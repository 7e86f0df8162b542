import type { APIRequestContext } from '@playwright/test';
import { type Account, expect, registerAccount, seededExhibitor, signedInPage, test } from '../fixtures';

// Issue 14 items 2–4: a buyer posts a need, sees recommendations with their reasons, saves one in the
// briefcase; the exhibitor of a matching exhibit sees the need (without the buyer's name) in their console.

/** The seeded exhibitor of a seeded organization: `org-sNNNN` belongs to `exhibitor-NNNN`. */
async function seededExhibitorOf(request: APIRequestContext, orgId: string): Promise<Account> {
  const n = /^org-s(\d{4})$/.exec(orgId)?.[1];
  expect(n, `a seeded organization: ${orgId}`).toBeTruthy();
  return seededExhibitor(request, Number(n));
}

/** A screen `width` wide and 844 tall. */
const screen = (width: number) => ({ baseURL: test.info().project.use.baseURL, viewport: { width, height: 844 } });

test('a buyer posts a need, sees recommendations with reasons, saves one; the matching exhibitor sees the need', async ({
  browser,
  request,
}) => {
  const buyer = await registerAccount(request, 'visitor', `Need Buyer ${Date.now().toString(36)}`);
  const title = `Battery cells ${Date.now().toString(36)}`;
  // A phone-sized screen: the form and the list must be usable at 390 px.
  const page = await signedInPage(browser, buyer, screen(390));
  await page.goto('/needs');
  const form = page.getByTestId('need-form');
  await form.getByLabel('What you need').fill(title);
  await form.getByLabel('Classes').fill('H01M, nonsense');
  await form.getByLabel('Keywords').fill('battery');
  await form.getByRole('button', { name: 'Post need' }).click();
  // The shared schema refuses the made-up class on its field before anything is sent.
  await expect(form.getByText('Not a real IPC, Nice or Locarno class (such as H01M, 9 or LOC 2).')).toBeVisible();
  await form.getByLabel('Classes').fill('H01M');
  await form.getByRole('button', { name: 'Post need' }).click();
  await expect(page.getByTestId('my-needs').getByRole('heading', { name: title })).toBeVisible();

  const first = page.getByTestId('recommendation').first();
  await expect(first).toBeVisible();
  await expect(first.getByTestId('reasons')).toContainText('IPC H01M');
  await expect(first.getByTestId('reasons')).toContainText('‘battery’');
  const exhibitTitle = (await first.getByRole('heading').textContent())?.trim() ?? '';
  expect(exhibitTitle.toLowerCase()).toContain('batter');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Save it: the star turns on, and the briefcase lists it.
  const star = first.getByRole('button', { name: `Save ${exhibitTitle} to your briefcase` });
  await star.click();
  await expect(first.getByRole('button', { name: `Remove ${exhibitTitle} from your briefcase` })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/favourites');
  await expect(page.getByTestId('saved-exhibits').getByRole('link', { name: exhibitTitle })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', '/api/favourites/export.csv');

  // The exhibitor of that exhibit sees the public need in the console, without the buyer's name.
  const recs = await request.get('/api/recommendations?limit=1', { headers: { Authorization: `Bearer ${buyer.token}` } });
  const { items } = (await recs.json()) as { items: { exhibit: { orgId: string; title: string } }[] };
  expect(items[0]?.exhibit.title).toBe(exhibitTitle);
  const exhibitor = await seededExhibitorOf(request, items[0]?.exhibit.orgId ?? '');
  const console_ = await signedInPage(browser, exhibitor, screen(1280));
  await console_.goto('/exhibitor');
  const matching = console_.getByTestId('matching-needs');
  await expect(matching.getByRole('heading', { name: 'Matching needs' })).toBeVisible();
  const need = matching.getByTestId('matching-need').filter({ hasText: title });
  await expect(need).toBeVisible();
  await expect(need).toContainText('IPC H01M');
  await expect(need).not.toContainText(buyer.displayName);
  await expect(need.getByRole('button', { name: 'Answer' })).toBeEnabled();

  await page.context().close();
  await console_.context().close();
});
