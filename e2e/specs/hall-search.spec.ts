import { expect, test } from '../fixtures';
import { Hall3D } from '../pages/HallPage';

test('searching exhibits and choosing a result glides to its booth and opens the booth panel', async ({ page }) => {
  const hall = new Hall3D(page);
  await hall.open('patents');
  await hall.search('battery');
  const hit = hall.searchHits().first();
  await expect(hit).toBeVisible();
  const boothId = await hit.getAttribute('data-booth-id');
  expect(boothId).toBeTruthy();

  const { booths } = (await (await page.request.get('/api/halls/patents')).json()) as {
    booths: { id: string; x: number; z: number }[];
  };
  const booth = booths.find((b) => b.id === boothId);
  // The search is scoped to this hall, so its first result is one of this hall's booths.
  expect(booth).toBeTruthy();
  if (!booth) return;

  await hit.click();
  await expect(hall.panel()).toHaveAttribute('data-booth-id', boothId as string);
  await expect(hall.panel().getByRole('heading', { level: 2 })).toBeVisible();
  // The glide ends in the aisle right in front of the booth.
  await page.waitForFunction(
    ({ x, z }) => {
      const c = window.__pavilion?.camera;
      return !!c && Math.hypot(c.x - x, c.z - z) < 8;
    },
    { x: booth.x, z: booth.z },
    { timeout: 30_000 },
  );
});

test('an unknown hall or booth shows a friendly not-found page, not a blank canvas', async ({ page }) => {
  await page.goto('/hall/no-such-hall');
  await expect(page.getByRole('heading', { name: /nothing here/i })).toBeVisible();
  await expect(page.getByText(/no-such-hall/)).toBeVisible();
  await expect(page.getByTestId('hall-canvas')).toHaveCount(0);
  await page.goto('/booth/no-such-booth');
  await expect(page.getByRole('heading', { name: /nothing here/i })).toBeVisible();
});
