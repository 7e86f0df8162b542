import { expect, type Locator, type Page } from '@playwright/test';
import { Screen } from './Screen';

/** An offer as the form takes it (amounts in yuan, as a person types them). */
export interface OfferInput {
  price: string;
  /** The visible label of the licence type, e.g. "Exclusive licence". */
  licence: string;
  /** ISO codes, or undefined for Worldwide. */
  countries?: string;
  termMonths?: string;
  note?: string;
}

/** The negotiation screen at `/negotiations/:id`: term sheet, moves, history, deal, audit trail, chat. */
export class NegotiationScreen extends Screen {
  constructor(page: Page) {
    super(page, (id) => `/negotiations/${id}`, 'negotiation-page');
  }

  status(): Locator {
    return this.page.getByTestId('negotiation-status');
  }

  termSheet(): Locator {
    return this.page.getByTestId('term-sheet');
  }

  /** One row of the term sheet (`price`, `licenseType`, `territory`, `termMonths`, …). */
  term(field: string): Locator {
    return this.termSheet().locator(`[data-field="${field}"]`);
  }

  /** Waits until the term sheet shows offer `version` (pushed live or after our own offer). */
  async waitForVersion(version: number): Promise<void> {
    await expect(this.termSheet()).toHaveAttribute('data-version', String(version));
  }

  offerForm(): Locator {
    return this.page.getByTestId('offer-form');
  }

  async makeOffer(offer: OfferInput): Promise<void> {
    const form = this.offerForm();
    await form.getByLabel('Price (yuan)').fill(offer.price);
    await form.getByLabel(offer.licence, { exact: true }).check();
    if (offer.countries) {
      await form.getByLabel('Specific countries').check();
      await form.getByLabel('Country codes').fill(offer.countries);
    } else {
      await form.getByLabel('Worldwide').check();
    }
    if (offer.termMonths !== undefined) await form.getByLabel('Term (months)').fill(offer.termMonths);
    if (offer.note !== undefined) await form.getByLabel('Note to the other side').fill(offer.note);
    await form.getByRole('button', { name: 'Send offer' }).click();
    await expect(form.getByRole('status')).toContainText('sent');
  }

  async accept(version: number): Promise<void> {
    await this.page.getByRole('button', { name: `Accept offer v${version}` }).click();
  }

  history(): Locator {
    return this.page.getByTestId('offer-history').locator('li');
  }

  dealPanel(): Locator {
    return this.page.getByTestId('deal-panel');
  }

  chat(): Locator {
    return this.page.getByTestId('negotiation-chat');
  }

  async sendChat(text: string): Promise<void> {
    await this.chat().getByRole('textbox', { name: 'Message' }).fill(text);
    await this.chat().getByRole('button', { name: 'Send' }).click();
  }
}
