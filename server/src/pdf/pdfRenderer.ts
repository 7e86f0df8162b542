import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Contract, LedgerDeal } from '@pavilion/shared';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { Recipient } from '../features/dataroom/watermark.js';

/** What the PDF worker is asked to make. */
export type PdfJob =
  | { kind: 'contract'; deal: LedgerDeal; contract: Contract }
  | { kind: 'stamp'; original: Uint8Array; fileKind: string; recipient: Recipient };

/** The worker's answer to job `id`. */
export type PdfReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; error: string; message: string };

/** A job the worker could not do; `kind` is the name of the error it threw there (e.g. `NotWatermarkable`). */
export class PdfJobFailed extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

/** Printed contracts kept per node; one only changes on a signature or a stage. */
const CONTRACT_CACHE_SIZE = 50;

export interface PdfRendererOptions {
  /** A TrueType (glyf) CJK font; when the file is missing, PDFs print Latin-1 only (others as `?`) and one warning is logged. */
  cjkFontPath: string;
  logger: Logger;
}

/**
 * Makes PDFs on one worker thread. Embedding a subset of the CJK font costs ~100–300 ms of CPU for a contract
 * (both versions) and ~20–30 ms for a one-page stamp (docs/architecture.md), and loading a 20 MB PDF to stamp it
 * costs more: on the main thread that would stall every socket of the node. Jobs queue on the one thread.
 */
export class PdfRenderer {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (err: Error) => void }>();
  private readonly contracts = new LRUCache<string, Uint8Array>({ max: CONTRACT_CACHE_SIZE });
  private fontPath: string | null | undefined;

  constructor(private readonly opts: PdfRendererOptions) {}

  /** The printable contract of a deal; cached while its hash, signatures and stages stay the same. */
  async contract(deal: LedgerDeal, contract: Contract): Promise<Uint8Array> {
    const key = JSON.stringify([deal.id, contract.sha256, contract.signatures, deal.stages]);
    const cached = this.contracts.get(key);
    if (cached) return cached;
    const bytes = await this.run({ kind: 'contract', deal, contract });
    this.contracts.set(key, bytes);
    return bytes;
  }

  /** A PDF or image (`fileKind`: pdf, png, jpeg) stamped for `recipient`; rejects with PdfJobFailed. */
  stamp(original: Uint8Array, fileKind: string, recipient: Recipient): Promise<Uint8Array> {
    return this.run({ kind: 'stamp', original, fileKind, recipient });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private cjkFontPath(): string | null {
    if (this.fontPath === undefined) {
      this.fontPath = existsSync(this.opts.cjkFontPath) ? this.opts.cjkFontPath : null;
      if (!this.fontPath) {
        this.opts.logger.warn(
          { path: this.opts.cjkFontPath },
          'CJK font not found (PDF_CJK_FONT; Debian: apt-get install fonts-droid-fallback): Chinese text in PDFs prints as ?',
        );
      }
    }
    return this.fontPath;
  }

  private start(): Worker {
    const workerData = { cjkFontPath: this.cjkFontPath() };
    // Built, the worker is plain JS. From source (jest) it is TypeScript, loaded through tsx's
    // loader registered inside the new thread (a worker does not inherit the parent's loader hooks).
    const worker = import.meta.url.endsWith('.ts')
      ? new Worker(
          // tsx is a dev dependency, found from the working directory (the repo).
          `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./pdfWorker.ts', import.meta.url).href)}); })`,
          { eval: true, workerData },
        )
      : new Worker(new URL('./pdfWorker.js', import.meta.url), { workerData });
    worker.on('message', (reply: PdfReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) job.resolve(reply.bytes);
      else job.reject(new PdfJobFailed(reply.error, reply.message));
    });
    const lost = (err: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const job of this.pending.values()) job.reject(err);
      this.pending.clear();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`PDF worker exited (${code})`)));
    return worker;
  }

  private run(job: PdfJob): Promise<Uint8Array> {
    this.worker ??= this.start();
    const worker = this.worker;
    // A waiting job keeps the process alive; an idle worker does not.
    worker.ref();
    const id = this.nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, job });
    });
  }
}
