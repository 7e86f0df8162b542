import { expect, type Locator, type Page } from '@playwright/test';
import { Screen } from './Screen';

/** The bidding screen at `/auctions/:id`. */
export class AuctionScreen extends Screen {
  constructor(page: Page) {
    super(page, (id) => `/auctions/${id}`, 'auction-page');
  }

  /** Waits until the countdown runs on the estimated server clock (it shows no time before). */
  async waitForClock(): Promise<void> {
    await expect(this.page.getByTestId('countdown').locator('.countdown__value .spinner')).toHaveCount(0);
    await expect(this.page.getByTestId('countdown')).toHaveAttribute('data-phase', /open|scheduled/);
  }

  price(): Locator {
    return this.page.getByTestId('current-price');
  }

  leader(): Locator {
    return this.page.getByTestId('leader');
  }

  quickBid(): Locator {
    return this.page.getByTestId('quick-bid');
  }

  /** Places a typed bid with an optional secret maximum (yuan). */
  async bid(amount: string, max?: string): Promise<void> {
    const panel = this.page.getByTestId('bid-panel');
    await panel.getByLabel('Your bid (yuan)').fill(amount);
    if (max) await panel.getByLabel(/Maximum for automatic bidding/).fill(max);
    await panel.getByTestId('custom-bid').click();
  }

  bidStatus(): Locator {
    return this.page.getByTestId('bid-panel').locator('.form-ok');
  }

  outbid(): Locator {
    return this.page.getByTestId('outbid');
  }

  historyRows(): Locator {
    return this.page.getByTestId('bid-history').locator('tbody tr');
  }

  result(): Locator {
    return this.page.getByTestId('result-text');
  }
}
