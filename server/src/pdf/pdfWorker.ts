import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { stampPdf } from '../features/dataroom/watermark.js';
import { contractPdf } from '../features/deals/contractPdf.js';
import type { PdfJob, PdfReply } from './pdfRenderer.js';

const { cjkFontPath } = workerData as { cjkFontPath: string | null };

/** Read once per worker: every PDF this thread makes embeds a subset of it. */
let cjkFont: Uint8Array | null | undefined;
function font(): Uint8Array | null {
  if (cjkFont === undefined) {
    try {
      cjkFont = cjkFontPath ? readFileSync(cjkFontPath) : null;
    } catch {
      // The renderer checked the path before starting this thread; a font gone since prints `?` as before.
      cjkFont = null;
    }
  }
  return cjkFont;
}

async function run(job: PdfJob): Promise<Uint8Array> {
  if (job.kind === 'contract') return contractPdf(job.deal, job.contract, font());
  return stampPdf(job.original, job.fileKind, job.recipient, font());
}

parentPort?.on('message', async ({ id, job }: { id: number; job: PdfJob }) => {
  let reply: PdfReply;
  try {
    reply = { id, ok: true, bytes: await run(job) };
  } catch (err) {
    reply = { id, ok: false, error: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []);
});
