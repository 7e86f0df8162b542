import { expect, test } from '../fixtures';
import { HallList } from '../pages/HallPage';

test('the list view works by keyboard alone: tab to a booth, open it, focus moves into the panel and back', async ({ page }) => {
  const list = new HallList(page);
  await list.open('patents');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /block a1/i })).toBeVisible();

  // Tab from the top of the page until a booth button has focus (search and filter fields come first).
  let focusedBooth: string | null = null;
  for (let i = 0; i < 40 && !focusedBooth; i++) {
    await page.keyboard.press('Tab');
    focusedBooth = await page.evaluate(() => document.activeElement?.getAttribute('data-open-booth') ?? null);
  }
  expect(focusedBooth).toBeTruthy();

  await page.keyboard.press('Enter');
  await expect(list.panel()).toHaveAttribute('data-booth-id', focusedBooth as string);
  await expect(list.panel().getByRole('heading', { level: 2 })).toBeVisible();
  expect(await page.evaluate(() => !!document.activeElement?.closest('.hall-list__panel'))).toBe(true);

  // The panel's first control is its close button; closing puts focus back on the booth.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /close/i })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.panel()).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-open-booth'))).toBe(focusedBooth);

  // Escape closes it too.
  await page.keyboard.press('Enter');
  await expect(list.panel()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list.panel()).toHaveCount(0);
});

test('without WebGL the hall opens as the list view, saying why', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  await page.goto('/hall/patents');
  await expect(page.getByRole('status').filter({ hasText: /WebGL/ })).toBeVisible();
  await expect(page.locator('[data-open-booth]').first()).toBeVisible();
  await expect(page.getByTestId('hall-canvas')).toHaveCount(0);
});
