import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FileRejected, LocalFileStore, type PutOptions } from './fileStore.js';

const DOCS: PutOptions = { maxBytes: 1024, allowed: ['pdf', 'png', 'jpeg', 'text'] };
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);
const MZ = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode')]);

let root: string;
let store: LocalFileStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pavilion-files-'));
  store = await LocalFileStore.open(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file under the store, the unfinished-uploads folder included. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** A source that yields its chunks one by one, the way a network stream does. */
function chunked(...chunks: Buffer[]): Readable {
  return Readable.from(chunks, { objectMode: false });
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

test('a stored file is named by its SHA-256, sharded, and read back byte for byte', async () => {
  const stored = await store.put(chunked(PDF.subarray(0, 3), PDF.subarray(3)), DOCS);
  expect(stored).toEqual({ sha256: sha(PDF), size: PDF.length, kind: 'pdf', contentType: 'application/pdf' });
  expect(await filesIn(root)).toEqual([join(root, sha(PDF).slice(0, 2), sha(PDF).slice(2, 4), sha(PDF))]);
  const back = await store.get(stored.sha256);
  expect(back).not.toBeNull();
  expect(Buffer.concat(await (back as Readable).toArray())).toEqual(PDF);
  expect(await store.stat(stored.sha256)).toEqual(stored);
  expect(await store.exists(stored.sha256)).toBe(true);
});

test('the type comes from the bytes: PNG, JPEG and UTF-8 text are recognised, split across chunks or not', async () => {
  expect((await store.put(chunked(PNG.subarray(0, 1), PNG.subarray(1)), DOCS)).kind).toBe('png');
  expect((await store.put(chunked(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])), DOCS)).kind).toBe('jpeg');
  const zh = Buffer.from('专利权转让协议 — claims 1–12\n');
  // The split falls inside a multi-byte character.
  const t = await store.put(chunked(zh.subarray(0, 1), zh.subarray(1, 8), zh.subarray(8)), DOCS);
  expect(t).toMatchObject({ kind: 'text', contentType: 'text/plain; charset=utf-8' });
  expect((await store.stat(t.sha256))?.kind).toBe('text');
  expect(await text((await store.get(t.sha256)) as Readable)).toBe(zh.toString());
});

test.each([
  ['an ELF executable', ELF],
  ['a Windows executable', MZ],
  ['invalid UTF-8', Buffer.from([0x61, 0x62, 0xc3, 0x28, 0x61, 0x62, 0x63, 0x64, 0x65])],
  ['text with a NUL byte', Buffer.from('claims\u0000more text')],
  ['a truncated multi-byte character at the end', Buffer.from([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0xe4, 0xb8])],
])('%s is refused as the wrong type and leaves nothing behind', async (_name, bytes) => {
  await expect(store.put(chunked(bytes), DOCS)).rejects.toMatchObject({ reason: 'type' });
  expect(await filesIn(root)).toEqual([]);
});

test('a type that is recognised but not allowed is refused', async () => {
  await expect(store.put(chunked(PDF), { maxBytes: 1024, allowed: ['png', 'jpeg'] })).rejects.toMatchObject({ reason: 'type' });
  await expect(store.put(chunked(Buffer.from('just text here')), { maxBytes: 1024, allowed: ['png'] })).rejects.toMatchObject({
    reason: 'type',
  });
  expect(await filesIn(root)).toEqual([]);
});

test('the size limit is enforced while streaming: the source is stopped and nothing is left', async () => {
  const source = new PassThrough();
  let written = 0;
  const feed = () => {
    // Far more than the limit would arrive if the store kept reading.
    while (written < 1024 * 1024 && source.write(Buffer.concat([PDF, Buffer.alloc(4096, 0x20)]))) written += 4096;
  };
  source.on('drain', feed);
  feed();
  const refused = await store.put(source, DOCS).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(FileRejected);
  expect((refused as FileRejected).reason).toBe('too_big');
  expect(source.destroyed).toBe(true);
  expect(written).toBeLessThan(1024 * 1024);
  expect(await filesIn(root)).toEqual([]);
});

test('an upload whose source fails midway leaves nothing behind', async () => {
  const source = new PassThrough();
  source.write(PDF);
  setImmediate(() => source.destroy(new Error('client went away')));
  await expect(store.put(source, DOCS)).rejects.toThrow('client went away');
  expect(await filesIn(root)).toEqual([]);
});

test('an empty file is refused', async () => {
  await expect(store.put(chunked(), DOCS)).rejects.toMatchObject({ reason: 'empty' });
  expect(await filesIn(root)).toEqual([]);
});

test('a staged file is invisible until committed, and a discarded one vanishes', async () => {
  const staged = await store.stage(chunked(PDF), DOCS);
  expect(await store.exists(staged.sha256)).toBe(false);
  await staged.discard();
  expect(await filesIn(root)).toEqual([]);
  const again = await store.stage(chunked(PDF), DOCS);
  await again.commit();
  expect(await store.exists(again.sha256)).toBe(true);
});

test('the same bytes stored twice are one file', async () => {
  await store.put(chunked(PDF), DOCS);
  await store.put(chunked(PDF.subarray(0, 10), PDF.subarray(10)), DOCS);
  expect(await filesIn(root)).toHaveLength(1);
});

test('names that are not a SHA-256 are never resolved to paths', async () => {
  await writeFile(join(root, 'secret'), 'x');
  for (const name of ['../secret', 'secret', `${'a'.repeat(63)}/`, 'A'.repeat(64)]) {
    expect(await store.get(name)).toBeNull();
    expect(await store.stat(name)).toBeNull();
    expect(await store.exists(name)).toBe(false);
  }
});

test('unfinished uploads a crashed process left are swept when old, kept while young', async () => {
  const old = join(root, '.incoming', 'dead.part');
  const young = join(root, '.incoming', 'streaming.part');
  await writeFile(old, 'half');
  await writeFile(young, 'half');
  const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
  await utimes(old, hourAgo, hourAgo);
  await LocalFileStore.open(root);
  expect(await filesIn(root)).toEqual([young]);
});
