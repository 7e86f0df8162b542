import type { PresenceState } from './presence';

/**
 * Per-frame values of the hall scene, in one mutable object: written in useFrame, read by the minimap's own
 * animation loop and by tests through `window.__pavilion`. Never React state — nothing re-renders per frame.
 */
export const hallRuntime = {
  hallId: null as string | null,
  /** Where the visitor is and looks (metres, radians; heading 0 looks towards -z). */
  camera: { x: 0, z: 0, heading: 0, pitch: 0 },
  /** A spot the visitor asked to walk to (click on floor or minimap), until reached or blocked. */
  walkTarget: null as { x: number; z: number } | null,
  /** renderer.info.render.calls of the last rendered frame. */
  drawCalls: 0,
  triangles: 0,
  frames: 0,
  /** Booth ids whose labels are currently drawn (the pooled text near the camera). */
  labelledBoothIds: [] as string[],
  /** Set when the first frame of the current hall has been drawn. */
  ready: false,
  /** Other visitors near us (the avatars' source), while a hall is open. */
  presence: null as PresenceState | null,
  /** Our presence id in this hall once `hall:join` has answered (it is the socket id; null while not joined). */
  presenceId: null as string | null,
  /** Follow-me: the presence id of the host we follow (the controller walks us behind them); null when not following. */
  followHostId: null as string | null,
  /** Set by the controller when the visitor steers by hand while following; the people panel then stops following. */
  followOverridden: false,
  /** Presence id → when (performance.now) they last waved at us: their avatar waves back for a moment. */
  waves: new Map<string, number>(),
  /** Visitors whose name tags are currently drawn. */
  taggedVisitorIds: [] as string[],
  /** Booths with a LIVE beacon over them now. */
  liveBeaconBoothIds: [] as string[],
  /** The touch joystick: x strafes right, y walks forward, each in [-1, 1] (0, 0 when released). */
  stick: { x: 0, y: 0 },
  /** The arrival fly-in is playing. */
  introPlaying: false,
  /** Set from outside the canvas (the Skip button): the controller ends the fly-in on its next frame. */
  skipIntro: false,
  /** Exhibit posters drawn now, and the booths they hang in (the nearest few with loaded details). */
  posters: 0,
  posterBoothIds: [] as string[],
  /** Fascia logo tiles in the logo atlas (one per booth), and how many show an uploaded logo (the rest a monogram). */
  logoTiles: 0,
  uploadedLogoTiles: 0,
  /** Lists every texture the scene holds with its estimated GPU bytes (set by the scene; computed on read only). */
  listTextures: null as null | (() => TextureUse[]),
  /** The texture budget of the quality tier in use (bytes; quality.ts states it per tier). */
  textureBudgetBytes: 0,
  /** Counts the booths whose shells are inside the camera's view frustum now (set by the scene; computed on read only). */
  countBoothsInView: null as null | (() => number),
};

/** The touch joystick moved (or was released: 0, 0). Values are clamped to the unit disc. */
export function setHallStick(x: number, y: number): void {
  const len = Math.hypot(x, y);
  const k = len > 1 ? 1 / len : 1;
  hallRuntime.stick.x = x * k;
  hallRuntime.stick.y = y * k;
  if (len > 0.05) {
    hallRuntime.walkTarget = null;
    if (hallRuntime.introPlaying) hallRuntime.skipIntro = true;
  }
}

/** Ends the arrival fly-in (the HUD's Skip button). */
export function skipHallIntro(): void {
  if (hallRuntime.introPlaying) hallRuntime.skipIntro = true;
}

/** One texture held by the hall scene, with its estimated GPU memory (RGBA8, plus a third for mipmaps). */
export interface TextureUse {
  name: string;
  width: number;
  height: number;
  bytes: number;
}

