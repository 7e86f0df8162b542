import type { Contract, LedgerDeal } from '@pavilion/shared';
import { PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import { ScriptFonts } from '../../pdf/scriptFonts.js';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const BODY = 10;
const LEADING = 15;

/** Writes lines top to bottom, starting a new page when one is full. */
class Writer {
  private page: PDFPage;
  private y = A4.height - MARGIN;

  private width(text: string, size: number): number {
    return this.fonts.width(text, size);
  }

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: ScriptFonts,
  ) {
    this.page = doc.addPage([A4.width, A4.height]);
  }

  /** Breaks `text` into lines that fit the page: at spaces (a token wider than a line, such as a hash, is cut). */
  private lines(text: string, size: number): string[] {
    const width = A4.width - 2 * MARGIN;
    const out: string[] = [];
    for (const paragraph of text.split('\n')) {
      const tokens = paragraph.match(
        /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/g,
      ) ?? [''];
      let line = '';
      for (const token of tokens) {
        const next = line + token;
        if (line !== '' && this.width(next.trimEnd(), size) > width) {
          out.push(line.trimEnd());
          line = token.trimStart();
          // A single token wider than the line (a hash): cut it where it overflows.
          while (this.width(line, size) > width) {
            let cut = line.length - 1;
            while (cut > 1 && this.width(line.slice(0, cut), size) > width) cut -= 1;
            out.push(line.slice(0, cut));
            line = line.slice(cut);
          }
        } else line = next;
      }
      out.push(line.trimEnd());
    }
    return out;
  }

  text(text: string, size = BODY, gapAfter = 6, color = rgb(0, 0, 0)): void {
    for (const line of this.lines(text, size)) {
      if (this.y - size < MARGIN) {
        this.page = this.doc.addPage([A4.width, A4.height]);
        this.y = A4.height - MARGIN;
      }
      this.fonts.draw(this.page, line, { x: MARGIN, y: this.y - size, size, color });
      this.y -= Math.max(LEADING, size * 1.4);
    }
    this.y -= gapAfter;
  }
}

const ZH_HEADING = '中文文本 / Chinese version (equally authentic)';

/**
 * The printable contract: both versions (English, then Chinese), the SHA-256 they share, both signatures (names in
 * whatever script they were typed) and the deal's stages, with page numbers. The PDF's subject is the hash.
 * `cjkFont`: the bytes of a TrueType CJK font; without it every character Helvetica lacks prints as `?`.
 */
export async function contractPdf(deal: LedgerDeal, contract: Contract, cjkFont: Uint8Array | null): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await ScriptFonts.embed(
    doc,
    cjkFont,
    [
      ZH_HEADING,
      contract.text.en,
      contract.text.zh,
      ...contract.signatures.map((s) => s.name),
      ...deal.stages.map((s) => s.reference ?? ''),
    ].join(''),
  );
  doc.setTitle(`Pavilion contract ${deal.id}`);
  doc.setSubject(contract.sha256);
  doc.setProducer('Pavilion');
  doc.setCreationDate(new Date(contract.issuedAt));
  const w = new Writer(doc, fonts);
  const grey = rgb(0.35, 0.35, 0.35);

  w.text(contract.text.en, BODY, 18);
  w.text(ZH_HEADING, 12, 8, grey);
  w.text(contract.text.zh, BODY, 18);

  w.text('SHA-256 of both versions (UTF-8 of the English text, two line feeds, the Chinese text):', BODY, 2, grey);
  w.text(contract.sha256, BODY, 14);
  w.text('Signatures', 12, 4);
  for (const side of ['seller', 'buyer'] as const) {
    const s = contract.signatures.find((x) => x.side === side);
    const label = side === 'seller' ? 'Seller' : 'Buyer';
    w.text(
      s ? `${label}: ${s.name} - signed ${new Date(s.at).toISOString()} over the digest above (account ${s.by})` : `${label}: not signed`,
      BODY,
      4,
    );
  }
  w.text('Stages', 12, 4);
  for (const s of deal.stages) {
    w.text(`${new Date(s.at).toISOString()}  ${s.stage}${s.reference ? ` - ${s.reference}` : ''}`, BODY, 2);
  }
  const pages = doc.getPages();
  for (const [i, page] of pages.entries()) {
    fonts.draw(page, `Pavilion deal ${deal.id} - page ${i + 1} of ${pages.length}`, { x: MARGIN, y: MARGIN / 2, size: 8, color: grey });
  }
  return doc.save();
}
