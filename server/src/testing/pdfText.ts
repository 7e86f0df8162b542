import { decodePDFRawStream, PDFArray, PDFDict, type PDFDocument, PDFName, type PDFPage, PDFRawStream, PDFRef } from 'pdf-lib';

function streamText(stream: unknown): string {
  return stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : '';
}

/** WinAnsi's codes 0x80–0x9F (Node's TextDecoder reads `windows-1252` as Latin-1); the others are Latin-1. */
const WIN_ANSI_80_9F = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';
const winAnsi = (bytes: Buffer) =>
  Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_80_9F[b - 0x80] : String.fromCharCode(b))).join('');

/** A font's codes → text: its ToUnicode CMap (`bfchar` entries, as pdf-lib writes them), or WinAnsi for a standard font. */
function decoderOf(doc: PDFDocument, font: PDFDict): (hex: string) => string {
  const toUnicode = font.get(PDFName.of('ToUnicode'));
  if (!(toUnicode instanceof PDFRef)) return (hex) => winAnsi(Buffer.from(hex, 'hex'));
  const map = new Map<string, string>();
  for (const block of streamText(doc.context.lookup(toUnicode)).matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, uni] of (block[1] as string).matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(
        (code as string).toUpperCase(),
        Buffer.from(uni as string, 'hex')
          .swap16()
          .toString('utf16le'),
      );
    }
  }
  return (hex) => (hex.toUpperCase().match(/.{4}/g) ?? []).map((c) => map.get(c) ?? '\uFFFD').join('');
}

/**
 * The text drawn on a page, decoded through each font the way a viewer's copy-and-paste would, one drawing
 * operation after another (runs in different fonts join up). Reads the hex strings pdf-lib writes.
 */
export function pageText(page: PDFPage): string {
  const doc = page.doc;
  const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  let decode: (hex: string) => string = () => '';
  let out = '';
  for (const op of streams
    .map(streamText)
    .join('\n')
    .matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g)) {
    if (op[1]) {
      const font = fonts?.lookupMaybe(PDFName.of(op[1]), PDFDict);
      decode = font ? decoderOf(doc, font) : () => '';
    } else out += decode(op[2] as string);
  }
  return out;
}
