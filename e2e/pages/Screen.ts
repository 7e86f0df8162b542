import { expect, type Locator, type Page } from '@playwright/test';

/** A screen of the app for one record (`/negotiations/:id`, say) whose root element carries a test id. */
export abstract class Screen {
  constructor(
    readonly page: Page,
    private readonly path: (id: string) => string,
    private readonly rootTestId: string,
  ) {}

  /** Opens the record's screen and waits until it shows. */
  async open(id: string): Promise<void> {
    await this.page.goto(this.path(id));
    await expect(this.root()).toBeVisible();
  }

  root(): Locator {
    return this.page.getByTestId(this.rootTestId);
  }
}
