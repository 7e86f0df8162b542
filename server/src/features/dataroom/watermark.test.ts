import { Readable } from 'node:stream';
import { decodePDFRawStream, PDFArray, PDFDocument, type PDFPage, PDFRawStream } from 'pdf-lib';
import { NotWatermarkable, watermark } from './watermark.js';

const RECIPIENT = { name: 'Ada Buyer', email: 'ada@example.test', date: '2026-12-03', ndaVersion: '2026-12-1' };
const nameHex = Buffer.from('Ada Buyer', 'latin1').toString('hex').toUpperCase();

function pageContent(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1'))
    .join('\n');
}

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('a PNG comes back as a one-page PDF of its size, stamped with the name', async () => {
  const copy = await watermark(Readable.from([PNG]), 'png', RECIPIENT);
  expect([copy.contentType, copy.extension]).toEqual(['application/pdf', 'pdf']);
  const doc = await PDFDocument.load(copy.bytes);
  expect(doc.getPageCount()).toBe(1);
  expect(doc.getPage(0).getSize()).toEqual({ width: 1, height: 1 });
  expect(pageContent(doc.getPage(0))).toContain(nameHex);
});

test('a text document carries the recipient, email, date and NDA version above and below it', async () => {
  const copy = await watermark(Readable.from([Buffer.from('Claim 1: a cell.\n')]), 'text', RECIPIENT);
  const text = Buffer.from(copy.bytes).toString('utf8');
  const stamp = 'Provided under NDA 2026-12-1 to Ada Buyer <ada@example.test> on 2026-12-03. Do not distribute.';
  expect(text.startsWith(stamp)).toBe(true);
  expect(text.trimEnd().endsWith(stamp)).toBe(true);
  expect(text).toContain('Claim 1: a cell.');
});

test('a name the standard font cannot draw still leaves the email to identify the buyer', async () => {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  const copy = await watermark(Readable.from([Buffer.from(await doc.save())]), 'pdf', { ...RECIPIENT, name: '张伟' });
  const page = (await PDFDocument.load(copy.bytes)).getPage(0);
  expect(pageContent(page)).toContain(Buffer.from('ada@example.test', 'latin1').toString('hex').toUpperCase());
});

test('a PDF that cannot be read is not handed out', async () => {
  await expect(watermark(Readable.from([Buffer.from('%PDF-1.7\nnot really a pdf')]), 'pdf', RECIPIENT)).rejects.toBeInstanceOf(
    NotWatermarkable,
  );
});
