import { expect, registerAccount, seriousViolations, signedInPage, test } from '../fixtures';
import { boothWithExhibits, SessionScreen } from '../pages/SessionPage';

test('a session for signed-in visitors: the host chooses it, a guest is asked to sign in, a visitor watches', async ({
  browser,
  request,
}) => {
  const exhibitor = await registerAccount(request, 'exhibitor', 'Rita Registered');
  const visitor = await registerAccount(request, 'visitor', 'Val Visitor');
  await boothWithExhibits(request, exhibitor.token, `Members Lab ${Date.now() % 100_000}`, ['Graphene anode binder']);

  // The exhibitor goes live for signed-in visitors only, from the exhibitor console.
  const hostPage = await signedInPage(browser, exhibitor);
  await hostPage.goto('/exhibitor');
  const sessionsCard = hostPage.getByTestId('host-sessions');
  await sessionsCard.getByLabel('Title').fill('Members-only briefing');
  await sessionsCard.getByLabel('Who can watch').selectOption('registered');
  await sessionsCard.getByRole('button', { name: 'Go live now' }).click();
  await hostPage.waitForURL(/\/sessions\/[A-Za-z0-9_-]+$/);
  const host = new SessionScreen(hostPage);
  await expect(host.root()).toHaveAttribute('data-status', 'live');
  await expect(host.root().getByTestId('session-audience')).toHaveText('Signed-in visitors only');
  const sessionId = host.sessionId();

  // A guest opening it is asked to sign in: the title, the presenter and a way in — no video, chat or questions.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const guest = await context.newPage();
  await guest.goto(`/sessions/${sessionId}`);
  const prompt = guest.getByTestId('session-sign-in');
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('heading', { level: 1 })).toHaveText('Members-only briefing');
  await expect(prompt).toContainText('presents this session to signed-in visitors only');
  await expect(guest.getByTestId('session-page')).toHaveCount(0);
  expect(await seriousViolations(guest)).toEqual([]);
  if (process.env.SCREENSHOT_DIR) await guest.screenshot({ path: `${process.env.SCREENSHOT_DIR}/session-sign-in.png`, fullPage: true });

  // The programme shows it as for signed-in visitors.
  await guest.goto('/programme');
  const entry = guest.locator(`[data-session-id="${sessionId}"]`);
  await expect(entry.getByTestId('session-audience')).toHaveText('Signed-in visitors only');

  // Signing in from the prompt comes back to the session, which now opens.
  await guest.goto(`/sessions/${sessionId}`);
  await guest.getByTestId('session-sign-in').getByRole('link', { name: 'Sign in' }).click();
  await guest.getByLabel('Email').fill(visitor.email);
  await guest.getByLabel('Password').fill(visitor.password);
  await guest.getByRole('button', { name: 'Sign in' }).click();
  await guest.waitForURL(`**/sessions/${sessionId}`);
  const viewer = new SessionScreen(guest);
  await expect(viewer.root()).toHaveAttribute('data-status', 'live');
  await expect(viewer.root().getByTestId('session-audience')).toHaveText('Signed-in visitors only');
  await context.close();
});
