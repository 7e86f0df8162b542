import { readFileSync } from 'node:fs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { type Account, expect, projectContext, seededExhibitor, signedInPage, signIn, test } from '../fixtures';
import { BoothRoom } from '../pages/BoothRoom';

// Issue 8 item 4: booth analytics in the exhibitor console, fed by a real visitor in a real browser.

const LEADS_CSV_HEADER =
  'userId,name,organization,email,firstSeen,lastSeen,entered,chatted,asked,negotiated,bid,booked,met,cancelledMeeting,missedMeeting,saved';

async function register(request: APIRequestContext, data: Record<string, unknown>): Promise<Account> {
  const res = await request.post('/api/auth/register', { data: { password: 'e2e-password-123', ...data } });
  expect(res.status(), await res.text()).toBe(201);
  const { token, user } = (await res.json()) as { token: string; user: Account['user'] };
  return { email: data.email as string, password: 'e2e-password-123', displayName: data.displayName as string, token, user };
}

/**
 * A seeded exhibitor whose booth has no leads yet (from the end of the data set, which no other spec uses), so
 * every figure is this test's. Seeded, not new: a new booth would change the expo's figures other specs check.
 */
async function exhibitorWithQuietBooth(request: APIRequestContext): Promise<{ exhibitor: Account; boothId: string }> {
  for (let n = 2460; n > 2400; n--) {
    const exhibitor = await seededExhibitor(request, n);
    if (!exhibitor.user.boothId) continue;
    const analytics = await request.get('/api/exhibitor/analytics', { headers: { Authorization: `Bearer ${exhibitor.token}` } });
    expect(analytics.status(), await analytics.text()).toBe(200);
    if (((await analytics.json()) as { leads: unknown[] }).leads.length > 0) continue;
    return { exhibitor, boothId: exhibitor.user.boothId };
  }
  throw new Error('no seeded booth without leads');
}

/** A seeded exhibitor of another organization (below the quiet booths, in a stretch no other spec uses), as a visitor with an organization. */
async function seededVisitorWithOrganization(request: APIRequestContext): Promise<{ account: Account; orgName: string }> {
  const account = await seededExhibitor(request, 2399);
  expect(account.user.orgName).toBeTruthy();
  return { account, orgName: account.user.orgName as string };
}

/** The analytics section of `/exhibitor`. */
class BoothAnalytics {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('booth-analytics');
  }

  async open(): Promise<void> {
    await this.page.goto('/exhibitor');
    await expect(this.section.getByRole('heading', { name: 'Booth analytics' })).toBeVisible();
  }

  figure(name: 'visits' | 'unique-today' | 'total-time' | 'average-time' | 'leads'): Locator {
    return this.section.locator(`[data-figure="${name}"] .analytics-figure__value`);
  }

  lead(name: string): Locator {
    return this.section.getByTestId('leads').locator(`tr[data-lead="${name}"]`);
  }

  async refresh(): Promise<void> {
    const button = this.section.getByRole('button', { name: 'Refresh' });
    await expect(button).toBeEnabled();
    await button.click();
    await expect(button).toBeEnabled();
  }
}

test('visitors who enter a booth show in its analytics as visits and leads with their organization, and the leads CSV downloads', async ({
  browser,
  page,
  request,
}) => {
  const { exhibitor, boothId } = await exhibitorWithQuietBooth(request);
  const name = `Lead Visitor ${Date.now().toString(36)}`;
  const visitor = await register(request, {
    email: `lead-${Date.now()}@e2e.pavilion`,
    displayName: name,
    role: 'visitor',
    shareContact: true,
  });

  // The visitor enters the booth, says hello, stays a moment and leaves (closing the browser).
  const visitorPage = await signedInPage(browser, visitor, projectContext());
  const room = new BoothRoom(visitorPage);
  await room.openPage(boothId);
  await room.waitInside();
  const hello = `Hello from the analytics test #${Date.now()}`;
  await room.send(hello);
  await expect(room.confirmed(hello)).toHaveCount(1);
  await visitorPage.waitForTimeout(1500);
  await visitorPage.context().close();

  // Someone from another organization looks in too.
  const colleague = await seededVisitorWithOrganization(request);
  const colleaguePage = await signedInPage(browser, colleague.account, projectContext());
  const colleagueRoom = new BoothRoom(colleaguePage);
  await colleagueRoom.openPage(boothId);
  await colleagueRoom.waitInside();
  await colleaguePage.context().close();

  // The exhibitor's console counts the visit and lists the visitor as a lead.
  await signIn(page, exhibitor);
  const analytics = new BoothAnalytics(page);
  await analytics.open();
  await expect(async () => {
    await analytics.refresh();
    await expect(analytics.lead(name)).toBeVisible({ timeout: 1000 });
    await expect(analytics.lead(name).locator('[data-action="chatted"]')).toBeVisible({ timeout: 1000 });
    await expect(analytics.lead(colleague.account.displayName)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  expect(Number((await analytics.figure('visits').textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
  expect(Number((await analytics.figure('unique-today').textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
  await expect(analytics.figure('leads')).toHaveText('2');
  // The Organization column names the visitor's organization, and says when there is none.
  await expect(analytics.section.getByTestId('leads').getByRole('columnheader', { name: 'Organization' })).toBeVisible();
  await expect(analytics.lead(colleague.account.displayName).locator('[data-column="organization"]')).toHaveText(colleague.orgName);
  await expect(analytics.lead(name).locator('[data-column="organization"]')).toHaveText('None');
  const lead = analytics.lead(name);
  await expect(lead.locator('[data-action="entered"]')).toHaveText('Entered');
  // The visitor consented to share contact details, so the email shows.
  await expect(lead.getByRole('link', { name: visitor.email })).toHaveAttribute('href', `mailto:${visitor.email}`);
  // Today's bar of the chart carries both visitors.
  await expect(analytics.section.getByTestId('visits-chart').locator('.visits-chart__day--today .visits-chart__value')).toHaveText('2');

  // "Export CSV" downloads the server's leads file: a header row, then the visitors.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    analytics.section.getByRole('link', { name: 'Export all leads as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pavilion-leads.csv');
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(LEADS_CSV_HEADER);
  expect(lines).toHaveLength(3);
  const cells = (lines.find((l) => l.startsWith(`${visitor.user.id},`)) ?? '').split(',');
  expect([cells[0], cells[1], cells[2], cells[3]]).toEqual([visitor.user.id, name, '', visitor.email]);
  expect(Number(cells[6])).toBeGreaterThanOrEqual(1); // entered
  expect(Number(cells[7])).toBeGreaterThanOrEqual(1); // chatted
  expect(lines.find((l) => l.startsWith(`${colleague.account.user.id},`))).toContain(colleague.orgName);
});
