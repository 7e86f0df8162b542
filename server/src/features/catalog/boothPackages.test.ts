import { HALL_GRID, packageFootprint, packageSlots, SLOTS_FROM_ENTRANCE, SLOTS_PER_HALL } from '@pavilion/shared';
import { keys } from '../../redis/keys.js';
import { api, registerUser, signInOrganizer, useTestCluster } from '../../testing/harness.js';

describe('booth packages', () => {
  const { node } = useTestCluster();
  const redis = () => node.app.redis;
  let organizer: string;

  beforeAll(async () => {
    organizer = (await signInOrganizer(node)).token;
  });

  async function booth(hallId: string) {
    const ex = await registerUser(node.url, 'exhibitor');
    const res = await api(node.url, 'POST', '/api/booths', { token: ex.token, body: { hallId, name: 'Lingnan Labs' } });
    expect(res.status).toBe(201);
    return { ...ex, booth: res.body.booth };
  }
  const setPackage = (boothId: string, pkg: unknown, token = organizer) =>
    api(node.url, 'PUT', `/api/booths/${boothId}/package`, { token, body: { package: pkg } });
  const blockOf = (slot: number) =>
    `${Math.floor(Math.floor(slot / HALL_GRID.cols) / HALL_GRID.blockRows)}:${Math.floor((slot % HALL_GRID.cols) / HALL_GRID.blockCols)}`;
  const freeSlots = async (hallId: string) => new Set((await redis().zRange(keys.hallFreeSlots(hallId), 0, -1)).map(Number));
  const slotsOf = async (boothId: string) => ((await redis().hGet(keys.booth(boothId), 'slots')) ?? '').split(',').map(Number);

  /** Every booth of a hall covers its own slots: none shared, none also free, and together with the free ones all 600. */
  async function expectNoOverlap(hallId: string) {
    const ids = await redis().sMembers(keys.hallBooths(hallId));
    const covered = (await Promise.all(ids.map(slotsOf))).flat();
    const free = await freeSlots(hallId);
    expect(new Set(covered).size).toBe(covered.length);
    expect(covered.filter((s) => free.has(s))).toEqual([]);
    expect(covered.length + free.size).toBe(SLOTS_PER_HALL);
  }

  test('a new booth is standard: one slot, its own footprint', async () => {
    const { booth: b } = await booth('patents');
    expect(b).toMatchObject({
      package: 'standard',
      slot: SLOTS_FROM_ENTRANCE[0],
      width: HALL_GRID.boothWidth,
      depth: HALL_GRID.boothDepth,
    });
    expect(await slotsOf(b.id)).toEqual([b.slot]);
  });

  test('a double takes two adjacent slots in one row of one block, an island 2×2 in one block; the footprint is the whole of them', async () => {
    const { booth: b } = await booth('gba');
    const double = await setPackage(b.id, 'double');
    expect(double.status).toBe(200);
    expect(double.body.booth.package).toBe('double');
    const two = await slotsOf(b.id);
    expect(two).toEqual(packageSlots(double.body.booth.slot, 'double'));
    expect(two).toContain(b.slot); // grew in place
    expect(two[1]).toBe((two[0] as number) + 1);
    expect(blockOf(two[0] as number)).toBe(blockOf(two[1] as number));
    expect(double.body.booth).toMatchObject(packageFootprint(double.body.booth.slot, 'double'));
    expect(double.body.booth.width).toBe(2 * HALL_GRID.boothWidth + HALL_GRID.aisle);

    const island = await setPackage(b.id, 'island');
    expect(island.status).toBe(200);
    const four = await slotsOf(b.id);
    expect(four).toHaveLength(4);
    expect(new Set(four.map(blockOf)).size).toBe(1);
    expect(island.body.booth).toMatchObject({ package: 'island', depth: 2 * HALL_GRID.boothDepth + HALL_GRID.aisle });
    const free = await freeSlots('gba');
    for (const s of four) expect(free.has(s)).toBe(false);
    // The expo's hall summary counts slots, not booths: its free slots are the zset's, the island's four not among them.
    const expo = await api(node.url, 'GET', '/api/expo');
    expect(expo.body.halls.find((h: { id: string }) => h.id === 'gba')).toMatchObject({ freeSlots: free.size, capacity: SLOTS_PER_HALL });

    // The hall read shows the change at once on this node.
    const hall = await api(node.url, 'GET', '/api/halls/gba');
    expect(hall.body.booths.find((x: { id: string }) => x.id === b.id)).toMatchObject({ package: 'island', x: island.body.booth.x });

    const back = await setPackage(b.id, 'standard');
    expect(back.body.booth).toMatchObject({ package: 'standard', width: HALL_GRID.boothWidth });
    expect(await slotsOf(b.id)).toHaveLength(1);
    await expectNoOverlap('gba');
  });

  test('packages in a busy hall never overlap: neighbours keep their slots and grown booths take only free ones', async () => {
    const booths = [];
    for (let i = 0; i < 8; i++) booths.push((await booth('trademarks')).booth);
    const wanted = ['island', 'double', 'standard', 'double', 'island', 'double', 'standard', 'island'];
    for (const [i, b] of booths.entries()) {
      const res = await setPackage(b.id, wanted[i]);
      expect([200, 409]).toContain(res.status);
    }
    await expectNoOverlap('trademarks');
    // A booth created after the packages still lands on a free slot.
    const { booth: late } = await booth('trademarks');
    expect(late.package).toBe('standard');
    await expectNoOverlap('trademarks');
  });

  test('no room in the block: 409 CONFLICT noRoomForPackage and nothing changes', async () => {
    const { booth: b } = await booth('copyrights');
    // Every other slot of the booth's block is taken.
    const block = blockOf(b.slot);
    const others = Array.from({ length: SLOTS_PER_HALL }, (_, s) => s).filter((s) => s !== b.slot && blockOf(s) === block);
    await redis().zRem(keys.hallFreeSlots('copyrights'), others.map(String));
    const before = await freeSlots('copyrights');
    const res = await setPackage(b.id, 'double');
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'CONFLICT', reason: 'noRoomForPackage' });
    expect(await freeSlots('copyrights')).toEqual(before);
    expect(await slotsOf(b.id)).toEqual([b.slot]);
    expect((await api(node.url, 'GET', `/api/booths/${b.id}`)).body.booth.package).toBe('standard');
  });

  test('only the organizer sets a package: 401 signed out, 403 for the booth’s own exhibitor, 404 unknown booth, 400 naming package', async () => {
    const { booth: b, token } = await booth('international');
    expect((await api(node.url, 'PUT', `/api/booths/${b.id}/package`, { body: { package: 'double' } })).status).toBe(401);
    const forbidden = await setPackage(b.id, 'double', token);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe('FORBIDDEN');
    const missing = await setPackage('booth-nope', 'double');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const bad = await setPackage(b.id, 'palace');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'INVALID_INPUT', details: { fields: ['body.package'] } });
    expect(await slotsOf(b.id)).toEqual([b.slot]);
  });
});
