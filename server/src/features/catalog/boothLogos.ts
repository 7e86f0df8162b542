import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Booth, type BoothLogoUploaded, MAX_LOGO_BYTES } from '@pavilion/shared';
import type { Request, Response, Router } from 'express';
import sharp from 'sharp';
import { fail } from '../../errors/appError.js';
import type { FileStore } from '../../files/fileStore.js';
import { fileIssue, receiveUpload } from '../../files/multipartUpload.js';
import type { HotReads } from '../../http/hotReads.js';
import { requireUser } from '../../http/requestAuth.js';
import { parseId } from '../../http/validate.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import type { RateLimit } from '../../redis/rateLimiter.js';
import type { Principal } from '../auth/authService.js';
import type { CatalogService } from './catalogService.js';

const setBoothLogoScript = LuaScript.fromFile('./setBoothLogo.lua', import.meta.url);

/** Edge of the square PNG every logo becomes: sharp on a name board, small in a texture. */
export const LOGO_SIZE = 256;
/** Pixels an upload may decode to: a small file that inflates to a huge image (a "pixel flood") is refused. */
const MAX_LOGO_PIXELS = 25_000_000;

// One libvips thread: a logo is small, and the event loop's core should not have to share with a resize.
sharp.concurrency(1);

/**
 * The upload as a {@link LOGO_SIZE}-pixel square PNG: fitted inside on a transparent ground, turned upright by its
 * EXIF orientation, every metadata block (EXIF with its GPS position, ICC, XMP) dropped. Refused when it does not
 * decode cleanly.
 */
async function squarePng(source: Readable): Promise<Buffer> {
  const resize = sharp({ failOn: 'error', limitInputPixels: MAX_LOGO_PIXELS })
    .rotate()
    .resize(LOGO_SIZE, LOGO_SIZE, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9, adaptiveFiltering: true });
  const chunks: Buffer[] = [];
  try {
    await pipeline(source, resize, async (out: AsyncIterable<Buffer>) => {
      for await (const chunk of out) chunks.push(chunk);
    });
  } catch (err) {
    throw fileIssue('imageUnreadable', `the image cannot be decoded (${(err as Error).message})`);
  }
  return Buffer.concat(chunks);
}

/**
 * Booth logos: staff upload a PNG or JPEG, which is checked (type by its bytes, size while it streams, then decoded)
 * and stored as a square PNG in the file store; Redis holds its hash on the booth. Anyone may read a booth's logo.
 */
export class BoothLogos {
  constructor(
    private readonly redis: Redis,
    private readonly files: FileStore,
    private readonly catalog: CatalogService,
    private readonly uploads: RateLimit,
  ) {}

  /** Replaces the booth's logo with the uploaded image (booth staff only; refused before a byte is read otherwise). */
  async upload(user: Principal, boothId: string, req: IncomingMessage): Promise<Booth> {
    await this.requireStaff(user, boothId);
    await this.uploads.consume(user.id);
    const { file } = await receiveUpload(req, this.files, {
      maxBytes: MAX_LOGO_BYTES,
      allowed: ['png', 'jpeg'],
      fieldNames: [],
      maxFieldBytes: 0,
    });
    let png: Buffer;
    try {
      png = await squarePng(file.read());
    } finally {
      // Only the resized copy is kept: the original (and whatever metadata it carried) never enters the store.
      await file.discard();
    }
    const stored = await this.files.put(Readable.from([png]), { maxBytes: png.length, allowed: ['png'] });
    await setBoothLogoScript.run(this.redis, [keys.booth(boothId)], [user.orgId ?? '', user.role, stored.sha256]);
    return this.changed(boothId);
  }

  /** Takes the logo off (booth staff, or an organizer moderating); the booth shows its monogram again. */
  async remove(user: Principal, boothId: string): Promise<Booth> {
    await setBoothLogoScript.run(this.redis, [keys.booth(boothId)], [user.orgId ?? '', user.role, '']);
    return this.changed(boothId);
  }

  /** The logo's hash, or NOT_FOUND when the booth has none. */
  async current(boothId: string): Promise<string> {
    const sha256 = await this.redis.hGet(keys.booth(boothId), 'logo');
    if (!sha256) throw fail.notFound('logo');
    return sha256;
  }

  /** Answers `GET /api/booths/:id/logo`: the PNG, for good when `?v=` names the current one, else revalidated each time. */
  async send(req: Request, res: Response, boothId: string): Promise<void> {
    const sha256 = await this.current(boothId);
    const etag = `"${sha256}"`;
    const versioned = req.query.v === sha256.slice(0, 16);
    res.setHeader('Cache-Control', versioned ? 'public, max-age=31536000, immutable' : 'public, no-cache');
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      res.status(304).end();
      return;
    }
    const body = await this.files.get(sha256);
    if (!body) throw fail.notFound('logo');
    res.setHeader('Content-Type', 'image/png');
    // An image, never a document of this origin.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('X-Content-Type-Options', 'nosniff');
    body.on('error', (err) => res.destroy(err));
    body.pipe(res);
  }

  private async requireStaff(user: Principal, boothId: string): Promise<void> {
    const orgId = await this.redis.hGet(keys.booth(boothId), 'orgId');
    if (orgId === null) throw fail.notFound('booth');
    if (!user.orgId || orgId !== user.orgId)
      throw fail.forbidden("only staff of this booth's organization may change its logo", 'notStaff');
  }

  private async changed(boothId: string): Promise<Booth> {
    const [booth] = await this.catalog.booths([boothId]);
    if (!booth) throw fail.notFound('booth');
    this.catalog.invalidateHall(booth.hallId);
    return booth;
  }
}

/** `POST`/`DELETE /api/booths/:id/logo` (signed in) and the public, cacheable `GET` (a hot read: every visitor's hall loads them). */
export function registerBoothLogoRoutes(router: Router, hot: HotReads, logos: BoothLogos): void {
  router.post('/booths/:id/logo', async (req, res) => {
    const booth = await logos.upload(requireUser(req), parseId(req.params.id), req);
    res.status(201).json({ booth } satisfies BoothLogoUploaded);
  });
  router.delete('/booths/:id/logo', async (req, res) => {
    res.json({ booth: await logos.remove(requireUser(req), parseId(req.params.id)) } satisfies BoothLogoUploaded);
  });
  hot.get('/booths/:id/logo', async (req, res) => {
    await logos.send(req, res, parseId(req.params.id));
  });
}
