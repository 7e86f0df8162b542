import type { Readable } from 'node:stream';
import { PDFDocument, type PDFPage, rgb } from 'pdf-lib';
import { PdfJobFailed, type PdfRenderer } from '../../pdf/pdfRenderer.js';
import { ScriptFonts } from '../../pdf/scriptFonts.js';

/** Who a copy is handed to, and when: what every watermarked copy carries. */
export interface Recipient {
  name: string;
  email: string;
  /** YYYY-MM-DD (UTC), from Redis time. */
  date: string;
  ndaVersion: string;
}

/** A copy made for one recipient. */
export interface WatermarkedCopy {
  bytes: Uint8Array;
  contentType: string;
  /** The extension the copy's file name takes (an image comes back as a PDF). */
  extension: string;
}

/** The bytes of a stored file, read as they stream from the store (a document is at most 20 MB). */
async function readAll(source: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function stampLines(r: Recipient): { main: string; footer: string } {
  return {
    main: `CONFIDENTIAL - ${r.name} - ${r.date}`,
    footer: `Provided under NDA ${r.ndaVersion} to ${r.name} <${r.email}> on ${r.date}. Do not distribute.`,
  };
}

/** Stamps a page: the recipient's name and the date diagonally across it, and a footer line. */
function stampPage(page: PDFPage, fonts: ScriptFonts, r: Recipient): void {
  const { width, height } = page.getSize();
  const { main, footer } = stampLines(r);
  const diagonal = Math.hypot(width, height);
  const size = Math.max(10, Math.min(48, (diagonal * 0.8) / Math.max(1, fonts.width(main, 1))));
  const angle = Math.atan2(height, width);
  const textWidth = fonts.width(main, size);
  fonts.draw(page, main, {
    x: width / 2 - (Math.cos(angle) * textWidth) / 2 + (Math.sin(angle) * size) / 3,
    y: height / 2 - (Math.sin(angle) * textWidth) / 2 - (Math.cos(angle) * size) / 3,
    size,
    color: rgb(0.75, 0.1, 0.1),
    opacity: 0.25,
    angle,
  });
  const footerSize = Math.max(5, Math.min(8, (width * 0.9) / Math.max(1, fonts.width(footer, 1))));
  fonts.draw(page, footer, { x: 12, y: 10, size: footerSize, color: rgb(0.4, 0.1, 0.1), opacity: 0.8 });
}

/** Thrown when a file cannot be stamped (an encrypted or damaged PDF, say). */
export class NotWatermarkable extends Error {
  override name = 'NotWatermarkable';
}

/**
 * A PDF or image stamped for one recipient (run on the PDF worker: see PdfRenderer). PDF: every page stamped.
 * PNG / JPEG: the image on a page of its own size in a PDF, stamped (a bare image cannot carry a stamp that is not
 * trivially cropped). `cjkFont`: a TrueType CJK font for names Helvetica cannot draw (null: they print as `?`).
 */
export async function stampPdf(original: Uint8Array, kind: string, r: Recipient, cjkFont: Uint8Array | null): Promise<Uint8Array> {
  try {
    let doc: PDFDocument;
    if (kind === 'pdf') {
      doc = await PDFDocument.load(original, { updateMetadata: false });
    } else if (kind === 'png' || kind === 'jpeg') {
      doc = await PDFDocument.create();
      const image = kind === 'png' ? await doc.embedPng(original) : await doc.embedJpg(original);
      const page = doc.addPage([image.width, image.height]);
      page.drawImage(image, { x: 0, y: 0, width: image.width, height: image.height });
    } else {
      throw new NotWatermarkable(`no watermark for ${kind}`);
    }
    const { main, footer } = stampLines(r);
    const fonts = await ScriptFonts.embed(doc, cjkFont, main + footer);
    for (const page of doc.getPages()) stampPage(page, fonts, r);
    return await doc.save();
  } catch (err) {
    if (err instanceof NotWatermarkable) throw err;
    throw new NotWatermarkable(err instanceof Error ? err.message : String(err));
  }
}

/**
 * A copy of a stored document for one recipient: a PDF or an image comes back as a stamped PDF (made off the event
 * loop by `pdf`); text gets a header and a footer line naming the recipient.
 */
export async function watermark(source: Readable, kind: string, r: Recipient, pdf: PdfRenderer): Promise<WatermarkedCopy> {
  const original = await readAll(source);
  if (kind === 'text') {
    const { footer } = stampLines(r);
    const rule = '-'.repeat(Math.min(78, footer.length));
    const text = `${footer}\n${rule}\n${original.toString('utf8')}\n${rule}\n${footer}\n`;
    return { bytes: Buffer.from(text, 'utf8'), contentType: 'text/plain; charset=utf-8', extension: 'txt' };
  }
  if (kind !== 'pdf' && kind !== 'png' && kind !== 'jpeg') throw new NotWatermarkable(`no watermark for ${kind}`);
  try {
    return { bytes: await pdf.stamp(original, kind, r), contentType: 'application/pdf', extension: 'pdf' };
  } catch (err) {
    throw err instanceof PdfJobFailed && err.kind === 'NotWatermarkable' ? new NotWatermarkable(err.message) : err;
  }
}
