/**
 * File types recognised from their bytes. A name or a client's Content-Type header is never believed:
 * a `.pdf` that starts with an executable header is not a PDF.
 */
export const FILE_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webm: 'video/webm',
  text: 'text/plain; charset=utf-8',
} as const;

/** A short name for a recognised type (`pdf`, `png`, …). */
export type FileKind = keyof typeof FILE_TYPES;

/** Leading bytes of each binary type. Text has no signature: it is recognised by validating all of it. */
const SIGNATURES: { kind: Exclude<FileKind, 'text'>; bytes: number[] }[] = [
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'webm', bytes: [0x1a, 0x45, 0xdf, 0xa3] }, // EBML (WebM / Matroska)
];

/** How many leading bytes the signatures need before a decision can be made. */
export const SIGNATURE_BYTES = Math.max(...SIGNATURES.map((s) => s.bytes.length));

/** The binary type whose signature starts `head`, or null (then the file can only be text). */
export function kindFromSignature(head: Uint8Array): Exclude<FileKind, 'text'> | null {
  for (const s of SIGNATURES) {
    if (head.length >= s.bytes.length && s.bytes.every((b, i) => head[i] === b)) return s.kind;
  }
  return null;
}

/**
 * Checks, chunk by chunk, that a stream is plain text: valid UTF-8 (a character split across chunks is
 * fine) with no NUL byte — executables, archives and most binaries fail on their first NUL.
 */
export class TextValidator {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private ok = true;

  push(chunk: Uint8Array): boolean {
    if (!this.ok) return false;
    if (chunk.includes(0)) {
      this.ok = false;
      return false;
    }
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.ok = false;
    }
    return this.ok;
  }

  /** Whether everything pushed was text (an unfinished multi-byte character at the end is not). */
  end(): boolean {
    if (!this.ok) return false;
    try {
      this.decoder.decode();
    } catch {
      this.ok = false;
    }
    return this.ok;
  }
}
