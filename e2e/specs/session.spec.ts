import { expect, registerAccount, seriousViolations, signedInPage, test } from '../fixtures';
import { BoothRoom } from '../pages/BoothRoom';
import { boothWithExhibits, type HostSetup, SessionScreen } from '../pages/SessionPage';

test('an exhibitor goes live and walks visitors through exhibits; a visitor’s question is answered live', async ({ browser, request }) => {
  const exhibitor = await registerAccount(request, 'exhibitor', 'Hana Host');
  const visitor = await registerAccount(request, 'visitor', 'Vic Viewer');
  const { boothId, exhibits } = await boothWithExhibits(request, exhibitor.token, `Session Labs ${Date.now() % 100_000}`, [
    'Solid-state battery separator coating',
    'Fast-charge thermal management module',
  ]);
  const [first, second] = exhibits as [HostSetup['exhibits'][number], HostSetup['exhibits'][number]];

  // The exhibitor goes live from the exhibitor console and lands on the session as its host.
  const host = await SessionScreen.goLive(await signedInPage(browser, exhibitor), 'Battery patents, live');
  await expect(host.root()).toHaveAttribute('data-status', 'live');
  await host.spotlight(first.id);
  await expect(host.spotlightTitle()).toHaveText(first.title);

  // A visitor finds it from the booth: "Watch live" leads into the same session.
  const viewerPage = await signedInPage(browser, visitor);
  const booth = new BoothRoom(viewerPage);
  await booth.openPage(boothId);
  await booth.panel.getByRole('link', { name: 'Watch live' }).click();
  await viewerPage.waitForURL(`**/sessions/${host.sessionId()}`);
  const viewer = new SessionScreen(viewerPage);
  await expect(viewer.spotlightTitle()).toHaveText(first.title);
  await expect(viewer.page.getByTestId('spotlight')).toContainText('¥500,000');
  await expect(viewer.hostConsole()).toHaveCount(0);

  // The host moves on; the viewer's card follows.
  await host.next();
  await expect(viewer.spotlightTitle()).toHaveText(second.title);
  await expect(viewer.page.getByTestId('spotlight')).toContainText('¥1,000,000');

  // Q&A: the visitor asks and upvotes once; the host marks it answered; the visitor sees it answered.
  const text = 'Is the separator coating licensable for consumer electronics?';
  await viewer.ask(text);
  await expect(viewer.question(text)).toBeVisible();
  await viewer.question(text).getByTestId('upvote').click();
  await expect(viewer.question(text)).toHaveAttribute('data-votes', '1');
  await expect(viewer.question(text).getByTestId('upvote')).toBeDisabled();
  await expect(host.question(text)).toHaveAttribute('data-votes', '1');
  await host.markAnswered(text);
  await expect(viewer.question(text)).toHaveAttribute('data-answered', 'true');
  await expect(viewer.question(text).getByTestId('answered-mark')).toHaveText('Answered');
  await expect(viewer.page.getByTestId('answered-announcement')).toContainText(text);

  // The viewer's screen with the card, Q&A and chat is accessible.
  expect(await seriousViolations(viewer.page)).toEqual([]);

  // Ending the session reaches the viewer too.
  await host.hostConsole().getByRole('button', { name: 'End session' }).click();
  await host.hostConsole().getByRole('button', { name: 'Yes, end it' }).click();
  await expect(viewer.root()).toHaveAttribute('data-status', 'ended');
});
