import {
  chooseQuality,
  type DeviceProfile,
  fieldOfView,
  LABELS_PER_TIER,
  LOGO_TILE_PER_TIER,
  POSTER_BOOTHS_PER_TIER,
  TEXTURE_BUDGET_MB_PER_TIER,
} from './quality';

const desktop: DeviceProfile = { software: false, coarsePointer: false, screenMin: 1080, devicePixelRatio: 2, memoryGb: 8, cores: 8 };
const phone: DeviceProfile = { software: false, coarsePointer: true, screenMin: 390, devicePixelRatio: 3, memoryGb: 4, cores: 6 };

describe('hall quality chosen from the device', () => {
  test('a desktop GPU gets antialiasing, high DPI and the full set of name boards', () => {
    expect(chooseQuality(desktop)).toEqual({
      dpr: [1, 1.75],
      antialias: true,
      labels: LABELS_PER_TIER.high,
      tier: 'high',
      posterBooths: POSTER_BOOTHS_PER_TIER.high,
      logoTile: LOGO_TILE_PER_TIER.high,
      textureBudgetBytes: TEXTURE_BUDGET_MB_PER_TIER.high * 1_000_000,
    });
  });

  test('smaller GPUs hang posters in fewer booths and get half-size logo tiles', () => {
    const low = chooseQuality({ ...desktop, cores: 2 });
    expect(low.posterBooths).toBeLessThan(chooseQuality(desktop).posterBooths);
    expect(low.logoTile).toBe(32);
    expect(chooseQuality(phone).posterBooths).toBeLessThanOrEqual(POSTER_BOOTHS_PER_TIER.medium);
  });

  test('a phone draws at a lower pixel ratio, without antialiasing, with fewer name boards', () => {
    const q = chooseQuality(phone);
    expect(q.dpr[1]).toBeLessThanOrEqual(1.25);
    expect(q.antialias).toBe(false);
    expect(q.labels).toBeLessThan(LABELS_PER_TIER.high);
  });

  test('little memory or two cores count as a small GPU even on a desktop screen', () => {
    expect(chooseQuality({ ...desktop, memoryGb: 2 }).tier).toBe('low');
    expect(chooseQuality({ ...desktop, cores: 2 }).tier).toBe('low');
  });

  test('a software renderer draws at 1× without antialiasing', () => {
    expect(chooseQuality({ ...desktop, software: true })).toMatchObject({ dpr: [1, 1], antialias: false });
  });

  test('a portrait screen widens the vertical field of view so the aisle and both booth rows stay in sight', () => {
    expect(fieldOfView(1280 / 800)).toBe(66);
    const portrait = fieldOfView(390 / 700);
    expect(portrait).toBeGreaterThan(66);
    expect(portrait).toBeLessThanOrEqual(100);
    // Horizontal field of view at that vertical one is at least ~62° (unless capped).
    const horizontal = (2 * Math.atan(Math.tan((portrait * Math.PI) / 360) * (390 / 700)) * 180) / Math.PI;
    expect(horizontal).toBeGreaterThan(55);
  });
});
