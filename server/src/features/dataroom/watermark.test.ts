import { Readable } from 'node:stream';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import pino from 'pino';
import { DEFAULT_CJK_FONT } from '../../config.js';
import { PdfRenderer } from '../../pdf/pdfRenderer.js';
import { pageText } from '../../testing/pdfText.js';
import { NotWatermarkable, watermark } from './watermark.js';

const pdf = new PdfRenderer({ cjkFontPath: DEFAULT_CJK_FONT, logger: pino({ level: 'silent' }) });
afterAll(() => pdf.close());

const RECIPIENT = { name: 'Ada Buyer', email: 'ada@example.test', date: '2026-12-03', ndaVersion: '2026-12-1' };
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('a PNG comes back as a one-page PDF of its size, stamped with the name', async () => {
  const copy = await watermark(Readable.from([PNG]), 'png', RECIPIENT, pdf);
  expect([copy.contentType, copy.extension]).toEqual(['application/pdf', 'pdf']);
  const doc = await PDFDocument.load(copy.bytes);
  expect(doc.getPageCount()).toBe(1);
  expect(doc.getPage(0).getSize()).toEqual({ width: 1, height: 1 });
  expect(pageText(doc.getPage(0))).toContain('CONFIDENTIAL - Ada Buyer - 2026-12-03');
  // A Latin name needs no CJK font: nothing but the standard Helvetica is in the copy.
  const fonts = doc.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('Font'));
  expect(fonts.map((f) => f.get(PDFName.of('BaseFont'))?.toString())).toEqual(['/Helvetica']);
});

test('a text document carries the recipient, email, date and NDA version above and below it', async () => {
  const copy = await watermark(Readable.from([Buffer.from('Claim 1: a cell.\n')]), 'text', RECIPIENT, pdf);
  const text = Buffer.from(copy.bytes).toString('utf8');
  const stamp = 'Provided under NDA 2026-12-1 to Ada Buyer <ada@example.test> on 2026-12-03. Do not distribute.';
  expect(text.startsWith(stamp)).toBe(true);
  expect(text.trimEnd().endsWith(stamp)).toBe(true);
  expect(text).toContain('Claim 1: a cell.');
});

async function blankPdf(): Promise<Readable> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  return Readable.from([Buffer.from(await doc.save())]);
}

test('a Chinese name is stamped in Chinese across the page and in the footer, not as ?', async () => {
  const copy = await watermark(await blankPdf(), 'pdf', { ...RECIPIENT, name: '王小明' }, pdf);
  const text = pageText((await PDFDocument.load(copy.bytes)).getPage(0));
  expect(text).toContain('CONFIDENTIAL - 王小明 - 2026-12-03');
  expect(text).toContain('to 王小明 <ada@example.test> on 2026-12-03');
  expect(text).not.toContain('?');
});

test('without the CJK font a Chinese name prints as ?, the email still identifies the buyer, and one warning is logged', async () => {
  const warnings: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });
  const latinOnly = new PdfRenderer({ cjkFontPath: '/nonexistent/cjk.ttf', logger });
  try {
    for (const name of ['张伟', '王小明']) {
      const copy = await watermark(await blankPdf(), 'pdf', { ...RECIPIENT, name }, latinOnly);
      const text = pageText((await PDFDocument.load(copy.bytes)).getPage(0));
      expect(text).toContain(`CONFIDENTIAL - ${'?'.repeat(name.length)} - 2026-12-03`);
      expect(text).toContain('<ada@example.test>');
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('/nonexistent/cjk.ttf');
  } finally {
    await latinOnly.close();
  }
});

test('a PDF that cannot be read is not handed out', async () => {
  await expect(watermark(Readable.from([Buffer.from('%PDF-1.7\nnot really a pdf')]), 'pdf', RECIPIENT, pdf)).rejects.toBeInstanceOf(
    NotWatermarkable,
  );
});
