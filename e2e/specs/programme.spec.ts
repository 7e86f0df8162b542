import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { type Account, expect, seriousViolations, signIn, test } from '../fixtures';
import { Hall3D } from '../pages/HallPage';

// Issue 5 (items 4–5): live sessions in the programme, the lobby, the hall list and the 3D hall, and reminders.

type LiveSession = { id: string; boothId: string; title: string; status: 'scheduled' | 'live' | 'ended' };
type Ack = { ok: boolean; error?: { code: string; message: string }; session?: LiveSession };

/** The expo programme at `/programme`. */
class ProgrammeScreen {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/programme');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Programme' })).toBeVisible();
  }

  /** A session in the upcoming part of the programme. */
  upcoming(sessionId: string): Locator {
    return this.page.getByTestId('programme-upcoming').locator(`[data-session-id="${sessionId}"]`);
  }

  /** A session in the "Live now" part. */
  live(sessionId: string): Locator {
    return this.page.getByTestId('programme-live').locator(`[data-session-id="${sessionId}"]`);
  }

  /** The reminder toast of a session (anywhere in the app). */
  toast(title: string): Locator {
    return this.page.getByTestId('reminder-toast').filter({ hasText: title });
  }
}

/**
 * A seeded exhibitor hosting from their seeded booth in the patents hall. Seeded, not registered: a new booth
 * would change the expo's booth and exhibitor counts that other specs assert (and the full seed fills the hall).
 * `skip` leaves out booths another test of this file hosts from.
 */
async function seededHost(
  request: APIRequestContext,
  skip: string[] = [],
): Promise<{ exhibitor: Account; boothId: string; boothName: string }> {
  for (let n = 2; n <= 80; n++) {
    const email = `exhibitor-${String(n).padStart(4, '0')}@seed.pavilion.expo`;
    const password = 'pavilion-demo';
    const res = await request.post('/api/auth/login', { data: { email, password } });
    if (res.status() !== 200) continue;
    const { token, user } = (await res.json()) as { token: string; user: Account['user'] & { displayName: string; boothId?: string } };
    if (!user.boothId || skip.includes(user.boothId)) continue;
    const { booth } = (await (await request.get(`/api/booths/${user.boothId}`)).json()) as { booth: { hallId: string; name: string } };
    if (booth.hallId !== 'patents') continue;
    return { exhibitor: { email, password, displayName: user.displayName, token, user }, boothId: user.boothId, boothName: booth.name };
  }
  throw new Error('no seeded exhibitor has a booth in the patents hall');
}

function connect(baseURL: string, account: Account): Socket {
  return io(baseURL, { auth: { token: account.token, protocol: 1 }, transports: ['websocket'], forceNew: true });
}

