import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import { cnPatentNumber } from '../fixtures';
import { Screen } from './Screen';

/** A live session at `/sessions/:id`: stage, spotlight card, Q&A, chat, and the host console for booth staff. */
export class SessionScreen extends Screen {
  constructor(page: Page) {
    super(page, (sessionId) => `/sessions/${sessionId}`, 'session-page');
  }

  /** Booth staff go live now from the exhibitor console under `title`; the page lands on the session as its host. */
  static async goLive(page: Page, title: string): Promise<SessionScreen> {
    await page.goto('/exhibitor');
    const sessionsCard = page.getByTestId('host-sessions');
    await sessionsCard.getByLabel('Title').fill(title);
    await sessionsCard.getByRole('button', { name: 'Go live now' }).click();
    await page.waitForURL(/\/sessions\/[A-Za-z0-9_-]+$/);
    return new SessionScreen(page);
  }

  /** The session id in the address bar. */
  sessionId(): string {
    return new URL(this.page.url()).pathname.split('/').at(-1) ?? '';
  }

  spotlightTitle(): Locator {
    return this.page.getByTestId('spotlight-title');
  }

  hostConsole(): Locator {
    return this.page.getByTestId('host-console');
  }

  /** Host: puts one of the booth's exhibits in the spotlight. */
  async spotlight(exhibitId: string): Promise<void> {
    await this.hostConsole().getByLabel('Exhibit to spotlight').selectOption(exhibitId);
    await this.hostConsole().getByRole('button', { name: 'Spotlight', exact: true }).click();
  }

  /** Host: the next exhibit of the booth. */
  async next(): Promise<void> {
    await this.hostConsole().getByRole('button', { name: 'Next exhibit' }).click();
  }

  async startCamera(): Promise<void> {
    await this.hostConsole().getByRole('button', { name: 'Start camera' }).click();
    await expect(this.hostConsole().getByText('Your camera is live to viewers.')).toBeVisible();
  }

  async stopVideo(): Promise<void> {
    await this.hostConsole().getByRole('button', { name: 'Stop video' }).click();
  }

  questions(): Locator {
    return this.page.getByTestId('questions');
  }

  question(text: string): Locator {
    return this.questions().locator('li[data-question-id]').filter({ hasText: text });
  }

  async ask(text: string): Promise<void> {
    await this.questions().getByLabel('Your question').fill(text);
    await this.questions().getByRole('button', { name: 'Ask', exact: true }).click();
  }

  async markAnswered(text: string): Promise<void> {
    await this.question(text).getByRole('button', { name: 'Mark answered' }).click();
  }

  /** The host's video as a viewer receives it. */
  video(): Locator {
    return this.page.getByTestId('session-video');
  }

  /** Whether the viewer's video is really playing: frames decoded, not paused. */
  async videoPlaying(): Promise<{ playing: boolean; currentTime: number }> {
    return this.video().evaluate((el) => {
      const v = el as HTMLVideoElement;
      return { playing: !v.paused && v.readyState >= 2 && v.videoWidth > 0, currentTime: v.currentTime };
    });
  }
}

/** An exhibitor with a booth and exhibits in it, set up through the API (the session specs' starting point). */
export interface HostSetup {
  boothId: string;
  exhibits: { id: string; title: string }[];
}

/**
 * Rents a booth for `token`'s organization — in the patents hall when it has a free slot, else the first
 * hall that has one (the full seed fills some halls) — and puts `titles.length` patents in it.
 */
export async function boothWithExhibits(request: APIRequestContext, token: string, name: string, titles: string[]): Promise<HostSetup> {
  const auth = { Authorization: `Bearer ${token}` };
  const { halls } = (await (await request.get('/api/expo')).json()) as {
    halls: { id: string; boothCount: number; capacity: number; freeSlots: number }[];
  };
  const hall = halls.find((h) => h.id === 'patents' && h.freeSlots > 0) ?? halls.find((h) => h.freeSlots > 0);
  if (!hall) throw new Error('every hall is full');
  const booth = await request.post('/api/booths', { headers: auth, data: { hallId: hall.id, name } });
  expect(booth.status(), await booth.text()).toBe(201);
  const boothId = ((await booth.json()) as { booth: { id: string } }).booth.id;
  const exhibits: HostSetup['exhibits'] = [];
  for (const [i, title] of titles.entries()) {
    const res = await request.post('/api/exhibits', {
      headers: auth,
      data: {
        boothId,
        type: 'patent',
        title,
        registrationNumber: `CN${cnPatentNumber(2024, (Date.now() % 1_000_000) * 10 + i)}`,
        jurisdiction: 'CN',
        askingPrice: { amount: (i + 1) * 50_000_000, currency: 'CNY' },
        tradeModes: ['assignment', 'exclusive'],
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    exhibits.push(((await res.json()) as { exhibit: { id: string; title: string } }).exhibit);
  }
  return { boothId, exhibits };
}
