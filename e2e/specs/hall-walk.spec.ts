import { expect, test } from '../fixtures';
import { Hall3D } from '../pages/HallPage';

// Issue 3: register, open a hall from the lobby, walk with the keys until a booth panel opens.
test('a new visitor registers, enters a hall from the lobby and walks into a booth with the keyboard', async ({ page, lobby }) => {
  const email = `walker-${Date.now()}@e2e.pavilion`;
  await page.goto('/register');
  await page.getByLabel(/your name/i).fill('Walker');
  await page.getByLabel(/^email/i).fill(email);
  await page.getByLabel(/^password/i).fill('walker-password-1');
  await page.getByRole('button', { name: /create account/i }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(/signed in as walker|walker/i).first()).toBeVisible();

  await lobby.open();
  await page
    .locator('[data-hall-id="patents"]')
    .getByRole('link', { name: /walk the hall/i })
    .click();
  await expect(page).toHaveURL(/\/hall\/patents$/);
  const hall = new Hall3D(page);
  await hall.waitReady();
  await expect(hall.panel()).toHaveCount(0);

  // The visitor starts at the entrance (x = 0) looking into the hall, in an aisle between two booth columns.
  // Sidestep left until lined up with the booth column left of the aisle (its centre is at x = -6) ...
  // (in exact one-frame steps: a software-rendered frame can be a metre long, and a busy machine releases a held key late).
  const lined = await hall.stepUntil('KeyA', (c) => c.x <= -5.6);
  expect(lined.x).toBeLessThanOrEqual(-5.6);
  expect(lined.x).toBeGreaterThan(-10);
  // ... then walk forward through its open front until the booth panel opens.
  for (let i = 0; i < 60 && (await hall.panel().count()) === 0; i++) await hall.hold('KeyW', 2);
  await expect(hall.panel()).toBeVisible();
  await expect(hall.panel().getByRole('heading', { level: 2 })).toBeVisible();
  await expect(hall.panel().locator('.exhibit-card').first()).toBeVisible();
  const boothId = await hall.panel().getAttribute('data-booth-id');
  expect(boothId).toBeTruthy();

  // The breadcrumb says where we are: the hall, the block and the booth we stand in.
  await expect(hall.breadcrumb()).toContainText(/Patents/);
  await expect(hall.breadcrumb().getByTestId('breadcrumb-booth')).toBeVisible();

  // The camera moved forward (towards -z) and stopped inside the hall.
  const after = (await hall.diagnostics()).camera;
  expect(after.z).toBeLessThan(lined.z);
});

test('walking into a back wall stops the visitor: the camera never passes through a booth', async ({ page }) => {
  const hall = new Hall3D(page);
  await hall.open('patents');
  // Line up with the booth column at x = -6 and walk far forward: the booth's open front lets us in,
  // its back wall (6 m further) must stop us.
  await hall.stepUntil('KeyA', (c) => c.x <= -5.6);
  const res = await page.request.get('/api/halls/patents');
  const { booths } = (await res.json()) as { booths: { x: number; z: number; width: number; depth: number; slot: number }[] };
  const start = (await hall.diagnostics()).camera;
  const booth = booths.filter((b) => Math.abs(b.x - start.x) < b.width / 2 && b.z < start.z).sort((a, b) => b.z - a.z)[0];
  expect(booth, 'a booth stands in front of the entrance aisle').toBeTruthy();
  if (!booth) return;
  // Keep walking until the camera stops moving (blocked), however fast this machine renders.
  let last = start.z;
  for (let i = 0; i < 20; i++) {
    await hall.hold('KeyW', 8);
    const z = (await hall.diagnostics()).camera.z;
    if (Math.abs(z - last) < 0.01) break;
    last = z;
  }
  const end = (await hall.diagnostics()).camera;
  // Stopped by the back wall: still on this booth's side of it.
  expect(end.z).toBeGreaterThan(booth.z - booth.depth / 2);
});
