import { expect, type Locator, type Page } from '@playwright/test';

/** A booth panel (3D overlay, list view or `/booth/:id`): who is here, and its chat. */
export class BoothRoom {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('booth-panel');
  }

  /** `/booth/:id`, the booth as a page. */
  async openPage(boothId: string): Promise<void> {
    await this.page.goto(`/booth/${boothId}`);
    await expect(this.panel).toHaveAttribute('data-booth-id', boothId);
  }

  /** "N people here". */
  occupancy(): Locator {
    return this.panel.getByTestId('occupancy');
  }

  chat(): Locator {
    return this.panel.getByTestId('chat');
  }

  input(): Locator {
    return this.chat().getByRole('textbox');
  }

  /** Confirmed messages (the server's), by text. */
  confirmed(text: string): Locator {
    return this.chat().locator('li[data-message-id]').filter({ hasText: text });
  }

  /** Our own messages the server has not confirmed yet. */
  pending(text?: string): Locator {
    const all = this.chat().locator('li[data-client-msg-id]');
    return text ? all.filter({ hasText: text }) : all;
  }

  typing(): Locator {
    return this.chat().getByTestId('typing');
  }

  /** Types a message and sends it with Enter, as a person would. */
  async send(text: string): Promise<void> {
    await this.input().fill(text);
    await this.input().press('Enter');
  }

  /** Waits until the composer takes messages (we are inside the booth's room). */
  async waitInside(): Promise<void> {
    await expect(this.chat().getByRole('button', { name: /send/i })).toBeVisible();
    await expect(this.input()).toHaveAttribute('placeholder', /write a message/i);
  }
}
