import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Browser, test as base, expect, type Page } from '@playwright/test';

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

/** The lobby at `/`. */
/** A page of its own (a new browser context, desktop-sized) signed in as the account. */
export async function signedInPage(browser: Browser, account: Account): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** Serious or critical axe findings (WCAG 2.1 A/AA) on the page as it stands: rule, impact and a few of its nodes. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

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