/** Read-only diagnostics for browser tests: `window.__pavilion.drawCalls`, `.camera`, … */
export interface PavilionDiagnostics {
  readonly hallId: string | null;
  readonly drawCalls: number;
  readonly triangles: number;
  readonly frames: number;
  readonly camera: { x: number; z: number; heading: number };
  readonly labels: string[];
  readonly ready: boolean;
  /** Our presence id once joined to the hall's presence (null before). */
  readonly presenceId: string | null;
  /** Other visitors drawn as avatars, where they are drawn now. */
  readonly avatars: { id: string; name: string | null; org: string | null; dnd: boolean; x: number; z: number }[];
  /** The host we follow (presence id), or null. */
  readonly following: string | null;
  /** Names of the visitors whose name tags are drawn (guests as the anonymous visitor's word). */
  readonly avatarTags: string[];
  /** Booth ids with a LIVE beacon over them. */
  readonly liveBeacons: string[];
  /** How many booths stand inside the camera's view frustum now (0 when no hall is drawn). */
  readonly boothsInView: number;
  /** The arrival fly-in is playing. */
  readonly introPlaying: boolean;
  /** Exhibit posters drawn now (all in one draw call), and the booths they hang in. */
  readonly posters: number;
  readonly posterBooths: string[];
  /** Fascia logo tiles (one per booth, the far level of detail) and how many show an uploaded logo. */
  readonly logoTiles: number;
  readonly uploadedLogoTiles: number;
  /** Every texture the scene holds now, with estimated GPU bytes; and their sum, against the stated budget. */
  readonly textures: TextureUse[];
  readonly textureBytes: number;
  readonly textureBudgetBytes: number;
}

declare global {
  interface Window {
    __pavilion?: PavilionDiagnostics;
  }
}

/** Installs `window.__pavilion` once; every read is a fresh copy, so tests cannot steer the scene through it. */
export function installDiagnostics(): void {
  if (typeof window === 'undefined' || window.__pavilion) return;
  const diagnostics: PavilionDiagnostics = {
    get hallId() {
      return hallRuntime.hallId;
    },
    get drawCalls() {
      return hallRuntime.drawCalls;
    },
    get triangles() {
      return hallRuntime.triangles;
    },
    get frames() {
      return hallRuntime.frames;
    },
    get camera() {
      const { x, z, heading } = hallRuntime.camera;
      return { x, z, heading };
    },
    get labels() {
      return [...hallRuntime.labelledBoothIds];
    },
    get ready() {
      return hallRuntime.ready;
    },
    get presenceId() {
      return hallRuntime.presenceId;
    },
    get avatars() {
      return [...(hallRuntime.presence?.visitors.values() ?? [])].map((v) => ({
        id: v.id,
        name: v.name,
        org: v.org,
        dnd: v.dnd,
        x: v.shown.x,
        z: v.shown.z,
      }));
    },
    get following() {
      return hallRuntime.followHostId;
    },
    get liveBeacons() {
      return [...hallRuntime.liveBeaconBoothIds];
    },
    get boothsInView() {
      return hallRuntime.countBoothsInView?.() ?? 0;
    },
    get introPlaying() {
      return hallRuntime.introPlaying;
    },
    get posters() {
      return hallRuntime.posters;
    },
    get posterBooths() {
      return [...hallRuntime.posterBoothIds];
    },
    get logoTiles() {
      return hallRuntime.logoTiles;
    },
    get uploadedLogoTiles() {
      return hallRuntime.uploadedLogoTiles;
    },
    get textures() {
      return hallRuntime.listTextures?.() ?? [];
    },
    get textureBytes() {
      return (hallRuntime.listTextures?.() ?? []).reduce((sum, t) => sum + t.bytes, 0);
    },
    get textureBudgetBytes() {
      return hallRuntime.textureBudgetBytes;
    },
    get avatarTags() {
      const visitors = hallRuntime.presence?.visitors;
      return hallRuntime.taggedVisitorIds.flatMap((id) => {
        const v = visitors?.get(id);
        return v ? [v.name ?? 'Visitor'] : [];
      });
    },
  };
  Object.defineProperty(window, '__pavilion', { value: Object.freeze(diagnostics), configurable: false, writable: false });
}
