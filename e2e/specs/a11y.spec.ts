import { expect, seriousViolations, test } from '../fixtures';

test('axe finds no serious or critical violations on the lobby', async ({ page, lobby }) => {
  await lobby.open();
  await expect(page.locator('[data-hall-id]').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe finds no serious or critical violations on a hall list view with a booth open', async ({ page }) => {
  await page.goto('/hall/patents?view=list');
  await page.locator('[data-open-booth]').first().click();
  await expect(page.getByTestId('booth-panel').locator('.exhibit-card').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe finds no serious or critical violations on a booth page', async ({ page }) => {
  const { booths } = (await (await page.request.get('/api/halls/patents')).json()) as { booths: { id: string }[] };
  const id = booths[0]?.id;
  expect(id).toBeTruthy();
  await page.goto(`/booth/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.exhibit-card').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
