import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import {
  type AccessLogAnswer,
  type AccessLogEntry,
  type AccessLogType,
  DOCUMENT_KINDS,
  DocumentFields,
  type DocumentsAnswer,
  type ExhibitDocument,
  MAX_ACCESS_LOG_ENTRIES,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_TITLE,
  MAX_DOCUMENTS_PER_EXHIBIT,
  NDA,
  type NdaAcceptBody,
  type NdaAccepted,
} from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import type { FileStore } from '../../files/fileStore.js';
import { receiveUpload } from '../../files/multipartUpload.js';
import { parseInput } from '../../http/validate.js';
import { newId } from '../../ids.js';
import type { PdfRenderer } from '../../pdf/pdfRenderer.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import type { RateLimit } from '../../redis/rateLimiter.js';
import type { Principal } from '../auth/authService.js';
import { ACCESS_GENESIS, type AccessEntryBody, accessHash, verifyAccessChain } from './accessChain.js';
import { NotWatermarkable, watermark } from './watermark.js';

const addDocumentScript = LuaScript.fromFile('./addDocument.lua', import.meta.url);
const appendAccessScript = LuaScript.fromFile('./appendAccess.lua', import.meta.url);

/** Attempts at appending to a busy access log before giving up. */
const MAX_APPEND_ATTEMPTS = 20;

/** A document's bytes as they go out: the original, or a copy stamped for the caller. */
export interface DocumentBody {
  document: ExhibitDocument;
  /** The original as a stream (public documents, staff), or a stamped copy (NDA documents for a buyer). */
  body: Readable | Uint8Array;
  contentType: string;
  fileName: string;
  /** Stamped for one person: never cached. */
  personal: boolean;
}

/** Work that costs the node: each user's uploads, and stamped copies (a PDF is loaded whole to stamp it). */
export interface DataRoomLimits {
  uploads: RateLimit;
  stampedCopies: RateLimit;
}

interface StoredDocument extends ExhibitDocument {
  orgId: string;
}

/** Documents on exhibits, the NDA in front of the confidential ones, and the hash-chained access log. */
export class DataRoomService {
  constructor(
    private readonly redis: Redis,
    private readonly files: FileStore,
    private readonly pdf: PdfRenderer,
    private readonly limits: DataRoomLimits,
  ) {}

  /** Streams a multipart upload into the store and records it; booth staff of the exhibit only. */
  async upload(user: Principal, exhibitId: string, req: IncomingMessage): Promise<ExhibitDocument> {
    // Refused before a byte of the file is read.
    await this.requireStaff(user, exhibitId);
    await this.limits.uploads.consume(user.id);
    const { fields, file } = await receiveUpload(req, this.files, {
      maxBytes: MAX_DOCUMENT_BYTES,
      allowed: DOCUMENT_KINDS,
      fieldNames: ['title', 'nda'],
      maxFieldBytes: MAX_DOCUMENT_TITLE * 4,
    });
    try {
      const { title, nda } = parseInput(DocumentFields, fields, 'body');
      const id = newId('doc');
      await addDocumentScript.run(
        this.redis,
        [keys.exhibit(exhibitId), keys.exhibitDocuments(exhibitId), keys.document(id)],
        [
          user.orgId ?? '',
          id,
          exhibitId,
          title,
          file.size,
          file.sha256,
          file.contentType,
          nda ? '1' : '0',
          user.id,
          MAX_DOCUMENTS_PER_EXHIBIT,
        ],
      );
      try {
        await file.commit();
      } catch (err) {
        // The bytes did not land: the metadata must not point at nothing.
        await Promise.all([this.redis.del(keys.document(id)), this.redis.zRem(keys.exhibitDocuments(exhibitId), id)]);
        throw err;
      }
      return { id, exhibitId, title, size: file.size, sha256: file.sha256, contentType: file.contentType, nda };
    } catch (err) {
      await file.discard();
      throw err;
    }
  }

