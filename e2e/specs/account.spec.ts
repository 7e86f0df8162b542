import { expect, registerAccount, signIn, test } from '../fixtures';

test('a password change from the account page signs out the other browser, which says why and carries on as a guest', async ({
  browser,
  request,
}) => {
  const account = await registerAccount(request, 'visitor');
  // A second session of the same account: another browser signed in with its own token.
  const login = await request.post('/api/auth/login', { data: { email: account.email, password: account.password } });
  const elsewhere = { ...account, token: ((await login.json()) as { token: string }).token };

  const here = await browser.newContext();
  const there = await browser.newContext();
  try {
    const page = await here.newPage();
    const other = await there.newPage();
    await signIn(page, account);
    await signIn(other, elsewhere);
    await other.goto('/programme');
    await expect(other.getByLabel('Account', { exact: true })).toBeVisible();
    await expect(other.locator('[data-connection="online"]')).toBeAttached();

    await page.goto('/');
    await page.getByLabel('Account', { exact: true }).click();
    await page.getByTestId('account-link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    const form = page.getByTestId('password-change');
    await form.getByLabel('Current password').fill('not the password');
    await form.getByLabel('New password').fill('a fresh e2e secret');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByRole('alert')).toHaveText('Your current password is not right.');

    await form.getByLabel('Current password').fill(account.password);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByRole('status')).toHaveText('Password changed. Every other session has been signed out.');

    // The other browser hears it on its socket: signed out, told why, offered to sign in again.
    await expect(other.getByTestId('signed-out-notice')).toContainText('your password was changed elsewhere');
    await expect(other.locator('.account').getByRole('link', { name: 'Sign in' })).toBeVisible();
    // This browser is still signed in.
    await page.reload();
    await expect(page.getByLabel('Account', { exact: true })).toBeVisible();
  } finally {
    await here.close();
    await there.close();
  }
});
