import type { BrowserContext, Page } from '@playwright/test';
import { fakeCameraLaunch } from '../chromium.mjs';
import { expect, projectContext, registerAccount, signedInPage, signIn, test } from '../fixtures';
import { boothWithExhibits, SessionScreen } from '../pages/SessionPage';

// Chromium's fake camera (a moving test pattern) and an auto-accepted permission prompt.
test.use({ launchOptions: fakeCameraLaunch });

/** Counts every RTCPeerConnection the page makes (on `window.__peerConnections`), before any app code runs. */
async function countPeerConnections(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const made: RTCPeerConnection[] = [];
    (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections = made;
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        made.push(this);
      }
    } as typeof RTCPeerConnection;
  });
}

/** The page's peer connections: how many, how many still open, and how many send media. */
function peerConnections(page: Page) {
  return page.evaluate(() => {
    const all = (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections;
    const open = all.filter((pc) => pc.connectionState !== 'closed');
    const sending = open.filter((pc) => pc.getTransceivers().some((t) => t.direction === 'sendonly' || t.direction === 'sendrecv'));
    return { made: all.length, open: open.length, sending: sending.length };
  });
}

/**
 * Opens a session page, loading it again if the join does not come through: on a machine shared by many
 * browsers a join ack can miss its timeout, which the page shows as an error with a retry.
 */
async function openSlowly(page: Page, sessionId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.goto(`/sessions/${sessionId}`);
    try {
      await expect(page.getByTestId('session-page')).toBeVisible({ timeout: 40_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

test('through the SFU the host uploads once and three viewers in their own browsers all play the video', async ({ browser, request }) => {
  // Four browsers with fake cameras on a small shared machine: slower than one page, not stuck.
  test.setTimeout(300_000);
  const exhibitor = await registerAccount(request, 'exhibitor', 'Stage Host');
  const setup = await boothWithExhibits(request, exhibitor.token, `Keynote Hall ${Date.now() % 100_000}`, ['Wide-band antenna array']);

  const hostPage = await signedInPage(browser, exhibitor, projectContext());
  // Before the first navigation, so the console's page counts from its start.
  await countPeerConnections(hostPage.context());
  const host = await SessionScreen.goLive(hostPage, 'Antenna keynote');
  await expect(hostPage.getByTestId('host-transport')).toHaveAttribute('data-transport', 'sfu');
  await host.startCamera();

  const viewers: SessionScreen[] = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    await countPeerConnections(context);
    const page = await context.newPage();
    if (i > 0) await signIn(page, await registerAccount(request, 'visitor', `Viewer ${i}`)); // the first one is a guest
    const viewer = new SessionScreen(page);
    await openSlowly(page, host.sessionId());
    viewers.push(viewer);
  }

  for (const viewer of viewers) {
    await expect.poll(async () => (await viewer.videoPlaying()).playing, { timeout: 60_000 }).toBe(true);
    const before = (await viewer.videoPlaying()).currentTime;
    await expect.poll(async () => (await viewer.videoPlaying()).currentTime, { timeout: 10_000 }).toBeGreaterThan(before + 0.5);
    // Each viewer receives over one connection (from the SFU) and sends nothing.
    expect(await peerConnections(viewer.page)).toMatchObject({ open: 1, sending: 0 });
  }
  // The host's tab has exactly one upstream connection, whatever the number of viewers.
  expect(await peerConnections(hostPage)).toEqual({ made: 1, open: 1, sending: 1 });

  // A viewer on a weak link picks the low layer and keeps playing.
  const weak = viewers[0] as SessionScreen;
  await weak.page.getByTestId('quality').selectOption('0');
  const before = (await weak.videoPlaying()).currentTime;
  await expect.poll(async () => (await weak.videoPlaying()).currentTime, { timeout: 10_000 }).toBeGreaterThan(before + 0.5);

  // A spotlight while the camera has been live for a while: the replay's timeline places it after the start.
  await host.spotlight(setup.exhibits[0]?.id ?? '');
  await expect(weak.spotlightTitle()).toHaveText('Wide-band antenna array');

  // Ending the session destroys the room: every viewer is told.
  await host.hostConsole().getByRole('button', { name: 'End session' }).click();
  await host.hostConsole().getByRole('button', { name: 'Yes, end it' }).click();
  for (const viewer of viewers) await expect(viewer.page.getByTestId('stage')).toHaveAttribute('data-broadcasting', 'false');

  // The recording becomes the session's replay: the session page plays it.
  const replay = (viewers[1] as SessionScreen).page.getByTestId('replay');
  await expect(replay).toBeVisible({ timeout: 90_000 });
  await replay.evaluate((el) => {
    const v = el as HTMLVideoElement;
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => replay.evaluate((el) => (el as HTMLVideoElement).videoWidth), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(() => replay.evaluate((el) => (el as HTMLVideoElement).currentTime), { timeout: 30_000 }).toBeGreaterThan(0.5);

  // Beside it, the timeline lists the spotlighted exhibit; picking it seeks the replay there and marks it current.
  const replayPage = (viewers[1] as SessionScreen).page;
  const entry = replayPage.getByTestId('replay-timeline').getByRole('button', { name: /Wide-band antenna array/ });
  await expect(entry).toBeVisible();
  const offsetS = Number(await entry.getAttribute('data-offset-ms')) / 1000;
  expect(offsetS).toBeGreaterThan(1);
  await replay.evaluate((el) => {
    const v = el as HTMLVideoElement;
    v.pause();
    v.currentTime = 0;
  });
  await expect(entry).not.toHaveAttribute('aria-current', 'time');
  await entry.click();
  await expect.poll(() => replay.evaluate((el) => (el as HTMLVideoElement).currentTime), { timeout: 10_000 }).toBeCloseTo(offsetS, 0);
  await expect(entry).toHaveAttribute('aria-current', 'time');

  // The programme lists it among the past sessions with replays, and its link opens the replay.
  const sessionId = host.sessionId();
  await replayPage.goto('/programme');
  const listed = replayPage.getByTestId('programme-replays').locator(`[data-session-id="${sessionId}"]`);
  await expect(listed).toBeVisible();
  await listed.getByRole('link', { name: /^Replay of / }).click();
  await replayPage.waitForURL(`**/sessions/${sessionId}`);
  await expect(replayPage.getByTestId('replay')).toBeVisible();
});
