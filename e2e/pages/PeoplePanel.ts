import type { Locator, Page } from '@playwright/test';

/** The People panel over the 3D hall: nearby people, waves, do-not-disturb and follow-me. */
export class PeoplePanel {
  constructor(readonly page: Page) {}

  /** Opens the panel (once). */
  async open(): Promise<void> {
    const toggle = this.page.getByTestId('people-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /** The row of a nearby person, by their presence id. */
  person(presenceId: string): Locator {
    return this.page.locator(`[data-testid="person"][data-person-id="${presenceId}"]`);
  }

  async wave(presenceId: string): Promise<void> {
    await this.person(presenceId).getByTestId('person-wave').click();
  }

  async invite(presenceId: string): Promise<void> {
    await this.person(presenceId).getByTestId('person-invite').click();
  }

  waveToast(): Locator {
    return this.page.getByTestId('wave-toast');
  }

  invitation(): Locator {
    return this.page.getByTestId('follow-invite');
  }

  followBar(): Locator {
    return this.page.getByTestId('follow-bar');
  }

  leadingBar(): Locator {
    return this.page.getByTestId('leading-bar');
  }

  /** The host this page follows (presence id), as the scene's diagnostics say. */
  following(): Promise<string | null> {
    return this.page.evaluate(() => (window.__pavilion as unknown as { following: string | null }).following);
  }
}
