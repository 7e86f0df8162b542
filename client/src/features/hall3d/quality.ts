/**
 * How much the hall draws on this device: pixel ratio, antialiasing and how many booth name boards at once.
 * Chosen automatically from what the browser tells about the device, then lowered once at run time if frames
 * come too slowly ({@link SLOW_FRAME_SECONDS}).
 */

/** What the browser tells about the device. */
export interface DeviceProfile {
  /** WebGL runs on the CPU. */
  software: boolean;
  /** The main pointer is a finger (phones, tablets). */
  coarsePointer: boolean;
  /** The shorter side of the screen in CSS pixels. */
  screenMin: number;
  devicePixelRatio: number;
  /** navigator.deviceMemory (GB) where the browser tells it. */
  memoryGb: number | undefined;
  cores: number | undefined;
}

export interface HallQuality {
  /** Pixel-ratio range handed to the renderer: [min, max]. */
  dpr: [number, number];
  antialias: boolean;
  /** Booth name boards drawn at once (each is one draw call). */
  labels: number;
  tier: 'low' | 'medium' | 'high';
  /** Booths nearest the visitor that hang posters of their top exhibits (all their posters are one draw call). */
  posterBooths: number;
  /** Side of each logo tile in the fascia logo atlas (pixels). */
  logoTile: number;
  /** What every texture of the hall may take together on this tier (bytes, RGBA8 with mipmaps). */
  textureBudgetBytes: number;
}

/** Name boards at each tier. */
export const LABELS_PER_TIER = { low: 6, medium: 10, high: 14 } as const;

/** Booths with posters at each tier. */
export const POSTER_BOOTHS_PER_TIER = { low: 3, medium: 4, high: 5 } as const;
/** Fascia logo tile size at each tier (pixels; 600 booths × 64² px ≈ 13 MB with mipmaps, × 32² px ≈ 3.3 MB). */
export const LOGO_TILE_PER_TIER = { low: 32, medium: 64, high: 64 } as const;

/**
 * The texture budget of each tier (MB = 10⁶ bytes), for the largest hall: floor ≈ 18.5, name boards ≈ 0.5 each,
 * sign atlas ≈ 5.6, avatar tags ≈ 2.1, LIVE beacon atlas, the fascia logo atlas (64 px: ≈ 13.3; 32 px: ≈ 3.3) and the
 * poster atlas (≈ 3.9 for 4–5 booths, ≈ 2.6 for 3). docs/architecture.md has the table; the debug hook measures it.
 */
export const TEXTURE_BUDGET_MB_PER_TIER = { low: 40, medium: 52, high: 56 } as const;

/** The atlas knobs of a tier. */
function atlases(tier: HallQuality['tier']): Pick<HallQuality, 'posterBooths' | 'logoTile' | 'textureBudgetBytes'> {
  return {
    posterBooths: POSTER_BOOTHS_PER_TIER[tier],
    logoTile: LOGO_TILE_PER_TIER[tier],
    textureBudgetBytes: TEXTURE_BUDGET_MB_PER_TIER[tier] * 1_000_000,
  };
}

/** A small GPU: a phone-sized screen, little memory or few cores. */
function isSmallDevice(d: DeviceProfile): boolean {
  return (d.coarsePointer && d.screenMin < 600) || (d.memoryGb !== undefined && d.memoryGb <= 2) || (d.cores !== undefined && d.cores <= 2);
}

export function chooseQuality(d: DeviceProfile): HallQuality {
  if (d.software) return { dpr: [1, 1], antialias: false, labels: LABELS_PER_TIER.medium, tier: 'low', ...atlases('low') };
  if (isSmallDevice(d))
    return { dpr: [1, Math.min(1.25, d.devicePixelRatio)], antialias: false, labels: LABELS_PER_TIER.low, tier: 'low', ...atlases('low') };
  if (d.coarsePointer)
    return {
      dpr: [1, Math.min(1.5, d.devicePixelRatio)],
      antialias: true,
      labels: LABELS_PER_TIER.medium,
      tier: 'medium',
      ...atlases('medium'),
    };
  return { dpr: [1, Math.min(1.75, d.devicePixelRatio)], antialias: true, labels: LABELS_PER_TIER.high, tier: 'high', ...atlases('high') };
}

/** The running device, as far as the browser tells. */
export function currentDevice(software: boolean): DeviceProfile {
  const nav = navigator as Navigator & { deviceMemory?: number };
  return {
    software,
    coarsePointer: typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches,
    screenMin: Math.min(window.screen?.width ?? window.innerWidth, window.screen?.height ?? window.innerHeight),
    devicePixelRatio: window.devicePixelRatio || 1,
    memoryGb: nav.deviceMemory,
    cores: nav.hardwareConcurrency || undefined,
  };
}

/** Mean frame time above which the renderer drops to a pixel ratio of 1 (seconds; 25 fps). */
export const SLOW_FRAME_SECONDS = 0.04;

/** Vertical field of view (degrees) that keeps at least `minHorizontal` degrees across on a narrow (portrait) screen. */
export function fieldOfView(aspect: number, base = 66, minHorizontal = 62): number {
  const toRad = Math.PI / 180;
  const neededVertical = (2 * Math.atan(Math.tan((minHorizontal * toRad) / 2) / aspect)) / toRad;
  return Math.min(100, Math.max(base, neededVertical));
}
