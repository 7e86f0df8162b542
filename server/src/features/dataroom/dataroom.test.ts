import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { cnPatentApplicationNumber, MAX_DOCUMENT_BYTES, NDA } from '@pavilion/shared';
import { decodePDFRawStream, PDFArray, PDFDocument, type PDFPage, PDFRawStream, StandardFonts } from 'pdf-lib';
import { keys } from '../../redis/keys.js';
import { api, exhibitorWithExhibit, registerUser, type TestNode, useTestCluster } from '../../testing/harness.js';

/** A real two-page PDF, made here so the test does not trust the server's library to read its own output. */
async function samplePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of ['Claims 1-12', 'Drawings']) doc.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 20, font });
  return Buffer.from(await doc.save());
}

/** A page's content streams, decoded, as Latin-1 text. */
function pageContent(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1'))
    .join('\n');
}

/** The ELF header of a Linux executable. */
const ELF = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  Buffer.alloc(56),
  Buffer.from('/lib64/ld-linux-x86-64.so.2\0'),
]);

async function upload(
  node: TestNode,
  token: string,
  exhibitId: string,
  bytes: Buffer,
  fields: Record<string, string>,
  fileName = 'claims.pdf',
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), fileName);
  const res = await fetch(`${node.url}/api/exhibits/${exhibitId}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function download(node: TestNode, token: string, documentId: string, query = '') {
  const res = await fetch(`${node.url}/api/documents/${documentId}/file${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Every file under the store, unfinished uploads included. */
async function storeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** The chain recomputed from the documented canonical form, independently of the server's code. */
function recomputeChain(
  entries: { seq: number; type: string; by: string; at: number; documentId?: string; hash: string; prevHash: string }[],
) {
  let prev = '0'.repeat(64);
  return entries.map((e) => {
    const canonical = `{"at":${e.at},"by":${JSON.stringify(e.by)},${e.documentId ? `"documentId":${JSON.stringify(e.documentId)},` : ''}"seq":${e.seq},"type":${JSON.stringify(e.type)}}`;
    const hash = createHash('sha256')
      .update(prev + canonical)
      .digest('hex');
    const ok = e.prevHash === prev && e.hash === hash;
    prev = hash;
    return ok;
  });
}

describe('the data room behind an NDA, across two nodes', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  let seller: Awaited<ReturnType<typeof exhibitorWithExhibit>>;
  let exhibitId: string;
  let pdf: Buffer;

  /** A fresh exhibitor (registered on `node`) with the booth `booth` and one patent in it, application number `number` of 2020. */
  const freshPatent = (node: TestNode, booth: string, title: string, number: number) =>
    exhibitorWithExhibit(node.url, 'patents', booth, { title, registrationNumber: cnPatentApplicationNumber(2020, 1, number) });

  /** A refused upload left nothing: no document on the exhibit, no partial file in the store. */
  const nothingKept = async (exhibitId: string) => {
    expect(await a.app.redis.zCard(keys.exhibitDocuments(exhibitId))).toBe(0);
    expect((await storeFiles(cluster.filesDir)).filter((f) => f.endsWith('.part'))).toEqual([]);
  };

  beforeAll(async () => {
    seller = await exhibitorWithExhibit(a.url, 'patents', 'Data room booth', {
      title: 'Solid-state electrolyte',
      registrationNumber: cnPatentApplicationNumber(2020, 1, 201),
    });
    exhibitId = seller.exhibit.id;
    pdf = await samplePdf();
  });

  test('NDA documents are refused (403) until the buyer accepts the NDA, then open on the other node, stamped with the buyer’s name', async () => {
    const up = await upload(a, seller.token, exhibitId, pdf, { title: 'Claims and drawings', nda: 'true' });
    expect(up.status).toBe(201);
    expect(up.body.document).toEqual({
      id: expect.any(String),
      exhibitId,
      title: 'Claims and drawings',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      contentType: 'application/pdf',
      nda: true,
    });
    const docId = up.body.document.id as string;
    const buyer = await registerUser(b.url, 'visitor', { displayName: 'Beatrix Buyer' });

    const listed = await api(b.url, 'GET', `/api/exhibits/${exhibitId}/documents`, { token: buyer.token });
    expect(listed.body).toEqual({ items: [up.body.document], ndaAccepted: false });
    const before = await download(b, buyer.token, docId, '?download=1');
    expect(before.status).toBe(403);
    expect(JSON.parse(before.bytes.toString()).error.reason).toBe('ndaRequired');

    const stale = await api(b.url, 'POST', `/api/exhibits/${exhibitId}/nda`, {
      token: buyer.token,
      body: { accept: true, version: '2000-01-1' },
    });
    expect([stale.status, stale.body.error.reason]).toEqual([409, 'staleNda']);
    const accepted = await api(a.url, 'POST', `/api/exhibits/${exhibitId}/nda`, {
      token: buyer.token,
      body: { accept: true, version: NDA.version },
    });
    expect(accepted.body).toEqual({ nda: { version: NDA.version, acceptedAt: expect.any(Number) } });
    expect((await api(b.url, 'GET', `/api/exhibits/${exhibitId}/documents`, { token: buyer.token })).body.ndaAccepted).toBe(true);

    const after = await download(b, buyer.token, docId, '?download=1');
    expect(after.status).toBe(200);
    expect(after.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(after.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(after.bytes.equals(pdf)).toBe(false);
    const stamped = await PDFDocument.load(after.bytes);
    expect(stamped.getPageCount()).toBe(2);
    // pdf-lib writes drawn text as hex strings of the font's encoding; every page carries the name.
    const nameHex = Buffer.from('Beatrix Buyer', 'latin1').toString('hex').toUpperCase();
    for (const page of stamped.getPages()) expect(pageContent(page)).toContain(nameHex);

    // The seller's staff read the original, unstamped.
    const own = await download(a, seller.token, docId);
    expect(own.bytes.equals(pdf)).toBe(true);
  });

  test('public documents open for any signed-in user, not for a guest', async () => {
    const text = Buffer.from('Licence template (draft)\n许可合同模板\n');
    const up = await upload(b, seller.token, exhibitId, text, { title: 'Licence template', nda: 'false' }, 'template.txt');
    expect([up.status, up.body.document?.contentType]).toEqual([201, 'text/plain; charset=utf-8']);
    const visitor = await registerUser(a.url, 'visitor');
    const got = await download(a, visitor.token, up.body.document.id);
    expect([got.status, got.bytes.equals(text)]).toEqual([200, true]);
    const guest = await fetch(`${a.url}/api/documents/${up.body.document.id}/file`);
    expect(guest.status).toBe(401);
  });

  test('every acceptance, view and download is in a hash chain the seller reads and anyone can recompute', async () => {
    const fresh = await freshPatent(b, 'Chain booth', 'Sodium anode', 301);
    const doc = (await upload(b, fresh.token, fresh.exhibit.id, pdf, { title: 'File history', nda: 'true' })).body.document;
    const pub = (await upload(a, fresh.token, fresh.exhibit.id, pdf, { title: 'Abstract', nda: 'false' })).body.document;
    const buyers = await Promise.all([registerUser(a.url, 'visitor'), registerUser(b.url, 'visitor')]);
    // Concurrent appends from both nodes: the chain must not fork.
    await Promise.all(
      buyers.map((u, i) =>
        api([a, b][i]?.url as string, 'POST', `/api/exhibits/${fresh.exhibit.id}/nda`, {
          token: u.token,
          body: { accept: true, version: NDA.version },
        }),
      ),
    );
    await Promise.all([
      download(a, buyers[0].token, doc.id),
      download(b, buyers[1].token, doc.id, '?download=1'),
      download(a, buyers[1].token, pub.id),
      download(b, buyers[0].token, pub.id, '?download=1'),
    ]);
    // Accepting again is not a new acceptance.
    await api(a.url, 'POST', `/api/exhibits/${fresh.exhibit.id}/nda`, {
      token: buyers[0].token,
      body: { accept: true, version: NDA.version },
    });

    const log = await api(a.url, 'GET', `/api/exhibits/${fresh.exhibit.id}/access-log`, { token: fresh.token });
    expect(log.body.valid).toBe(true);
    expect(log.body.entries).toHaveLength(6);
    expect(log.body.entries.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log.body.entries.filter((e: { type: string }) => e.type === 'accept')).toHaveLength(2);
    expect(
      log.body.entries
        .filter((e: { type: string }) => e.type === 'download')
        .map((e: { documentId: string }) => e.documentId)
        .sort(),
    ).toEqual([doc.id, pub.id].sort());
    expect(recomputeChain(log.body.entries)).toEqual([true, true, true, true, true, true]);

    // Someone else's exhibit's log is not theirs to read.
    expect((await api(b.url, 'GET', `/api/exhibits/${fresh.exhibit.id}/access-log`, { token: seller.token })).status).toBe(403);
    expect((await api(b.url, 'GET', `/api/exhibits/${fresh.exhibit.id}/access-log`, { token: buyers[0].token })).status).toBe(403);

    // Tampering with a stored entry breaks the chain.
    const key = keys.exhibitAccessLog(fresh.exhibit.id);
    const second = JSON.parse((await a.app.redis.lIndex(key, 1)) as string);
    await a.app.redis.lSet(
      key,
      1,
      JSON.stringify({ ...second, by: buyers[0].user.id === second.by ? buyers[1].user.id : buyers[0].user.id }),
    );
    expect((await api(b.url, 'GET', `/api/exhibits/${fresh.exhibit.id}/access-log`, { token: fresh.token })).body.valid).toBe(false);
  });

  test('a ".pdf" that is an executable is refused with INVALID_INPUT naming file, and nothing is stored', async () => {
    const fresh = await freshPatent(a, 'Exe booth', 'Graphene ink', 401);
    const mz = Buffer.concat([
      Buffer.from('MZ'),
      Buffer.alloc(58),
      Buffer.from([0x80, 0, 0, 0]),
      Buffer.from('This program cannot be run in DOS mode'),
    ]);
    for (const bytes of [ELF, mz]) {
      const refused = await upload(a, fresh.token, fresh.exhibit.id, bytes, { title: 'Claims', nda: 'false' }, 'claims.pdf');
      expect([refused.status, refused.body.error.code, refused.body.error.details.fields]).toEqual([400, 'INVALID_INPUT', ['file']]);
      expect(refused.body.error.details.issues[0].params.reason).toBe('fileType');
    }
    await nothingKept(fresh.exhibit.id);
  });

  test('file names that are paths are refused, and bad fields change nothing', async () => {
    const fresh = await freshPatent(b, 'Path booth', 'Wind blade', 501);
    for (const name of ['../../etc/passwd.pdf', 'a\\..\\b.pdf', '/abs.pdf']) {
      const refused = await upload(b, fresh.token, fresh.exhibit.id, pdf, { title: 'Claims', nda: 'false' }, name);
      expect([refused.status, refused.body.error.details.issues[0].params.reason]).toEqual([400, 'fileName']);
    }
    const noTitle = await upload(b, fresh.token, fresh.exhibit.id, pdf, { title: '', nda: 'false' });
    expect([noTitle.status, noTitle.body.error.details.fields]).toEqual([400, ['body.title']]);
    const badNda = await upload(b, fresh.token, fresh.exhibit.id, pdf, { title: 'x', nda: 'maybe' });
    expect([badNda.status, badNda.body.error.details.fields]).toEqual([400, ['body.nda']]);
    await nothingKept(fresh.exhibit.id);
  });

  test('document titles go through the text sanitiser: bidi overrides and zero-width characters are stripped, an invisible title is empty', async () => {
    const fresh = await freshPatent(a, 'Title booth', 'Heat pipe', 601);
    // U+202E would render "Claims\u202Efdp.exe" as "Claimsexe.pdf"; U+200B hides inside a word; U+2028 breaks lines.
    const up = await upload(a, fresh.token, fresh.exhibit.id, pdf, { title: ' Cla\u200Bims\u202E fdp.exe\u2028 ', nda: 'false' });
    expect(up.status).toBe(201);
    expect(up.body.document.title).toBe('Claims fdp.exe');
    const listed = await api(b.url, 'GET', `/api/exhibits/${fresh.exhibit.id}/documents`, { token: fresh.token });
    expect(listed.body.items.map((d: { title: string }) => d.title)).toEqual(['Claims fdp.exe']);
    const invisible = await upload(a, fresh.token, fresh.exhibit.id, pdf, { title: '\u200B\u202E\u2066', nda: 'false' });
    expect([invisible.status, invisible.body.error.details.fields]).toEqual([400, ['body.title']]);
    expect(await a.app.redis.zCard(keys.exhibitDocuments(fresh.exhibit.id))).toBe(1);
  });

  test('only staff of the exhibit’s booth may upload (403 for an outsider, 401 for a guest)', async () => {
    const outsider = await exhibitorWithExhibit(a.url, 'patents', 'Other booth', {
      title: 'Heat pump',
      registrationNumber: cnPatentApplicationNumber(2020, 1, 601),
    });
    const visitor = await registerUser(a.url, 'visitor');
    for (const token of [outsider.token, visitor.token]) {
      const refused = await upload(b, token, exhibitId, pdf, { title: 'Forged', nda: 'false' });
      expect([refused.status, refused.body.error.reason]).toEqual([403, 'notStaff']);
    }
    const guest = await fetch(`${a.url}/api/exhibits/${exhibitId}/documents`, { method: 'POST', body: new FormData() });
    expect(guest.status).toBe(401);
    const titles = (await api(a.url, 'GET', `/api/exhibits/${exhibitId}/documents`, { token: visitor.token })).body.items.map(
      (d: { title: string }) => d.title,
    );
    expect(titles).not.toContain('Forged');
  });

  test('an upload over 20 MB is refused, with no file left in the store and no metadata', async () => {
    const fresh = await freshPatent(a, 'Big booth', 'Big drawings', 701);
    const before = await storeFiles(cluster.filesDir);
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_DOCUMENT_BYTES, 0x20)]);
    const declared = await upload(a, fresh.token, fresh.exhibit.id, big, { title: 'Huge', nda: 'false' });
    expect([declared.status, declared.body.error.details.issues[0].params.reason]).toEqual([400, 'fileTooLarge']);

    // Without a Content-Length the limit is met while streaming.
    const streamed = await chunkedUpload(b, fresh.token, fresh.exhibit.id, big);
    expect([streamed.status, streamed.body.error.details.issues[0].params.reason]).toEqual([400, 'fileTooLarge']);
    expect(await storeFiles(cluster.filesDir)).toEqual(before);
    expect(await a.app.redis.zCard(keys.exhibitDocuments(fresh.exhibit.id))).toBe(0);
  });

  test('an upload the client aborts midway leaves nothing behind', async () => {
    const fresh = await freshPatent(b, 'Abort booth', 'Half sent', 801);
    const before = await storeFiles(cluster.filesDir);
    const boundary = 'abortboundary';
    await new Promise<void>((resolve) => {
      const req = request(`${a.url}/api/exhibits/${fresh.exhibit.id}/documents`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${fresh.token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(5_000_000),
        },
      });
      req.on('error', () => resolve());
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nHalf\r\n`);
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      );
      req.write(pdf);
      req.write(Buffer.alloc(1_000_000, 0x20), () => {
        // Give the server the bytes, then vanish.
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 200);
      });
    });
    // The server notices the close asynchronously: wait until its unfinished upload is gone.
    let left = await storeFiles(cluster.filesDir);
    for (let i = 0; i < 100 && left.length !== before.length; i++) {
      await new Promise((r) => setTimeout(r, 50));
      left = await storeFiles(cluster.filesDir);
    }
    expect(left).toEqual(before);
    expect(await a.app.redis.zCard(keys.exhibitDocuments(fresh.exhibit.id))).toBe(0);
  });
});

/** A multipart upload sent with chunked transfer encoding (no Content-Length), as a streaming client sends it. */
function chunkedUpload(node: TestNode, token: string, exhibitId: string, bytes: Buffer): Promise<{ status: number; body: any }> {
  const boundary = 'chunkedboundary';
  return new Promise((resolve, reject) => {
    const req = request(`${node.url}/api/exhibits/${exhibitId}/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'transfer-encoding': 'chunked',
      },
    });
    req.on('response', async (res) => {
      const chunks: Buffer[] = [];
      for await (const c of res) chunks.push(c as Buffer);
      resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) });
    });
    req.on('error', reject);
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nHuge\r\n`);
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="nda"\r\n\r\nfalse\r\n`);
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    let offset = 0;
    const pump = () => {
      while (offset < bytes.length) {
        const ok = req.write(bytes.subarray(offset, offset + 256 * 1024));
        offset += 256 * 1024;
        if (!ok) {
          req.once('drain', pump);
          return;
        }
      }
      req.end(`\r\n--${boundary}--\r\n`);
    };
    pump();
  });
}