async function emitSession(socket: Socket, event: string, payload: unknown): Promise<LiveSession> {
  const ack = (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack;
  expect(ack.ok, `${event}: ${JSON.stringify(ack.error)}`).toBe(true);
  return ack.session as LiveSession;
}

/** An iCalendar body with folded lines joined again (RFC 5545 folds lines longer than 75 octets). */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

test('a scheduled session is on the programme; a reminder set there fires as a toast when it starts, and the lobby and hall list show it live', async ({
  page,
  request,
  baseURL,
  visitor,
}) => {
  const title = `Solid-state cells for licence ${Date.now()}`;
  const { exhibitor, boothId, boothName } = await seededHost(request);
  const host = connect(baseURL as string, exhibitor);
  try {
    // The exhibitor schedules a session ten minutes from now.
    const scheduled = await emitSession(host, 'session:start', { boothId, title, startsAt: Date.now() + 600_000 });
    expect(scheduled.status).toBe('scheduled');

    // A signed-in visitor finds it in the programme's upcoming list and asks to be reminded.
    await signIn(page, visitor);
    const programme = new ProgrammeScreen(page);
    await programme.open();
    const item = programme.upcoming(scheduled.id);
    await expect(item.getByRole('link', { name: title, exact: true })).toHaveAttribute('href', `/sessions/${scheduled.id}`);
    await item.getByRole('button', { name: 'Remind me' }).click();
    await expect(item.getByRole('button', { name: 'Reminder set' })).toBeEnabled();
    const { sessionIds } = (await (await page.request.get('/api/sessions/reminders')).json()) as { sessionIds: string[] };
    expect(sessionIds).toContain(scheduled.id);

    // Its calendar file is a real iCalendar event carrying the title.
    const href = await item.getByRole('link', { name: `Add “${title}” to your calendar (.ics)` }).getAttribute('href');
    expect(href).toBe(`/api/sessions/${scheduled.id}/ics`);
    const ics = await page.request.get(href as string);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    const body = unfold(await ics.text());
    expect(body).toContain('BEGIN:VEVENT');
    expect(body).toContain(title);

    // The exhibitor starts it: the visitor's open page gets the reminder toast, and the session moves to "Live now".
    const live = await emitSession(host, 'session:start', { boothId, title, sessionId: scheduled.id });
    expect(live.status).toBe('live');
    const toast = programme.toast(title);
    await expect(toast).toBeVisible();
    await expect(toast).toContainText(`${title} is starting now`);
    await expect(toast.getByRole('link', { name: 'Watch' })).toHaveAttribute('href', `/sessions/${scheduled.id}`);
    await expect(programme.live(scheduled.id)).toBeVisible();
    await expect(programme.upcoming(scheduled.id)).toHaveCount(0);
    // The programme with a live session, reminders and a toast on screen is accessible.
    expect(await seriousViolations(page)).toEqual([]);
    await toast.getByRole('button', { name: 'Dismiss' }).click();
    await expect(toast).toHaveCount(0);

    // The lobby lists it under "Live now".
    await page.goto('/');
    await expect(page.getByTestId('lobby-live').getByRole('link', { name: title, exact: true })).toHaveAttribute(
      'href',
      `/sessions/${scheduled.id}`,
    );

    // The hall's list view marks the booth LIVE, with the session's title linking to it.
    await page.goto('/hall/patents?view=list');
    await page.getByLabel('Filter booths').fill(boothName);
    const row = page.locator(`.booth-row[data-booth-id="${boothId}"]`);
    const tag = row.getByTestId('booth-live-link');
    await expect(tag).toContainText('LIVE');
    await expect(tag).toContainText(title);
    await expect(tag).toHaveAttribute('href', `/sessions/${scheduled.id}`);

    // Ending the session takes the tag away without a reload.
    await emitSession(host, 'session:end', { sessionId: scheduled.id });
    await expect(row.locator('.booth-row__live')).toHaveCount(0);
    await expect(row).toBeVisible();
  } finally {
    host.disconnect();
  }
});

test('guests see the programme but are asked to sign in for reminders', async ({ page }) => {
  const programme = new ProgrammeScreen(page);
  await programme.open();
  await expect(page.getByText('to get a reminder when a session starts.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remind me' })).toHaveCount(0);
  await expect(page.getByTestId('programme-ics')).toHaveAttribute('href', '/api/sessions/programme.ics');
  const ics = await page.request.get('/api/sessions/programme.ics?hallId=patents');
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect(await ics.text()).toContain('BEGIN:VCALENDAR');
});

test('a booth going live gets a LIVE beacon in the 3D hall without a reload, and loses it when the session ends', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000); // a full hall in a software renderer
  // Another booth than the first test's, in the full hall of the draw-call bar.
  const first = await seededHost(request);
  const { exhibitor, boothId } = await seededHost(request, [first.boothId]);
  const hall = new Hall3D(page);
  await hall.open('patents');
  const beacons = () => page.evaluate(() => (window.__pavilion as unknown as { liveBeacons: string[] }).liveBeacons);
  expect(await beacons()).not.toContain(boothId);
  const drawCallsBefore = (await hall.diagnostics()).drawCalls;

  const host = connect(baseURL as string, exhibitor);
  try {
    const session = await emitSession(host, 'session:start', { boothId, title: `Beacon test ${Date.now()}` });
    await expect.poll(beacons, { timeout: 20_000 }).toContain(boothId);
    await hall.frames(5);
    // All beacons together are one more draw call at most, never one per booth; the floor arrow toward the
    // nearest live session is one more.
    expect((await hall.diagnostics()).drawCalls).toBeLessThanOrEqual(drawCallsBefore + 2);
    await emitSession(host, 'session:end', { sessionId: session.id });
    await expect.poll(beacons, { timeout: 20_000 }).not.toContain(boothId);
  } finally {
    host.disconnect();
  }
});
