import { fakeCameraLaunch } from '../chromium.mjs';
import { expect, projectContext, registerAccount, signedInPage, test } from '../fixtures';
import { boothWithExhibits, SessionScreen } from '../pages/SessionPage';

// Chromium's fake camera (a moving test pattern) and an auto-accepted permission prompt.
test.use({ launchOptions: fakeCameraLaunch });

test('the host’s camera reaches a viewer over WebRTC and plays', async ({ browser, request }) => {
  const exhibitor = await registerAccount(request, 'exhibitor', 'Cam Host');
  const visitor = await registerAccount(request, 'visitor', 'Val Viewer');
  await boothWithExhibits(request, exhibitor.token, `Video Labs ${Date.now() % 100_000}`, ['Optical flow sensor array']);

  const host = await SessionScreen.goLive(await signedInPage(browser, exhibitor, projectContext()), 'Sensor demo on camera');
  await host.startCamera();
  await expect(host.page.getByTestId('local-preview')).toBeVisible();

  const viewerPage = await signedInPage(browser, visitor, projectContext());
  const viewer = new SessionScreen(viewerPage);
  await viewer.open(host.sessionId());
  await expect(viewerPage.getByTestId('stage')).toHaveAttribute('data-broadcasting', 'true');

  // Decoded frames, not a black box: playing, a current frame, a real size, and time moving on.
  await expect.poll(async () => (await viewer.videoPlaying()).playing, { timeout: 30_000 }).toBe(true);
  const before = (await viewer.videoPlaying()).currentTime;
  await expect.poll(async () => (await viewer.videoPlaying()).currentTime, { timeout: 10_000 }).toBeGreaterThan(before + 0.5);

  // The host stops: the viewer is told the camera is off.
  await host.stopVideo();
  await expect(viewerPage.getByTestId('stage')).toHaveAttribute('data-broadcasting', 'false');
  await expect(viewerPage.getByTestId('stage')).toContainText('camera is off');
});