  /** An exhibit's documents (metadata), newest first, and whether the caller accepted the current NDA. */
  async list(user: Principal, exhibitId: string): Promise<DocumentsAnswer> {
    const [exists, ids, acceptance] = await Promise.all([
      this.redis.exists(keys.exhibit(exhibitId)),
      this.redis.zRange(keys.exhibitDocuments(exhibitId), 0, MAX_DOCUMENTS_PER_EXHIBIT - 1, { REV: true }),
      this.redis.hGet(keys.exhibitNda(exhibitId), user.id),
    ]);
    if (!exists) throw fail.notFound('exhibit');
    const docs = await Promise.all(ids.map((id) => this.read(id)));
    return {
      items: docs.filter((d): d is StoredDocument => d !== null).map(publicShape),
      ndaAccepted: acceptedCurrent(acceptance),
    };
  }

  /** Accepts the exhibit's NDA (the version shown must be the current one); accepting again changes nothing. */
  async acceptNda(user: Principal, exhibitId: string, body: NdaAcceptBody): Promise<NdaAccepted> {
    if (!(await this.redis.exists(keys.exhibit(exhibitId)))) throw fail.notFound('exhibit');
    if (body.version !== NDA.version) {
      throw fail.conflict(`the NDA shown (${body.version}) is not the current one (${NDA.version}); read it again`, 'staleNda');
    }
    const [, result] = await this.append(exhibitId, 'accept', user.id, undefined, (at) =>
      JSON.stringify({ version: NDA.version, acceptedAt: at }),
    );
    return { nda: JSON.parse(result) as NdaAccepted['nda'] };
  }

  /** A document's bytes for the caller: NDA documents only after the NDA (staff always); each read is logged. */
  async open(user: Principal, documentId: string, mode: 'view' | 'download'): Promise<DocumentBody> {
    const doc = await this.read(documentId);
    if (!doc) throw fail.notFound('document');
    const staff = user.orgId !== null && user.orgId === doc.orgId;
    if (doc.nda && !staff && !acceptedCurrent(await this.redis.hGet(keys.exhibitNda(doc.exhibitId), user.id))) {
      throw fail.forbidden("accept this exhibit's NDA before opening its confidential documents", 'ndaRequired');
    }
    const stored = await this.files.stat(doc.sha256);
    const source = stored ? await this.files.get(doc.sha256) : null;
    if (!stored || !source) throw fail.notFound('document', 'the document’s file is missing');
    const baseName = fileNameOf(doc.title);
    if (!doc.nda || staff) {
      // The seller's own reads are not the buyer activity the log is for.
      if (!staff) await this.append(doc.exhibitId, mode, user.id, doc.id);
      return {
        document: publicShape(doc),
        body: source,
        contentType: doc.contentType,
        fileName: `${baseName}.${extensionOf(stored.kind)}`,
        personal: false,
      };
    }
    await this.limits.stampedCopies.consume(user.id);
    const at = await redisNow(this.redis);
    let copy: Awaited<ReturnType<typeof watermark>>;
    try {
      copy = await watermark(
        source,
        stored.kind,
        {
          name: user.displayName,
          email: user.email,
          date: new Date(at).toISOString().slice(0, 10),
          ndaVersion: NDA.version,
        },
        this.pdf,
      );
    } catch (err) {
      source.destroy();
      if (err instanceof NotWatermarkable) {
        throw fail.conflict('this document cannot be stamped with your name, so it cannot be handed out under the NDA');
      }
      throw err;
    }
    // Logged once the copy exists: a read that failed handed nothing out.
    await this.append(doc.exhibitId, mode, user.id, doc.id);
    return {
      document: publicShape(doc),
      body: copy.bytes,
      contentType: copy.contentType,
      fileName: `${baseName}.${copy.extension}`,
      personal: true,
    };
  }

