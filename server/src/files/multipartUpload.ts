import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { type AppError, fail } from '../errors/appError.js';
import type { FileKind } from './contentType.js';
import { FileRejected, type FileStore, type PutOptions, type StagedFile } from './fileStore.js';

/** A received multipart form: its text fields and its one file, staged (commit or discard it). */
export interface ReceivedUpload {
  fields: Record<string, string>;
  file: StagedFile;
}

/** What a form may carry beside its file. */
export interface UploadLimits extends PutOptions {
  /** Names of the text fields accepted. */
  fieldNames: readonly string[];
  /** The longest text field, in bytes. */
  maxFieldBytes: number;
}

/** Bytes a multipart body carries beyond the file itself (boundaries, part headers, the text fields). */
const FORM_OVERHEAD = 64 * 1024;
/** After a refusal the rest of the body is read and dropped, up to this much; then the connection is cut. */
const MAX_DRAIN_BYTES = 32 * 1024 * 1024;

/** How the refusal texts name each type (the same in every language). */
const KIND_NAMES: Readonly<Record<FileKind, string>> = { pdf: 'PDF', png: 'PNG', jpeg: 'JPEG', webm: 'WebM', text: 'TXT' };

/** A size limit as the refusal's parameters: bytes, and megabytes for the text. */
const sizeLimit = (maxBytes: number) => ({ maximum: maxBytes, megabytes: Math.round((10 * maxBytes) / (1024 * 1024)) / 10 });

/** INVALID_INPUT naming `file`, with the reason a client shows (and its parameters). */
export const fileIssue = (reason: string, message: string, params: Record<string, unknown> = {}) =>
  fail.invalid(`file: ${message}`, [{ path: 'file', code: 'custom', params: { reason, ...params } }]);

/** A client-side file name that is a path, a parent reference or carries control characters. */
function isPathTrick(name: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  return /[/\\]|^\.\.?$|[\u0000-\u001f\u007f]/.test(name) || name.includes('..') || Buffer.byteLength(name) > 255;
}

/** The store's refusal as the client sees it: INVALID_INPUT naming `file`. */
function refusalOf(err: unknown, limits: UploadLimits): unknown {
  if (!(err instanceof FileRejected)) return err;
  if (err.reason === 'too_big') return fileIssue('fileTooLarge', err.message, sizeLimit(limits.maxBytes));
  if (err.reason === 'empty') return fileIssue('fileMissing', err.message);
  return fileIssue('fileType', err.message, { allowed: limits.allowed.map((k) => KIND_NAMES[k]).join(', ') });
}

/**
 * Streams a `multipart/form-data` request into the file store (never buffered whole): exactly one part named
 * `file`, text fields from `fieldNames`. The file is checked as it streams (size, type from its bytes); the
 * answer comes once the whole body is read. On any refusal, or when the client goes away, the staged bytes are
 * removed and the rest of the body is drained, so the client reads the error instead of a reset.
 */
export function receiveUpload(req: IncomingMessage, files: FileStore, limits: UploadLimits): Promise<ReceivedUpload> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes + FORM_OVERHEAD) {
    return Promise.reject(
      drainThen(req, fileIssue('fileTooLarge', `the file is larger than ${limits.maxBytes} bytes`, sizeLimit(limits.maxBytes))),
    );
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // Names are checked, not silently cut down to their last segment.
      preservePath: true,
      limits: {
        files: 1,
        fields: limits.fieldNames.length,
        // busboy signals this limit as the part that reaches it arrives: one past the fields and the file.
        parts: limits.fieldNames.length + 2,
        fieldSize: limits.maxFieldBytes,
        // One byte past the store's limit, so the store sees the excess and refuses.
        fileSize: limits.maxBytes + 1,
      },
    });
  } catch {
    return Promise.reject(
      drainThen(
        req,
        fail.invalid('body: must be multipart/form-data', [{ path: 'body', code: 'invalid_format', params: { format: 'multipart' } }]),
      ),
    );
  }

  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let fileStream: Readable | null = null;
    let staging: Promise<StagedFile> | null = null;
    let settled = false;

    const refuse = (err: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      fileStream?.destroy();
      // Whatever was staged (or is still streaming in) goes.
      staging?.then((f) => f.discard()).catch(() => {});
      reject(drainThen(req, refusalOf(err, limits)));
    };

    parser.on('file', (name, stream, info) => {
      if (settled) {
        stream.resume();
        return;
      }
      if (name !== 'file' || fileStream) {
        stream.resume();
        refuse(fail.invalid(`${name}: only one file, named "file", is accepted`, [{ path: name, code: 'unrecognized_keys' }]));
        return;
      }
      fileStream = stream;
      if (isPathTrick(info.filename ?? '')) {
        stream.resume();
        refuse(fileIssue('fileName', 'the file name must be a plain name, not a path'));
        return;
      }
      staging = files.stage(stream, limits);
      staging.catch(refuse);
    });
    parser.on('field', (name, value, info) => {
      if (!limits.fieldNames.includes(name)) {
        refuse(fail.invalid(`${name}: is not a field of this form`, [{ path: `body.${name}`, code: 'unrecognized_keys' }]));
      } else if (info.valueTruncated) {
        refuse(
          fail.invalid(`${name}: is too long`, [
            { path: `body.${name}`, code: 'too_big', params: { origin: 'string', maximum: limits.maxFieldBytes } },
          ]),
        );
      } else {
        fields[name] = value;
      }
    });
    for (const event of ['partsLimit', 'filesLimit', 'fieldsLimit'] as const) {
      parser.on(event, () =>
        refuse(fail.invalid('body: too many parts', [{ path: 'body', code: 'too_big', params: { origin: 'other' } }])),
      );
    }
    parser.on('error', (err) => refuse(fail.invalid(`body: ${(err as Error).message}`, [{ path: 'body', code: 'custom' }])));
    parser.on('close', () => {
      if (settled) return;
      if (!staging) {
        refuse(fileIssue('fileMissing', 'the form has no file'));
        return;
      }
      staging.then((file) => {
        if (settled) {
          file.discard().catch(() => {});
          return;
        }
        settled = true;
        resolve({ fields, file });
      }, refuse);
    });
    // A client that goes away mid-upload: its half file is dropped.
    req.on('close', () => {
      if (!req.complete) refuse(new Error('the upload was aborted'));
    });
    req.pipe(parser);
  });
}

/** Reads the rest of a refused request's body and drops it (bounded), then hands back the error to answer with. */
function drainThen(req: IncomingMessage, err: unknown): AppError | unknown {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > MAX_DRAIN_BYTES) req.socket.destroy();
  });
  req.resume();
  return err;
}
