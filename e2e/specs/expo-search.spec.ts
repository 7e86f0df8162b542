import type { Page } from '@playwright/test';
import { expect, seriousViolations, test } from '../fixtures';

/** The total the results heading shows. */
async function total(page: Page): Promise<number> {
  const heading = page.getByTestId('expo-search-total');
  await expect(heading).toHaveAttribute('data-total', /\d+/);
  return Number(await heading.getAttribute('data-total'));
}

/** Walks the classification tree H → H01 and ticks H01M; the results then narrow to it. */
async function filterByH01M(page: Page): Promise<void> {
  const tree = page.getByTestId('class-tree').first();
  await tree.getByRole('button', { name: /^Show the classes in H Electricity/ }).click();
  await tree.getByRole('button', { name: /^Show the classes in H01 Electric elements/ }).click();
  const row = tree.locator('[data-class="H01M"]');
  await expect(row.getByTestId('class-count')).toHaveText(/\d+ exhibits?/);
  // The box follows the URL, which the router updates in a transition: click, then wait for it to show.
  await row.getByRole('checkbox').click();
  await expect(row.getByRole('checkbox')).toBeChecked();
}

/** Every result on the page is a patent filed under H01M (at any depth). */
async function expectEveryResultUnderH01M(page: Page): Promise<void> {
  const cards = page.getByTestId('expo-search-results').locator('[data-exhibit-id]');
  await expect(cards.first()).toBeVisible();
  const classes = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-classes') ?? ''));
  expect(classes.length).toBeGreaterThan(0);
  for (const list of classes) expect(list.split('|').some((c) => c.startsWith('H01M'))).toBe(true);
}

test('from the lobby: search, narrow by a class from the tree, see the counts change and every result match; back undoes it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('expo-search-lobby').fill('battery');
  await page.getByTestId('expo-search-lobby').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=battery/);
  const all = await total(page);
  expect(all).toBeGreaterThan(0);

  await filterByH01M(page);
  await expect(page).toHaveURL(/classes=H01M/);
  await expect.poll(() => total(page)).toBeLessThan(all);
  const narrowed = await total(page);
  expect(narrowed).toBeGreaterThan(0);
  await expectEveryResultUnderH01M(page);
  // The IP-type facet counts the whole narrowed result: all of it is patents.
  const patents = page.locator('[data-facet="type"] .facet-list__item', { hasText: 'Patent' });
  await expect(patents.locator('.facet-list__count')).toHaveText(String(narrowed));
  await expect(page.getByTestId('active-filter')).toHaveText(['H01M ×']);

  // The filters live in the URL: back returns to the unfiltered search.
  await page.goBack();
  await expect(page).not.toHaveURL(/classes=/);
  await expect.poll(() => total(page)).toBe(all);
});

test('the header search opens /search from any page, and the lobby tree links to a class', async ({ page }) => {
  await page.goto('/stats');
  await page.getByTestId('expo-search-header').fill('solid-state');
  await page.getByTestId('expo-search-header').press('Enter');
  await expect(page).toHaveURL(/\/search\?q=solid-state/);
  expect(await total(page)).toBeGreaterThan(0);

  await page.goto('/');
  const tree = page.getByTestId('class-tree');
  await tree.getByRole('button', { name: 'Nice (trademarks)' }).click();
  await tree.getByRole('link', { name: /^Filter by 9 / }).click();
  await expect(page).toHaveURL(/\/search\?classes=9$/);
  const cards = page.getByTestId('expo-search-results').locator('[data-exhibit-id]');
  await expect(cards.first()).toBeVisible();
  const classes = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-classes') ?? ''));
  for (const list of classes) expect(list.split('|')).toContain('9');
});

test('axe finds no serious or critical violations on the search page, nor on the lobby with its class tree', async ({ page }) => {
  for (const path of ['/search?q=battery&classes=H01', '/']) {
    await page.goto(path);
    await expect(page.getByTestId('class-tree').locator('[data-class]').first()).toBeVisible();
    expect([path, await seriousViolations(page)]).toEqual([path, []]);
  }
});

test.describe('on a 390-px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the filters fold away behind a button, and filtering by a class still narrows every result', async ({ page }) => {
    await page.goto('/search?q=battery');
    const all = await total(page);
    const tree = page.getByTestId('class-tree');
    await expect(tree).toBeHidden();
    await page.getByRole('button', { name: /Show filters/ }).click();
    await expect(tree).toBeVisible();
    await filterByH01M(page);
    await expect(page).toHaveURL(/classes=H01M/);
    await expect.poll(() => total(page)).toBeLessThan(all);
    await expectEveryResultUnderH01M(page);
    // Nothing sticks out sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
