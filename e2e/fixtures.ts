import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Browser, type BrowserContextOptions, test as base, expect, type Page } from '@playwright/test';

/** A freshly registered account (through the real API) for one test. */
export interface Account {
  email: string;
  password: string;
  displayName: string;
  token: string;
  user: { id: string; role: string; orgId?: string };
}

let seq = 0;
/** Registers an account through the API; exhibitors get an organization. */
export async function registerAccount(request: APIRequestContext, role: 'visitor' | 'exhibitor', displayName?: string): Promise<Account> {
  seq += 1;
  const email = `${role}-${Date.now()}-${seq}@e2e.pavilion`;
  const password = 'e2e-password-123';
  const name = displayName ?? `${role === 'visitor' ? 'Visitor' : 'Exhibitor'} ${seq}`;
  const data: Record<string, unknown> = { email, password, displayName: name, role };
  if (role === 'exhibitor') data.organization = { name: `E2E Labs ${seq}`, kind: 'enterprise', region: 'GD', country: 'CN' };
  const res = await request.post('/api/auth/register', { data });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { token: string; user: Account['user'] };
  return { email, password, displayName: name, token: body.token, user: body.user };
}

/**
 * A Chinese patent application number (`YYYY1NNNNNNN.C`) with its check digit, written out here so the
 * browser tests check the server's rule rather than share its code.
 */
export function cnPatentNumber(year: number, serial: number): string {
  const digits = `${year}1${String(serial % 10_000_000).padStart(7, '0')}`;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const r = [...digits].reduce((sum, d, i) => sum + Number(d) * (weights[i] ?? 0), 0) % 11;
  return `${digits}.${r === 10 ? 'X' : r}`;
}

/** Signs a page's browser context in by setting the session cookie the server issued. */
export async function signIn(page: Page, account: Account): Promise<void> {
  const url = new URL(test.info().project.use.baseURL as string);
  await page
    .context()
    .addCookies([{ name: 'sid', value: account.token, domain: url.hostname, path: '/', httpOnly: true, sameSite: 'Lax' }]);
}

/**
 * A page of its own (a new browser context, as another person on another computer) signed in as the account:
 * desktop-sized unless `options` say otherwise.
 */
export async function signedInPage(
  browser: Browser,
  account: Account,
  options: BrowserContextOptions = { viewport: { width: 1280, height: 900 } },
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** The context options of the running project (its address and screen size), for a second browser like the first. */
export function projectContext(): BrowserContextOptions {
  const use = test.info().project.use;
  return { baseURL: use.baseURL, viewport: use.viewport ?? { width: 1280, height: 800 } };
}

/** An existing account signed in through the API; `user` is what `/api/auth/login` answers about it. */
export async function logIn<U extends object = object>(
  request: APIRequestContext,
  email: string,
  password: string,
): Promise<Account & { user: Account['user'] & { displayName: string } & U }> {
  const res = await request.post('/api/auth/login', { data: { email, password } });
  expect(res.status(), await res.text()).toBe(200);
  const { token, user } = (await res.json()) as { token: string; user: Account['user'] & { displayName: string } & U };
  return { email, password, displayName: user.displayName, token, user };
}

/** The seed's exhibitor accounts all share this password (server/src/seed). */
export const SEED_PASSWORD = 'pavilion-demo';

/** The bootstrap organizer of the browser suite (e2e/playwright.config.ts sets these for the server). */
export const ORGANIZER = { email: 'organizer@e2e.pavilion', password: 'organizer-e2e-password' };

/** What a seeded exhibitor's sign-in says about them. */
export interface SeededUser {
  boothId?: string;
  orgName?: string;
}

/** The seed's exhibitor number `n` (`exhibitor-NNNN@seed.pavilion.expo`), signed in through the API. */
export function seededExhibitor(request: APIRequestContext, n: number) {
  return logIn<SeededUser>(request, `exhibitor-${String(n).padStart(4, '0')}@seed.pavilion.expo`, SEED_PASSWORD);
}

/** An exhibit as a booth page lists it. */
export interface SeedExhibit {
  id: string;
  title: string;
  status: string;
  tradeModes: string[];
}

/** A booth as `GET /api/booths/:id` answers it. */
export interface SeedBooth {
  booth: { id: string; name: string; hallId: string };
  organization: { name: string };
  exhibits: SeedExhibit[];
}

/** An exhibit still available and offered under the trade mode. */
export const availableFor =
  (tradeMode: string) =>
  (exhibit: SeedExhibit): boolean =>
    exhibit.status === 'available' && exhibit.tradeModes.includes(tradeMode);

/**
 * The first seeded exhibitor numbered from `from` up to (not including) `to` whose booth has an exhibit that `wanted`
 * accepts, with that booth and exhibit. Each spec takes its own stretch of the data set, and seeded accounts keep the
 * expo's counts (exhibitors, booths, exhibits) as the data set has them.
 */
export async function seededSeller(
  request: APIRequestContext,
  [from, to]: readonly [number, number],
  wanted: (exhibit: SeedExhibit) => boolean,
): Promise<{ seller: Account & { user: SeededUser }; booth: SeedBooth; exhibit: SeedExhibit }> {
  for (let n = from; n < to; n++) {
    const seller = await seededExhibitor(request, n);
    if (!seller.user.boothId) continue;
    const booth = (await (await request.get(`/api/booths/${seller.user.boothId}`)).json()) as SeedBooth;
    const exhibit = booth.exhibits.find(wanted);
    if (exhibit) return { seller, booth, exhibit };
  }
  throw new Error(`no exhibit of the seeded exhibitors ${from}–${to - 1} is as wanted`);
}

/** Serious or critical axe findings (WCAG 2.1 A/AA) on the page as it stands: rule, impact and a few of its nodes. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

/** The lobby at `/`. */
export class LobbyPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  /** Links into the halls listed on the lobby. */
  hallLinks() {
    return this.page.locator('a[href^="/hall/"]');
  }
}

/** `test` with page objects and account helpers. */
export const test = base.extend<{ lobby: LobbyPage; visitor: Account }>({
  lobby: async ({ page }, use) => {
    await use(new LobbyPage(page));
  },
  visitor: async ({ request }, use) => {
    await use(await registerAccount(request, 'visitor'));
  },
});

export { expect };
