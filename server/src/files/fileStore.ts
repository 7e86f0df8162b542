import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FILE_TYPES, type FileKind, kindFromSignature, SIGNATURE_BYTES, TextValidator } from './contentType.js';

/** What a file is, as the store knows it. */
export interface StoredFile {
  /** SHA-256 of the bytes, lowercase hex: the file's name in the store. */
  sha256: string;
  size: number;
  kind: FileKind;
  /** The MIME type that goes with `kind`. */
  contentType: string;
}

/** What `put` accepts: the size limit (checked while the bytes stream in) and the types allowed. */
export interface PutOptions {
  maxBytes: number;
  allowed: readonly FileKind[];
}

/** A file received and checked but not yet visible under its hash: commit or discard it. */
export interface StagedFile extends StoredFile {
  /** The staged bytes as a stream (to check or transform them before deciding). */
  read(): Readable;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** Why an upload was refused. Nothing of it is left behind. */
export class FileRejected extends Error {
  constructor(
    readonly reason: 'too_big' | 'type' | 'empty',
    message: string,
    readonly limit?: number,
  ) {
    super(message);
  }
}

/**
 * A content-addressed store: files are named by the SHA-256 of their bytes, so the same document
 * uploaded twice is stored once, and a name can never be a path trick. The interface is small on
 * purpose: a store on S3-compatible object storage can stand in for the local one (docs/protocol.md).
 */
export interface FileStore {
  /** Streams `source` in, checking size and type as it goes; the file is invisible until committed. */
  stage(source: Readable, options: PutOptions): Promise<StagedFile>;
  /** `stage` then `commit`. */
  put(source: Readable, options: PutOptions): Promise<StoredFile>;
  /** The file's bytes as a stream (only `range`'s, both ends inclusive, when given), or null when the store has no such file. */
  get(sha256: string, range?: ByteRange): Promise<Readable | null>;
  stat(sha256: string): Promise<StoredFile | null>;
  exists(sha256: string): Promise<boolean>;
}

/** A slice of a file, both ends inclusive (as an HTTP `Range: bytes=start-end`). */
export interface ByteRange {
  start: number;
  end: number;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;
/** Unfinished uploads older than this belong to a process that died mid-upload. */
const STALE_INCOMING_MS = 60 * 60 * 1000;

/**
 * Files under a local directory (several nodes may share it): `<root>/ab/cd/<sha256>`. Each upload is
 * written to `<root>/.incoming/` (same file system, so the final rename is atomic) while it is hashed,
 * and renamed into place only when complete and accepted; anything refused or aborted is unlinked.
 */
export class LocalFileStore implements FileStore {
  private readonly incoming: string;

  private constructor(readonly root: string) {
    this.incoming = join(root, '.incoming');
  }

  /** Opens (creating) the store and clears uploads a crashed process left unfinished. */
  static async open(root: string): Promise<LocalFileStore> {
    const store = new LocalFileStore(root);
    await mkdir(store.incoming, { recursive: true });
    await store.sweepIncoming(STALE_INCOMING_MS);
    return store;
  }

  async stage(source: Readable, options: PutOptions): Promise<StagedFile> {
    const tmp = join(this.incoming, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    const text = new TextValidator();
    let size = 0;
    let head = Buffer.alloc(0);
    let kind: FileKind | null = null;
    // Chunks seen before the leading bytes decide the type: text validation starts only once it cannot be a signature.
    let undecided: Buffer[] | null = [];
    const allowText = options.allowed.includes('text');
    const refuseUnlessText = (chunks: Buffer[]) => {
      if (!allowText || !chunks.every((c) => text.push(c))) throw typeRefused(options.allowed);
    };

    const inspect = async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        size += chunk.length;
        if (size > options.maxBytes) {
          throw new FileRejected('too_big', `the file is larger than ${options.maxBytes} bytes`, options.maxBytes);
        }
        if (undecided) {
          head = Buffer.concat([head, chunk.subarray(0, SIGNATURE_BYTES - head.length)]);
          undecided.push(chunk);
          kind = kindFromSignature(head);
          if (kind) {
            if (!options.allowed.includes(kind)) throw typeRefused(options.allowed);
            undecided = null;
          } else if (head.length >= SIGNATURE_BYTES) {
            refuseUnlessText(undecided);
            undecided = null;
          }
        } else if (kind === null) {
          refuseUnlessText([chunk]);
        }
        hash.update(chunk);
        yield chunk;
      }
    };

