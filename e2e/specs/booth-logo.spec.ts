import sharp from 'sharp';
import { expect, registerAccount, signIn, test } from '../fixtures';
import { Hall3D } from '../pages/HallPage';
import { boothWithExhibits } from '../pages/SessionPage';

test('a logo upload appears on the booth: staff choose an image in the console, a visitor sees it square on the booth page and on its fascia in the 3D hall', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000); // opens a full hall in a software renderer
  const exhibitor = await registerAccount(request, 'exhibitor', 'Lena Logo');
  const { boothId } = await boothWithExhibits(request, exhibitor.token, `Logo Labs ${Date.now() % 100_000}`, ['Sodium-ion anode']);
  // A wide, photo-sized logo: the server fits it into a 256-pixel square.
  const wide = await sharp({ create: { width: 1600, height: 500, channels: 3, background: '#0f766e' } })
    .jpeg()
    .toBuffer();

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, exhibitor);
  await staff.goto('/exhibitor');
  // Until a logo is uploaded the booth shows its monogram.
  await expect(staff.locator('.logo-editor .booth-logo--monogram')).toBeVisible();
  await staff.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.jpg', mimeType: 'image/jpeg', buffer: wide });
  await expect(staff.getByRole('status').filter({ hasText: 'Logo updated' })).toBeVisible();
  const staffLogo = staff.locator('.logo-editor img.booth-logo');
  await expect(staffLogo).toBeVisible();
  await expect.poll(() => staffLogo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([256, 256]);

  // A guest, in another context, sees it on the booth page.
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(`/booth/${boothId}`);
  const onBooth = guest.getByRole('img', { name: /^Logo of / });
  await expect(onBooth).toBeVisible();
  await expect.poll(() => onBooth.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(256);
  if (process.env.SCREENSHOT_DIR) {
    await staff.locator('.own-booth').screenshot({ path: `${process.env.SCREENSHOT_DIR}/logo-console.png` });
    await guest.screenshot({ path: `${process.env.SCREENSHOT_DIR}/logo-booth.png` });
    await guest.setViewportSize({ width: 390, height: 844 });
    await guest.screenshot({ path: `${process.env.SCREENSHOT_DIR}/logo-booth-phone.png` });
  }

  // In the 3D hall the booth's fascia tile in the logo atlas (the far level of detail) shows the uploaded logo too.
  const { booth } = (await (await request.get(`/api/booths/${boothId}`)).json()) as { booth: { hallId: string } };
  const walker = new Hall3D(await (await browser.newContext()).newPage());
  await walker.open(booth.hallId);
  await walker.page.waitForFunction(
    () => ((window.__pavilion as unknown as { uploadedLogoTiles: number } | undefined)?.uploadedLogoTiles ?? 0) >= 1,
    null,
    { timeout: 60_000 },
  );
  await walker.page.context().close();

  // A file that is not an image is refused with the reason in the page's language, and the logo stays.
  await staff
    .getByLabel('Logo', { exact: true })
    .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.4\n') });
  await expect(staff.getByRole('alert')).toContainText('PNG, JPEG');
  await expect(staffLogo).toBeVisible();

  // Removed: the monogram is back, for the guest too once the page is read again.
  await staff.getByRole('button', { name: 'Remove logo' }).click();
  await expect(staff.locator('.logo-editor .booth-logo--monogram')).toBeVisible();
  await guest.reload();
  await expect(guest.locator('.booth-panel__brand .booth-logo--monogram')).toBeVisible();
  await expect(guest.getByRole('img', { name: /^Logo of / })).toHaveCount(0);
});
