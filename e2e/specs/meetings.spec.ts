import type { Page } from '@playwright/test';
import { fakeCameraLaunch } from '../chromium.mjs';
import { expect, projectContext, registerAccount, signedInPage, test } from '../fixtures';
import { boothWithExhibits } from '../pages/SessionPage';

// Chromium's fake camera (a moving test pattern) and an auto-accepted permission prompt, for both parties.
test.use({ launchOptions: fakeCameraLaunch });

/** Whether the other party's video decodes frames: playing, a real size. */
function remotePlaying(page: Page): Promise<boolean> {
  return page
    .getByTestId('remote-video')
    .evaluate((el) => {
      const v = el as HTMLVideoElement;
      return !v.paused && v.readyState >= 2 && v.videoWidth > 0;
    })
    .catch(() => false);
}

test('an exhibitor publishes a slot, a buyer books it, and both meet on camera in the private room', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const exhibitor = await registerAccount(request, 'exhibitor', 'Mei Exhibitor');
  const buyer = await registerAccount(request, 'visitor', 'Bo Buyer');
  const { boothId, exhibits } = await boothWithExhibits(request, exhibitor.token, `Meeting Labs ${Date.now() % 100_000}`, [
    'Solid-state battery cell',
  ]);

  // The exhibitor publishes one 15-minute slot starting a few minutes from now (their own time zone).
  const exPage = await signedInPage(browser, exhibitor, projectContext());
  const exContext = exPage.context();
  await exPage.goto('/exhibitor');
  const publisher = exPage.getByTestId('slot-publisher');
  const start = await exPage.evaluate(() => {
    const at = new Date(Date.now() + 4 * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  });
  await publisher.getByLabel('First slot starts').fill(start);
  await publisher.getByLabel('Length (minutes)').fill('15');
  await publisher.getByLabel('Slots in a row').fill('1');
  await publisher.getByRole('button', { name: 'Publish slots' }).click();
  await expect(publisher).toContainText('1 slot published.');
  await expect(exPage.getByTestId('booth-slots')).toContainText('Free');

  // The buyer books it from the booth page, about the exhibit, with a note.
  const buyerPage = await signedInPage(browser, buyer, projectContext());
  const buyerContext = buyerPage.context();
  await buyerPage.goto(`/booth/${boothId}`);
  const book = buyerPage.getByTestId('book-meeting');
  await book.getByRole('button', { name: 'Book a meeting' }).click();
  await book.getByRole('radio').first().check();
  await book.getByLabel('About an exhibit (optional)').selectOption(exhibits[0]?.id as string);
  await book.getByLabel('Note for the exhibitor (optional)').fill('Licensing in Hong Kong');
  await book.getByRole('button', { name: 'Book this slot' }).click();
  await expect(book.getByTestId('booking-done')).toBeVisible();

  // The exhibitor sees the booking in the console (pushed, no reload), and the slot is booked.
  const booking = exPage.getByTestId('exhibitor-meetings').getByTestId('meeting-card');
  await expect(booking).toContainText('Bo Buyer');
  await expect(booking).toContainText('Licensing in Hong Kong');
  await expect(exPage.getByTestId('booth-slots')).toContainText('Booked');

  // Both join from their lists (the room opens 10 minutes before the start).
  await buyerPage.goto('/meetings');
  await buyerPage.getByTestId('meeting-card').getByTestId('join-meeting').click();
  await expect(buyerPage.getByTestId('meeting-room')).toBeVisible();
  await booking.getByTestId('join-meeting').click();
  await expect(exPage.getByTestId('meeting-room')).toBeVisible();
  await expect(exPage.getByTestId('meeting-room')).toHaveAttribute('data-status', 'held');

  // Each sees the other's camera playing.
  await expect.poll(() => remotePlaying(buyerPage), { timeout: 45_000 }).toBe(true);
  await expect.poll(() => remotePlaying(exPage), { timeout: 45_000 }).toBe(true);

  // The exhibit's card with the ways to trade it, and a private chat.
  await expect(buyerPage.getByTestId('meeting-exhibit')).toContainText('Solid-state battery cell');
  const chat = buyerPage.getByTestId('meeting-room').getByTestId('chat');
  await chat.getByRole('textbox', { name: 'Message' }).fill('Hello from the buyer');
  await chat.getByRole('button', { name: 'Send' }).click();
  await expect(exPage.getByTestId('meeting-room')).toContainText('Hello from the buyer');

  // Both open the room's address at the same moment (each request can reach the other tab before it listens):
  // each still gets the other's camera.
  const roomUrl = buyerPage.url();
  await Promise.all([buyerPage.goto(roomUrl), exPage.goto(roomUrl)]);
  await expect.poll(() => remotePlaying(buyerPage), { timeout: 45_000 }).toBe(true);
  await expect.poll(() => remotePlaying(exPage), { timeout: 45_000 }).toBe(true);

  // On a 390-px phone the room and the list fit the width: nothing scrolls sideways.
  await buyerPage.setViewportSize({ width: 390, height: 844 });
  const fitsWidth = () => buyerPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  await expect(buyerPage.getByTestId('remote-video')).toBeVisible();
  await expect(buyerPage.getByTestId('local-video')).toBeVisible();
  expect(await fitsWidth()).toBe(true);
  await buyerPage.goto('/meetings');
  await expect(buyerPage.getByTestId('meeting-card').getByTestId('join-meeting')).toBeVisible();
  expect(await fitsWidth()).toBe(true);

  await exContext.close();
  await buyerContext.close();
});