    const out = createWriteStream(tmp, { flags: 'wx' });
    try {
      await pipeline(source, inspect, out);
      if (size === 0) throw new FileRejected('empty', 'the file is empty');
      if (kind === null) {
        // No signature: the whole file must have been text (a file shorter than any signature is checked here).
        if (undecided) refuseUnlessText(undecided);
        if (!text.end()) throw typeRefused(options.allowed);
        kind = 'text';
      }
    } catch (err) {
      // A refusal can come before the file is even open: wait for the stream to let go of it, or the unlink
      // runs first and the open then leaves an empty part behind.
      if (!out.closed) await new Promise<void>((done) => out.once('close', () => done()));
      await unlink(tmp).catch(() => {});
      throw err;
    }

    const sha256 = hash.digest('hex');
    const finalPath = this.pathOf(sha256);
    const file: StoredFile = { sha256, size, kind, contentType: FILE_TYPES[kind] };
    let settled = false;
    return {
      ...file,
      read: () => {
        if (settled) throw new Error('the staged file was committed or discarded');
        return createReadStream(tmp);
      },
      commit: async () => {
        if (settled) return;
        settled = true;
        try {
          await mkdir(join(finalPath, '..'), { recursive: true });
          // Same bytes, same name: replacing an existing copy changes nothing a reader can see.
          await rename(tmp, finalPath);
        } catch (err) {
          await unlink(tmp).catch(() => {});
          throw err;
        }
      },
      discard: async () => {
        if (settled) return;
        settled = true;
        await unlink(tmp).catch(() => {});
      },
    };
  }

  async put(source: Readable, options: PutOptions): Promise<StoredFile> {
    const staged = await this.stage(source, options);
    await staged.commit();
    return { sha256: staged.sha256, size: staged.size, kind: staged.kind, contentType: staged.contentType };
  }

  async get(sha256: string, range?: ByteRange): Promise<Readable | null> {
    if (!HEX_SHA256.test(sha256)) return null;
    // Opened first, so a missing file is a null answer rather than an error midway through a response.
    const handle = await open(this.pathOf(sha256), 'r').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (!handle) return null;
    return createReadStream('', { fd: handle, autoClose: true, ...range });
  }

  async stat(sha256: string): Promise<StoredFile | null> {
    if (!HEX_SHA256.test(sha256)) return null;
    const path = this.pathOf(sha256);
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    try {
      const { size } = await handle.stat();
      const head = Buffer.alloc(SIGNATURE_BYTES);
      const { bytesRead } = await handle.read(head, 0, SIGNATURE_BYTES, 0);
      // Only checked files are ever committed, so bytes without a signature passed as text.
      const kind: FileKind = kindFromSignature(head.subarray(0, bytesRead)) ?? 'text';
      return { sha256, size, kind, contentType: FILE_TYPES[kind] };
    } finally {
      await handle.close();
    }
  }

  async exists(sha256: string): Promise<boolean> {
    if (!HEX_SHA256.test(sha256)) return false;
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  /** Removes unfinished uploads older than `maxAgeMs` (younger ones may still be streaming on another node). */
  async sweepIncoming(maxAgeMs: number): Promise<number> {
    let removed = 0;
    const now = Date.now();
    for (const name of await readdir(this.incoming).catch(() => [] as string[])) {
      const path = join(this.incoming, name);
      const info = await stat(path).catch(() => null);
      if (info && now - info.mtimeMs > maxAgeMs) {
        await unlink(path).catch(() => {});
        removed++;
      }
    }
    return removed;
  }

  private pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}

function typeRefused(allowed: readonly FileKind[]): FileRejected {
  return new FileRejected('type', `the file's content is not one of: ${allowed.join(', ')}`);
}