  /** The access log for booth staff: the newest entries and whether the whole chain verifies. */
  async accessLog(user: Principal, exhibitId: string): Promise<AccessLogAnswer> {
    await this.requireStaff(user, exhibitId);
    const raw = await this.redis.lRange(keys.exhibitAccessLog(exhibitId), 0, -1);
    const all = raw.map((r) => JSON.parse(r) as AccessLogEntry);
    const valid =
      verifyAccessChain(all) &&
      (all.at(-1)?.hash ?? ACCESS_GENESIS) === ((await this.redis.get(keys.exhibitAccessHead(exhibitId))) ?? ACCESS_GENESIS);
    const entries = all.slice(-MAX_ACCESS_LOG_ENTRIES);
    const names = await Promise.all(
      [...new Set(entries.map((e) => e.by))].map(async (id) => [id, await this.redis.hGet(keys.user(id), 'displayName')] as const),
    );
    const nameOf = new Map(names);
    return { entries: entries.map((e) => ({ ...e, byName: nameOf.get(e.by) ?? undefined })), valid };
  }

  private async requireStaff(user: Principal, exhibitId: string): Promise<void> {
    const orgId = await this.redis.hGet(keys.exhibit(exhibitId), 'orgId');
    if (!orgId) throw fail.notFound('exhibit');
    if (!user.orgId || user.orgId !== orgId) throw fail.forbidden("only staff of this exhibit's booth may do this", 'notStaff');
  }

  private async read(id: string): Promise<StoredDocument | null> {
    const h = await this.redis.hGetAll(keys.document(id));
    if (!h.id || !h.exhibitId) return null;
    return {
      id: h.id,
      exhibitId: h.exhibitId,
      orgId: h.orgId ?? '',
      title: h.title ?? '',
      size: Number(h.size),
      sha256: h.sha256 ?? '',
      contentType: h.contentType ?? '',
      nda: h.nda === '1',
    };
  }

  /**
   * Appends one entry to the exhibit's chain: hashed here against the head read, appended by the script
   * only if the head has not moved (else re-read and retry). Time is Redis's.
   */
  private async append(
    exhibitId: string,
    type: AccessLogType,
    by: string,
    documentId: string | undefined,
    acceptance?: (at: number) => string,
  ): Promise<[string, string]> {
    const logKeys = [keys.exhibitAccessLog(exhibitId), keys.exhibitAccessHead(exhibitId), keys.exhibitNda(exhibitId)];
    for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
      const [head, len, at] = await Promise.all([
        this.redis.get(logKeys[1] as string),
        this.redis.lLen(logKeys[0] as string),
        redisNow(this.redis),
      ]);
      const prevHash = head ?? ACCESS_GENESIS;
      const body: AccessEntryBody = { seq: len + 1, type, by, at, ...(documentId ? { documentId } : {}) };
      const hash = accessHash(prevHash, body);
      const entry: AccessLogEntry = { ...body, hash, prevHash };
      const result = (await appendAccessScript.run(this.redis, logKeys, [
        JSON.stringify(entry),
        prevHash,
        hash,
        body.seq,
        type === 'accept' ? 'accept' : 'access',
        by,
        acceptance ? acceptance(at) : '',
      ])) as [string, string];
      if (result[0] !== 'retry') return result;
    }
    throw fail.conflict('the access log is busy; try again', 'busy');
  }
}

function publicShape(d: StoredDocument): ExhibitDocument {
  return { id: d.id, exhibitId: d.exhibitId, title: d.title, size: d.size, sha256: d.sha256, contentType: d.contentType, nda: d.nda };
}

function acceptedCurrent(acceptance: string | null | undefined): boolean {
  if (!acceptance) return false;
  return (JSON.parse(acceptance) as { version: string }).version === NDA.version;
}

/** A download's file name from its title: letters, digits and a few marks only (never a path). */
function fileNameOf(title: string): string {
  const safe = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 80);
  return safe || 'document';
}

function extensionOf(kind: string): string {
  return kind === 'jpeg' ? 'jpg' : kind === 'text' ? 'txt' : kind;
}
