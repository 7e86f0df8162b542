import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

// The forms check with the shared schemas before anything is sent: each refused field is marked and
// explained under it (its description), the first takes the focus, and a fixed form goes through.

async function expectRefused(page: Page, label: string | RegExp, explanation: string | RegExp) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(explanation);
}

test('an exhibitor signs up, rents a booth, adds an exhibit and auctions it, each form marking what it refuses', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel(/Exhibit my organization/).check();
  await page.getByLabel('Your name').fill('Form Tester');
  await page.getByLabel('Email').fill(`forms-${Date.now()}@e2e.pavilion`);
  await page.getByLabel(/^Password/).fill('short');
  await page.getByLabel('Organization name').fill('Form Labs');
  await page.getByLabel('Region').selectOption('HK');
  await expect(page.getByLabel('Country or territory code')).toHaveValue('HK');
  await page.getByLabel('Country or territory code').fill('us');
  await expect(page.getByLabel('Country or territory code')).toHaveValue('US');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  await expectRefused(page, /^Password/, /Use at least 8 characters\./);
  await expectRefused(page, 'Country or territory code', /two-letter code that fits the region/);
  await expect(page.getByLabel(/^Password/)).toBeFocused();
  await expect(page.getByLabel('Organization name')).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel(/^Password/).fill('form-tester-password');
  await page.getByLabel('Country or territory code').fill('HK');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/exhibitor$/);

  const booth = page.getByRole('region', { name: 'Rent a booth' });
  await booth.getByLabel('Booth name').fill('F');
  await booth.getByRole('button', { name: 'Rent booth' }).click();
  await expect(booth.getByRole('alert')).toHaveText('Please check the form: Booth name: Must be at least 2 characters.');
  await expectRefused(page, 'Booth name', 'Must be at least 2 characters.');
  await booth.getByLabel('Booth name').fill('Form Labs Booth');
  // The seeded expo fills some halls: rent in one with room.
  const { halls } = (await (await page.request.get('/api/expo')).json()) as {
    halls: { id: string; boothCount: number; capacity: number; freeSlots: number }[];
  };
  const roomy = halls.find((h) => h.freeSlots > 0);
  expect(roomy).toBeTruthy();
  await booth.getByLabel('Hall').selectOption(roomy?.id ?? '');
  await booth.getByRole('button', { name: 'Rent booth' }).click();

  const exhibit = page.getByRole('region', { name: 'Add an exhibit' });
  await expect(exhibit).toBeVisible();
  await exhibit.getByLabel('Title').fill('A form-checked widget');
  // A Chinese patent number with a wrong check digit is refused by name; the right one (…1234.0) passes.
  await exhibit.getByLabel('Registration number').fill('CN 202610001234.5');
  await exhibit.getByLabel('Asking price (yuan)').fill('a lot');
  await exhibit.getByLabel('Assignment').uncheck();
  await exhibit.getByRole('button', { name: 'Add exhibit' }).click();
  await expectRefused(page, 'Asking price (yuan)', 'Enter a price above zero, in yuan.');
  await expect(exhibit.getByRole('group', { name: 'Trade modes' })).toHaveAccessibleDescription('Choose at least one trade mode.');
  await exhibit.getByLabel('Asking price (yuan)').fill('120,000');
  await exhibit.getByLabel('Assignment').check();
  // The number is checked once the fields it does not depend on pass.
  await exhibit.getByRole('button', { name: 'Add exhibit' }).click();
  await expectRefused(page, 'Registration number', /check digit/);
  await exhibit.getByLabel('Registration number').fill('CN 202610001234.0');
  await exhibit.getByRole('button', { name: 'Add exhibit' }).click();
  await expect(exhibit.getByRole('status')).toHaveText('“A form-checked widget” is now on show.');
  await expect(exhibit.getByLabel('Title')).toHaveValue('');

  const auction = page.getByTestId('create-auction');
  await expect(auction).toContainText('A form-checked widget');
  await auction.getByLabel('Opening price (yuan)').fill('0');
  await auction.getByLabel(/Secret reserve/).fill('50');
  await auction.getByRole('button', { name: 'Start the auction' }).click();
  await expect(auction.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  await expectRefused(page, 'Opening price (yuan)', 'Enter an amount above zero.');
  await expect(auction.getByLabel('Opening price (yuan)')).toBeFocused();
  await auction.getByLabel('Opening price (yuan)').fill('100,000');
  await expectRefused(page, /Secret reserve/, /The reserve cannot be below the opening price\./);
  await auction.getByLabel(/Secret reserve/).fill('');
  await auction.getByRole('button', { name: 'in 1 day' }).click();
  await auction.getByRole('button', { name: 'Start the auction' }).click();
  // Once set up, the exhibit is in an auction and leaves the list of those that can be auctioned.
  await expect(page.getByText(/None of your exhibits can be auctioned right now/)).toBeVisible();
});

test('signing in marks an empty password and says so in the visitor’s words', async ({ page, visitor }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(visitor.email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  await expectRefused(page, 'Password', 'Enter your password.');
  await page.getByLabel('Password').fill(visitor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/$/);
});
