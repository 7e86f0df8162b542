import { expect, type Locator, type Page } from '@playwright/test';

/** Read-only diagnostics the 3D hall exposes on `window.__pavilion`. */
export interface Diagnostics {
  hallId: string | null;
  drawCalls: number;
  frames: number;
  camera: { x: number; z: number; heading: number };
  labels: string[];
  ready: boolean;
  /** Our presence id once `hall:join` answered. */
  presenceId: string | null;
  /** Other visitors drawn as avatars, where they are drawn now. */
  avatars: { id: string; name: string | null; org: string | null; dnd: boolean; x: number; z: number }[];
  /** Names whose name tags are drawn. */
  avatarTags: string[];
  /** Exhibit posters drawn now and the booths they hang in. */
  posters: number;
  posterBooths: string[];
  /** Fascia logo tiles (one per booth) and how many show an uploaded logo. */
  logoTiles: number;
  uploadedLogoTiles: number;
  /** Every texture the scene holds, with estimated GPU bytes, their sum and the stated budget. */
  textures: { name: string; width: number; height: number; bytes: number }[];
  textureBytes: number;
  textureBudgetBytes: number;
}

declare global {
  interface Window {
    __pavilion?: Diagnostics;
  }
}

/** The 3D hall at `/hall/:id` and its HUD (search, breadcrumb, booth panel, minimap). */
export class Hall3D {
  constructor(readonly page: Page) {}

  async open(hallId: string): Promise<void> {
    await this.page.goto(`/hall/${hallId}`);
    await this.waitReady();
  }

  /** Waits until the scene has drawn its first frames (the progress bar is gone). */
  async waitReady(): Promise<void> {
    await this.page.waitForFunction(() => window.__pavilion?.ready === true, null, { timeout: 60_000 });
    await expect(this.page.getByTestId('hall-loading')).toHaveCount(0);
  }

  diagnostics(): Promise<Diagnostics> {
    return this.page.evaluate(() => {
      const d = window.__pavilion as unknown as Diagnostics;
      return {
        hallId: d.hallId,
        drawCalls: d.drawCalls,
        frames: d.frames,
        camera: d.camera,
        labels: d.labels,
        ready: d.ready,
        presenceId: d.presenceId,
        avatars: d.avatars,
        avatarTags: d.avatarTags,
        posters: d.posters,
        posterBooths: d.posterBooths,
        logoTiles: d.logoTiles,
        uploadedLogoTiles: d.uploadedLogoTiles,
        textures: d.textures,
        textureBytes: d.textureBytes,
        textureBudgetBytes: d.textureBudgetBytes,
      };
    });
  }

  /** Waits until the scene has drawn `n` more frames (so a key press had time to move the camera). */
  async frames(n: number): Promise<void> {
    const start = (await this.diagnostics()).frames;
    await this.page.waitForFunction((target) => (window.__pavilion?.frames ?? 0) >= target, start + n, { timeout: 30_000 });
  }

  /** Holds a key down for `frameCount` rendered frames. */
  async hold(key: string, frameCount: number): Promise<void> {
    await this.page.keyboard.down(key);
    try {
      await this.frames(frameCount);
    } finally {
      await this.page.keyboard.up(key);
    }
  }

  /** Holds a key down until `done(camera)` holds (checked every couple of frames), however fast this machine renders. */
  async holdUntil(key: string, done: (camera: Diagnostics['camera']) => boolean, maxChecks = 80): Promise<Diagnostics['camera']> {
    let camera = (await this.diagnostics()).camera;
    if (done(camera)) return camera;
    await this.page.keyboard.down(key);
    try {
      for (let i = 0; i < maxChecks && !done(camera); i++) {
        await this.frames(1);
        camera = (await this.diagnostics()).camera;
      }
    } finally {
      await this.page.keyboard.up(key);
    }
    // Let the glide after releasing the key settle.
    await this.frames(3);
    return (await this.diagnostics()).camera;
  }

  /**
   * Walks in small, exact steps until `done(camera)` holds: each step presses the key for exactly `frameCount`
   * rendered frames (the key events are dispatched in the page, between two frames), so the distance per step
   * stays bounded however slowly a software renderer draws — unlike a held key, whose release can come
   * seconds later when the machine is busy.
   */
  async stepUntil(code: string, done: (camera: Diagnostics['camera']) => boolean, maxSteps = 400): Promise<Diagnostics['camera']> {
    let camera = (await this.diagnostics()).camera;
    for (let i = 0; i < maxSteps && !done(camera); i++) {
      camera = await this.page.evaluate(
        async ([key, n]) => {
          const d = window.__pavilion as Diagnostics;
          window.dispatchEvent(new KeyboardEvent('keydown', { code: key, bubbles: true }));
          const start = d.frames;
          await new Promise<void>((resolve) => {
            const tick = () => (d.frames >= start + n ? resolve() : requestAnimationFrame(tick));
            requestAnimationFrame(tick);
          });
          window.dispatchEvent(new KeyboardEvent('keyup', { code: key, bubbles: true }));
          return d.camera;
        },
        [code, 1] as const,
      );
    }
    // Let the glide after the last step settle.
    await this.frames(3);
    return (await this.diagnostics()).camera;
  }

  /** Other visitors this page draws as avatars. */
  async avatars(): Promise<Diagnostics['avatars']> {
    return (await this.diagnostics()).avatars;
  }

  panel(): Locator {
    return this.page.getByTestId('booth-panel');
  }

  breadcrumb(): Locator {
    return this.page.getByTestId('breadcrumb');
  }

  searchBox(): Locator {
    return this.page.getByTestId('exhibit-search').getByRole('searchbox');
  }

  async search(q: string): Promise<void> {
    await this.searchBox().fill(q);
    await this.page.getByTestId('exhibit-search').locator('form[role="search"] button[type="submit"]').click();
  }

  searchHits(): Locator {
    return this.page.locator('.search__hit');
  }
}

/** The accessible list view at `/hall/:id?view=list`. */
export class HallList {
  constructor(readonly page: Page) {}

  async open(hallId: string): Promise<void> {
    await this.page.goto(`/hall/${hallId}?view=list`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  boothButtons(): Locator {
    return this.page.locator('[data-open-booth]');
  }

  panel(): Locator {
    return this.page.getByTestId('booth-panel');
  }
}
