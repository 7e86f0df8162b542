import type { Contract, LedgerDeal } from '@pavilion/shared';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const BODY = 10;
const LEADING = 15;

/** Writes lines top to bottom, starting a new page when one is full. */
class Writer {
  private page: PDFPage;
  private y = A4.height - MARGIN;
  /** Advance widths at size 1 by character, so each candidate break is not measured from the start of the line. */
  private readonly advance = new Map<string, number>();

  private width(text: string, size: number): number {
    let w = 0;
    for (const ch of text) {
      let a = this.advance.get(ch);
      if (a === undefined) {
        a = this.font.widthOfTextAtSize(ch, 1);
        this.advance.set(ch, a);
      }
      w += a;
    }
    return w * size;
  }

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
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
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font: this.font, color });
      this.y -= Math.max(LEADING, size * 1.4);
    }
    this.y -= gapAfter;
  }
}

/**
 * Characters the standard PDF font cannot draw become `?`. The PDF prints the English version with a standard font:
 * embedding a subset of a CJK font (Noto Sans CJK) took 3–27 s of CPU per contract on this machine, which would stall
 * the node's event loop and drop its sockets; the Chinese version stays on the deal page, and the printed digest
 * covers both versions.
 */
const winAnsi = (s: string) => s.replace(/[^\x20-\x7E\xA0-\xFF\n\u2018\u2019\u201C\u201D\u2013\u2014\u2026]/g, '?');

/** The printable contract: the English version, the SHA-256 both versions share, both signatures and the deal's stages, with page numbers. The PDF's subject is the hash. */
export async function contractPdf(deal: LedgerDeal, contract: Contract): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const plain = winAnsi;
  doc.setTitle(`Pavilion contract ${deal.id}`);
  doc.setSubject(contract.sha256);
  doc.setProducer('Pavilion');
  doc.setCreationDate(new Date(contract.issuedAt));
  const w = new Writer(doc, font);
  const grey = rgb(0.35, 0.35, 0.35);

  w.text(plain(contract.text.en), BODY, 18);
  w.text(
    'The Chinese version of this contract is equally authentic. It is shown on the deal page in Pavilion, and the digest below covers both versions.',
    BODY,
    18,
    grey,
  );

  w.text('SHA-256 of both versions (UTF-8 of the English text, two line feeds, the Chinese text):', BODY, 2, grey);
  w.text(contract.sha256, BODY, 14);
  w.text('Signatures', 12, 4);
  for (const side of ['seller', 'buyer'] as const) {
    const s = contract.signatures.find((x) => x.side === side);
    const label = side === 'seller' ? 'Seller' : 'Buyer';
    w.text(
      s
        ? plain(`${label}: ${s.name} - signed ${new Date(s.at).toISOString()} over the digest above (account ${s.by})`)
        : `${label}: not signed`,
      BODY,
      4,
    );
  }
  w.text('Stages', 12, 4);
  for (const s of deal.stages) {
    w.text(plain(`${new Date(s.at).toISOString()}  ${s.stage}${s.reference ? ` - ${s.reference}` : ''}`), BODY, 2);
  }
  const pages = doc.getPages();
  for (const [i, page] of pages.entries()) {
    page.drawText(`Pavilion deal ${deal.id} - page ${i + 1} of ${pages.length}`, { x: MARGIN, y: MARGIN / 2, size: 8, font, color: grey });
  }
  return doc.save();
}
