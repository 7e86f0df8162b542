import { createHash } from 'node:crypto';
import { gzipSync, constants as zlib } from 'node:zlib';
import type { Request, Response } from 'express';

/** Below this a body goes out as it is (as the compression middleware's own threshold). */
const GZIP_THRESHOLD = 1024;
/**
 * Level 1 with the full memory level: a 20 KB answer compresses in about a tenth of a millisecond, a few per cent
 * larger than the default level's, which costs several times that.
 */
const GZIP_OPTIONS = { level: 1, memLevel: zlib.Z_BEST_COMPRESSION };

/**
 * A JSON answer serialized once, with its weak ETag (the same form Express computes: length and SHA-1) and, once a
 * client asked for it, its gzip form: a cache of these answers a repeated read with a copy of bytes, and a
 * revalidation with 304.
 */
export class PreparedJson {
  readonly body: Buffer;
  readonly etag: string;
  private gzipped: Buffer | undefined;

  constructor(json: string) {
    this.body = Buffer.from(json);
    this.etag = `W/"${this.body.length.toString(16)}-${createHash('sha1').update(this.body).digest('base64').slice(0, 27)}"`;
  }

  /** Whether this is the answer of that JSON text (a reload that changed nothing keeps the answer it had). */
  sameJson(json: string): boolean {
    return Buffer.byteLength(json) === this.body.length && this.body.equals(Buffer.from(json));
  }

  /** Answers 200 with the body (gzipped when the client accepts it), or 304 when the client's copy is current. */
  send(req: Request, res: Response): void {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('ETag', this.etag);
    // The body depends on Accept-Encoding whether or not this one was compressed.
    res.setHeader('Vary', 'Accept-Encoding');
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    let body = this.body;
    if (body.length >= GZIP_THRESHOLD && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      this.gzipped ??= gzipSync(body, GZIP_OPTIONS);
      body = this.gzipped;
      // Already encoded: the compression middleware (on the routes that have it) leaves it as it is.
      res.setHeader('Content-Encoding', 'gzip');
    }
    res.send(body);
  }
}
