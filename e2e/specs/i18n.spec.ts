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

test('the class tree titles every class in the UI script: traditional for 繁體中文, simplified for 简体中文', async ({ page, lobby }) => {
  await lobby.open();
  await page.getByLabel('Language').selectOption('zh-HK');
  const tree = page.getByTestId('class-tree');
  await tree.getByRole('button', { name: /^展開 B 作業；運輸/ }).click();
  await tree.getByRole('button', { name: /^展開 B60 一般車輛/ }).click();
  const b60c = tree.locator('[data-class="B60C"] .class-tree__title');
  await expect(b60c).toHaveText('車輛輪胎；輪胎充氣；輪胎更換；一般充氣彈性體的氣門連接；與輪胎有關的裝置或部件');

  await page.getByLabel('語言').selectOption('zh-CN');
  await expect(b60c).toHaveText('车辆轮胎；轮胎充气；轮胎更换；一般充气弹性体的气门连接；与轮胎有关的装置或部件');
  await page.getByLabel('语言').selectOption('en');
  await expect(b60c).toHaveText(/^Vehicle tyres; Tyre inflation/);
});
