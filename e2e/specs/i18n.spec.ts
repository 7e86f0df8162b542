import { expect, test } from '../fixtures';

test('switching to 简体中文 shows the app in Chinese, remembers it, and formats numbers for the locale', async ({ page, lobby }) => {
  await lobby.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Walk the expo');
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('漫游博览会');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '展馆' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '专利馆' })).toBeVisible();
  await expect(page.getByText('17,000').first()).toBeVisible();

  // The choice survives a reload and carries into the hall's list view and booth panel.
  await page.goto('/hall/patents?view=list');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('专利馆');
  await page.locator('[data-open-booth]').first().click();
  await expect(page.getByTestId('booth-panel')).toContainText('展品');
  await expect(page.getByTestId('booth-panel').locator('.exhibit-card__top .chip').first()).toHaveText(/专利|商标|版权/);

  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Booths in');
});

test('繁體中文 is available too', async ({ page, lobby }) => {
  await lobby.open();
  await page.getByLabel('Language').selectOption('zh-HK');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('漫遊博覽會');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
});
