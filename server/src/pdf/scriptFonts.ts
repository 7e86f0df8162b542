import type { Font } from '@pdf-lib/fontkit';
import fontkit from '@pdf-lib/fontkit';
import { degrees, type PDFDocument, type PDFFont, type PDFPage, type RGB, StandardFonts } from 'pdf-lib';

/** Parsed once per font buffer, to ask which characters it has (pdf-lib draws a missing one as an empty box). */
const parsedFonts = new WeakMap<Uint8Array, Font>();

/** One stretch of text drawn with one font. */
interface Run {
  text: string;
  font: PDFFont;
}

export interface DrawOptions {
  x: number;
  y: number;
  size: number;
  color: RGB;
  opacity?: number;
  /** Counter-clockwise, in radians; runs follow each other along this direction. */
  angle?: number;
}

/**
 * Helvetica for what it can encode, a subset of a CJK TrueType font for the rest. The CJK font (Droid Sans
 * Fallback) has no Latin glyphs, so a line mixing scripts is drawn as runs. Without the CJK font, or for a character
 * neither font has, a `?` stands in.
 */
export class ScriptFonts {
  private readonly advance = new Map<string, number>();
  private readonly latinCache = new Map<string, boolean>();

  private cjk: PDFFont | null = null;
  private cjkHas: (codePoint: number) => boolean = () => false;

  private constructor(private readonly latin: PDFFont) {}

  /**
   * `cjkFont`: the bytes of a TrueType font, or null to print Latin-1 only. `text`: everything that will be drawn;
   * the CJK font is embedded only when some of it needs it (a Latin name's watermark stays as small and quick as before).
   */
  static async embed(doc: PDFDocument, cjkFont: Uint8Array | null, text: string): Promise<ScriptFonts> {
    const fonts = new ScriptFonts(await doc.embedFont(StandardFonts.Helvetica));
    if (!cjkFont || Array.from(text).every((ch) => ch === '\n' || fonts.latinCan(ch))) return fonts;
    doc.registerFontkit(fontkit);
    fonts.cjk = await doc.embedFont(cjkFont, { subset: true });
    let parsed = parsedFonts.get(cjkFont);
    if (!parsed) {
      parsed = fontkit.create(cjkFont);
      parsedFonts.set(cjkFont, parsed);
    }
    const font = parsed;
    fonts.cjkHas = (cp) => font.hasGlyphForCodePoint(cp);
    return fonts;
  }

  private latinCan(ch: string): boolean {
    let ok = this.latinCache.get(ch);
    if (ok === undefined) {
      try {
        this.latin.encodeText(ch);
        ok = true;
      } catch {
        ok = false;
      }
      this.latinCache.set(ch, ok);
    }
    return ok;
  }

  /** The text split into runs, each in a font that can draw it. */
  runs(text: string): Run[] {
    const out: Run[] = [];
    for (const raw of text) {
      let ch = raw;
      let font = this.latin;
      if (!this.latinCan(ch)) {
        if (this.cjk && this.cjkHas(ch.codePointAt(0) as number)) font = this.cjk;
        else ch = '?';
      }
      const last = out.at(-1);
      if (last && last.font === font) last.text += ch;
      else out.push({ text: ch, font });
    }
    return out;
  }

  /** The width of `text` at `size`, as it will be drawn. */
  width(text: string, size: number): number {
    let w = 0;
    for (const ch of text) {
      let a = this.advance.get(ch);
      if (a === undefined) {
        a = this.runs(ch).reduce((sum, r) => sum + r.font.widthOfTextAtSize(r.text, 1), 0);
        this.advance.set(ch, a);
      }
      w += a;
    }
    return w * size;
  }

  draw(page: PDFPage, text: string, o: DrawOptions): void {
    const angle = o.angle ?? 0;
    let { x, y } = o;
    for (const run of this.runs(text)) {
      page.drawText(run.text, {
        x,
        y,
        size: o.size,
        font: run.font,
        color: o.color,
        opacity: o.opacity,
        rotate: angle ? degrees((angle * 180) / Math.PI) : undefined,
      });
      const w = run.font.widthOfTextAtSize(run.text, o.size);
      x += Math.cos(angle) * w;
      y += Math.sin(angle) * w;
    }
  }
}
