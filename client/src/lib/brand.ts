/**
 * A booth's brand when its organization has given none: a colour and a monogram generated from its name and region,
 * stable across visits and devices (pure: a hash of the name, nothing random).
 */
import type { Region } from '@pavilion/shared';

/** FNV-1a over UTF-16 code units: small, fast, and well spread for short names. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Each region keeps to its own band of saturation and lightness, so booths of one region look related. */
const REGION_TONE: Readonly<Record<Region, { s: number; l: number }>> = {
  GD: { s: 62, l: 40 },
  HK: { s: 70, l: 44 },
  MO: { s: 58, l: 38 },
  MAINLAND: { s: 55, l: 36 },
  OVERSEAS: { s: 48, l: 42 },
};

function hslToHex(h: number, s: number, l: number): string {
  const sat = s / 100;
  const lig = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(lig, 1 - lig);
  const f = (n: number) => lig - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (v: number) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}

/** Perceived brightness in 0…1 (Rec. 709 weights on the sRGB channels). */
function brightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Above this, white text stops reading well: yellows and greens are darkened until they are below it. */
const MAX_BRIGHTNESS = 0.4;

/** The generated brand colour of an organization (a mid-dark colour white text reads well on). */
export function brandColour(orgName: string, region: Region): string {
  const tone = REGION_TONE[region] ?? REGION_TONE.MAINLAND;
  const hue = hashName(orgName.trim().toLowerCase()) % 360;
  let l = tone.l;
  let hex = hslToHex(hue, tone.s, l);
  while (brightness(hex) > MAX_BRIGHTNESS && l > 10) {
    l -= 3;
    hex = hslToHex(hue, tone.s, l);
  }
  return hex;
}

/** Words that say what an organization is, not who: skipped when picking initials. */
const GENERIC = new Set(['the', 'of', 'and', 'co', 'co.', 'ltd', 'ltd.', 'inc', 'inc.', 'limited', 'company', 'group']);

/** Up to two initials for a monogram: "Shanghai Science Park" → "SS", "深圳光启" → "深圳". */
export function monogram(orgName: string): string {
  const name = orgName.trim();
  if (!name) return '?';
  // CJK names: the first two characters read as the short name.
  if (/^[\u3400-\u9fff]/.test(name)) return [...name].slice(0, 2).join('');
  const words = name.split(/[\s\-–—(),.&/]+/).filter((w) => w && !GENERIC.has(w.toLowerCase()));
  const letters = (words.length > 0 ? words : [name]).slice(0, 2).map((w) => [...w][0] ?? '');
  return letters.join('').toUpperCase();
}
