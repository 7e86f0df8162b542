/**
 * A booth's brand mark painted onto a canvas: its uploaded logo on white, or (without one, or until it loads) its
 * generated monogram on its brand colour. Shared by the near name boards (LabelPool) and the far fascia logo atlas
 * (FasciaLogos), so a booth looks the same at every distance.
 */
import type { Booth } from '@pavilion/shared';
import { brandColour, monogram } from '../../lib/brand';
import { logoImage } from './logoImages';

/** The font stack for text painted into the hall's canvases (Latin and CJK). */
export const CANVAS_FONT = 'system-ui, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Shortens `text` with an ellipsis until it fits `maxWidth` pixels in the context's current font. */
export function fitText(g: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (g.measureText(text).width <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (g.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

/**
 * Paints the tile background `box` (rounded by `radius`) and the mark inside the square `mark`.
 * `urgent` asks for the logo ahead of queued ones (a near board); far tiles wait their turn.
 * Returns whether the uploaded logo was drawn (false: the monogram stands in).
 */
export function paintBrandTile(
  g: CanvasRenderingContext2D,
  booth: Pick<Booth, 'orgName' | 'region' | 'logoUrl'>,
  box: { x: number; y: number; width: number; height: number; radius: number },
  mark: { x: number; y: number; size: number },
  urgent = true,
): boolean {
  const logo = booth.logoUrl ? logoImage(booth.logoUrl, urgent) : null;
  g.fillStyle = logo ? '#ffffff' : brandColour(booth.orgName, booth.region);
  g.beginPath();
  if (box.radius > 0) g.roundRect(box.x, box.y, box.width, box.height, box.radius);
  else g.rect(box.x, box.y, box.width, box.height);
  g.fill();
  if (logo) {
    g.drawImage(logo, mark.x, mark.y, mark.size, mark.size);
    return true;
  }
  const align = g.textAlign;
  const baseline = g.textBaseline;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillStyle = '#ffffff';
  const initials = monogram(booth.orgName);
  // Two CJK characters are as wide as they are tall: they get a smaller size than two Latin capitals.
  const px = Math.round(mark.size * (/^[\u3400-\u9fff]/.test(initials) ? 0.6 : 0.74));
  g.font = `800 ${px}px ${CANVAS_FONT}`;
  g.fillText(fitText(g, initials, Math.max(mark.size, box.width - 8)), mark.x + mark.size / 2, mark.y + mark.size * 0.56);
  g.textAlign = align;
  g.textBaseline = baseline;
  return false;
}
