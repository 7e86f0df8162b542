import sharp from 'sharp';
import { api, registerExhibitorWithBooth, registerUser, signInOrganizer, type TestNode, useTestCluster } from '../../testing/harness.js';

/** A PNG or JPEG of the given size: a colour block (compresses to almost nothing however large). */
async function image(width: number, height: number, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const block = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 60 } } });
  return format === 'png' ? block.png().toBuffer() : block.jpeg().toBuffer();
}

async function upload(base: string, boothId: string, bytes: Buffer, token?: string, name = 'logo.png') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const res = await fetch(`${base}/api/booths/${boothId}/logo`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('booth logos across two nodes', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  let seller: { token: string; boothId: string };

  beforeAll(async () => {
    seller = await registerExhibitorWithBooth(a.url, 'patents', 'Logo booth');
  });

  const logoOf = async (node: TestNode) =>
    (await api(node.url, 'GET', `/api/booths/${seller.boothId}`)).body.booth.logoUrl as string | undefined;

  test('an uploaded logo becomes a 256-pixel square PNG, on the booth on every node, kept for good under its version', async () => {
    const uploaded = await upload(a.url, seller.boothId, await image(1200, 400), seller.token);
    expect(uploaded.status).toBe(201);
    const url = uploaded.body.booth.logoUrl as string;
    expect(url).toMatch(new RegExp(`^/api/booths/${seller.boothId}/logo\\?v=[0-9a-f]{16}$`));
    expect(await logoOf(b)).toBe(url);

    const res = await fetch(`${b.url}${url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toContain('immutable');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 256, 256]);

    // Without the version it is revalidated, and a copy the browser holds is still good: 304.
    const plain = await fetch(`${b.url}/api/booths/${seller.boothId}/logo`);
    expect(plain.headers.get('cache-control')).toContain('no-cache');
    const etag = plain.headers.get('etag') as string;
    const again = await fetch(`${a.url}/api/booths/${seller.boothId}/logo`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  test("a photo's metadata (EXIF with its GPS position) is not kept", async () => {
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#336699' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Pavilion test', Artist: 'Someone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 32/1 0/1' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const uploaded = await upload(a.url, seller.boothId, photo, seller.token, 'photo.jpg');
    expect(uploaded.status).toBe(201);
    const stored = Buffer.from(await (await fetch(`${b.url}${uploaded.body.booth.logoUrl}`)).arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect([meta.format, meta.exif, meta.icc, meta.xmp]).toEqual(['png', undefined, undefined, undefined]);
    expect(stored.includes(Buffer.from('Pavilion test'))).toBe(false);
  });

  test('only staff of the booth may set its logo (a guest 401, another exhibitor 403); an organizer may take it off', async () => {
    const before = await logoOf(a);
    expect(before).toBeDefined();
    const png = await image(300, 300);
    expect((await upload(b.url, seller.boothId, png)).status).toBe(401);
    const stranger = await registerUser(b.url, 'exhibitor');
    const refused = await upload(b.url, seller.boothId, png, stranger.token);
    expect([refused.status, refused.body.error.reason]).toEqual([403, 'notStaff']);
    expect((await api(b.url, 'DELETE', `/api/booths/${seller.boothId}/logo`, { token: stranger.token })).status).toBe(403);
    expect(await logoOf(b)).toBe(before);

    const organizer = await signInOrganizer(a, b);
    const removed = await api(b.url, 'DELETE', `/api/booths/${seller.boothId}/logo`, { token: organizer.token });
    expect(removed.status).toBe(200);
    expect(removed.body.booth.logoUrl).toBeUndefined();
    expect(await logoOf(a)).toBeUndefined();
    const gone = await api(a.url, 'GET', `/api/booths/${seller.boothId}/logo`);
    expect([gone.status, gone.body.error.reason]).toEqual([404, 'logo']);
    // An organizer moderates; it does not brand someone else's booth.
    expect((await upload(a.url, seller.boothId, png, organizer.token)).status).toBe(403);
  });

  test('a file that is not a PNG or JPEG, a damaged PNG, a pixel flood and a file over 2 MB are refused naming file, and the logo stays', async () => {
    const kept = (await upload(a.url, seller.boothId, await image(256, 256), seller.token)).body.booth.logoUrl;
    const reasonOf = async (bytes: Buffer, name = 'logo.png') => {
      const res = await upload(b.url, seller.boothId, bytes, seller.token, name);
      expect([res.status, res.body.error.code, res.body.error.details.fields]).toEqual([400, 'INVALID_INPUT', ['file']]);
      return res.body.error.details.issues[0].params;
    };
    expect((await reasonOf(Buffer.from('%PDF-1.4\n%%EOF\n'), 'logo.pdf')).reason).toBe('fileType');
    const png = await image(64, 64);
    expect((await reasonOf(Buffer.concat([png.subarray(0, 40), Buffer.alloc(400, 7)]))).reason).toBe('imageUnreadable');
    // 6000 × 6000 pixels of one colour: a small file that would decode to 108 MB.
    const flood = await image(6000, 6000);
    expect(flood.length).toBeLessThan(2 * 1024 * 1024);
    expect((await reasonOf(flood)).reason).toBe('imageUnreadable');
    const big = Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]);
    expect(await reasonOf(big)).toMatchObject({ reason: 'fileTooLarge', megabytes: 2 });
    expect(await logoOf(a)).toBe(kept);
  });
});
