import { BOOTH_PACKAGES, type BoothPackage, findPlacement, packageFootprint, packageSize, packageSlots } from '@pavilion/shared';
import { hashPassword } from '../features/auth/password.js';
import { legalStatusFields } from '../features/catalog/legalStatus.js';
import type { Redis } from '../redis/client.js';
import { channels, keys } from '../redis/keys.js';
import type { SeedExhibit, SeedExpo } from './generateExpo.js';

/** The password of every seeded account (documented in README: demo data only). */
export const DEMO_PASSWORD = 'pavilion-demo';
/** The demo visitor account. */
export const DEMO_VISITOR_EMAIL = 'visitor@pavilion.expo';

// Seeded records carry the expo's opening day as their time base, so the same seed gives the same data.
const EXPO_OPENED_AT = Date.UTC(2020, 10, 13, 1, 0, 0);
const BATCH = 2_000;
/** Who verified the seeded legal statuses (the data set has no organizer account of its own). */
const SEED_VERIFIER = 'organizer';

/** Progress of a seed run: a stage and how far through it. */
export type SeedProgress = (stage: string, done: number, total: number) => void;

/**
 * Writes a generated expo into Redis with pipelined writes. Idempotent: ids are deterministic, a
 * booth that already exists keeps its slot, sets absorb repeats — so running it twice, or `full`
 * after `demo`, gives the same database as one clean run.
 */
export async function writeSeed(redis: Redis, expo: SeedExpo, scale: string, progress: SeedProgress = () => {}): Promise<void> {
  // One scrypt for all seeded accounts: they share the documented demo password, and 2,469
  // separate hashes would cost two minutes of CPU for no security gain.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const total = expo.orgs.length + expo.booths.length + expo.exhibits.length + 1;
  let done = 0;
  const step = (n: number) => {
    done += n;
    progress('writing', done, total);
  };

  await redis.set(keys.userByEmail(DEMO_VISITOR_EMAIL), 'u-demo-visitor', { NX: true });
  const visitorId = await redis.get(keys.userByEmail(DEMO_VISITOR_EMAIL));
  if (visitorId === 'u-demo-visitor') {
    await redis.hSet(keys.user(visitorId), {
      id: visitorId,
      email: DEMO_VISITOR_EMAIL,
      displayName: 'Demo Visitor',
      role: 'visitor',
      passwordHash,
      createdAt: EXPO_OPENED_AT,
      shareContact: 1,
    });
  }
  step(1);

  const orgById = new Map(expo.orgs.map((o) => [o.id, o]));
  for (let i = 0; i < expo.orgs.length; i += BATCH) {
    const batch = expo.orgs.slice(i, i + BATCH);
    await Promise.all(
      batch.flatMap((o, j) => {
        const userId = `u-${o.id}`;
        const at = EXPO_OPENED_AT + (i + j) * 1000;
        return [
          redis.set(keys.userByEmail(o.staffEmail), userId),
          redis.hSet(keys.user(userId), {
            id: userId,
            email: o.staffEmail,
            displayName: o.staffName,
            role: 'exhibitor',
            orgId: o.id,
            passwordHash,
            createdAt: at,
            shareContact: 0,
          }),
          redis.hSet(keys.org(o.id), {
            id: o.id,
            name: o.name,
            kind: o.kind,
            region: o.region,
            country: o.country,
            verified: o.verified ? 1 : 0,
            createdAt: at,
          }),
          redis.sAdd(keys.orgMembers(o.id), userId),
          redis.sAdd(keys.orgs, o.id),
        ];
      }),
    );
    step(batch.length);
  }

  // Booths: keep the place (and package) a booth already has; new ones are placed per hall, biggest package first,
  // each on the free place nearest the entrance, so islands and doubles find whole places before singles fill in.
  const existing = await Promise.all(expo.booths.map((b) => redis.hmGet(keys.booth(b.id), ['slot', 'slots', 'package'])));
  const placeOf = new Map<string, { slot: number; slots: number[]; package: BoothPackage }>();
  const needing = new Map<string, SeedExpo['booths']>();
  expo.booths.forEach((b, i) => {
    const [slot, slots, pkg] = existing[i] ?? [];
    if (slot !== null && slot !== undefined) {
      const kept = (BOOTH_PACKAGES as readonly string[]).includes(pkg ?? '') ? (pkg as BoothPackage) : 'standard';
      placeOf.set(b.id, { slot: Number(slot), slots: (slots ?? slot).split(',').map(Number), package: kept });
    } else {
      const list = needing.get(b.hallId) ?? [];
      list.push(b);
      needing.set(b.hallId, list);
    }
  });
  for (const [hallId, booths] of needing) {
    const free = new Set((await redis.zRange(keys.hallFreeSlots(hallId), 0, -1)).map(Number));
    const taken: number[] = [];
    const bySize = [...booths].sort((a, b) => packageSize(b.package) - packageSize(a.package));
    for (const b of bySize) {
      const anchor = findPlacement((s) => free.has(s), b.package);
      if (anchor === null) throw new Error(`hall ${hallId} has no free place for seeded ${b.package} booth ${b.id}`);
      const slots = packageSlots(anchor, b.package) as number[];
      for (const s of slots) free.delete(s);
      taken.push(...slots);
      placeOf.set(b.id, { slot: anchor, slots, package: b.package });
    }
    if (taken.length > 0) await redis.zRem(keys.hallFreeSlots(hallId), taken.map(String));
  }
  for (let i = 0; i < expo.booths.length; i += BATCH) {
    const batch = expo.booths.slice(i, i + BATCH);
    await Promise.all(
      batch.flatMap((b, j) => {
        const o = orgById.get(b.orgId);
        if (!o) throw new Error(`booth ${b.id} names unknown org ${b.orgId}`);
        const place = placeOf.get(b.id) as { slot: number; slots: number[]; package: BoothPackage };
        packageFootprint(place.slot, place.package); // throws on a place outside the grid
        const writes: Promise<unknown>[] = [
          redis.hSet(keys.booth(b.id), {
            id: b.id,
            hallId: b.hallId,
            orgId: b.orgId,
            name: b.name,
            tagline: b.tagline,
            slot: place.slot,
            slots: place.slots.join(','),
            package: place.package,
            live: 0,
            createdAt: EXPO_OPENED_AT + (i + j) * 1000,
            orgName: o.name,
            region: o.region,
            orgKind: o.kind,
            country: o.country,
          }),
          redis.sAdd(keys.hallBooths(b.hallId), b.id),
          redis.hSet(keys.org(b.orgId), 'boothId', b.id),
          redis.sAdd(keys.exhibitors, b.orgId),
        ];
        if (o.region === 'OVERSEAS') writes.push(redis.sAdd(keys.overseasExhibitors, b.orgId));
        return writes;
      }),
    );
    step(batch.length);
  }

  const boothById = new Map(expo.booths.map((b) => [b.id, b]));
  for (let i = 0; i < expo.exhibits.length; i += BATCH) {
    const batch = expo.exhibits.slice(i, i + BATCH);
    await Promise.all(
      batch.flatMap((e, j) => {
        const b = boothById.get(e.boothId);
        const o = orgById.get(e.orgId);
        if (!b || !o) throw new Error(`exhibit ${e.id} names an unknown booth or org`);
        const at = EXPO_OPENED_AT + (i + j) * 1000;
        return [
          redis.hSet(keys.exhibit(e.id), {
            id: e.id,
            boothId: e.boothId,
            orgId: e.orgId,
            hallId: b.hallId,
            orgName: o.name,
            region: o.region,
            type: e.type,
            title: e.title,
            registrationNumber: e.registrationNumber,
            jurisdiction: e.jurisdiction,
            classes: JSON.stringify(e.classes),
            summary: e.summary,
            price: e.askingPrice.amount,
            currency: e.askingPrice.currency,
            tradeModes: JSON.stringify(e.tradeModes),
            status: e.status,
            createdAt: at,
            ...seededLegalStatus(e),
          }),
          redis.zAdd(keys.boothExhibits(e.boothId), { score: at, value: e.id }),
          redis.sAdd(keys.exhibits, e.id),
          ...(e.legalStatus.verifiedAt === undefined ? [redis.zAdd(keys.exhibitsLegalUnverified, { score: at, value: e.id })] : []),
        ];
      }),
    );
    step(batch.length);
  }
  // Counted from the booth's exhibits, so exhibits added by users before a re-seed stay counted.
  const typeOf = new Map(expo.exhibits.map((e) => [e.id, e.type]));
  const members = await Promise.all(expo.booths.map((b) => redis.zRange(keys.boothExhibits(b.id), 0, -1)));
  const unknown = [...new Set(members.flat().filter((id) => !typeOf.has(id)))];
  const unknownTypes = await Promise.all(unknown.map((id) => redis.hGet(keys.exhibit(id), 'type')));
  unknown.forEach((id, i) => {
    typeOf.set(id, (unknownTypes[i] ?? 'patent') as SeedExhibit['type']);
  });
  await Promise.all(
    expo.booths.map((b, i) => {
      const ids = members[i] ?? [];
      const n = (t: string) => ids.filter((id) => typeOf.get(id) === t).length;
      return redis.hSet(keys.booth(b.id), {
        exhibitCount: ids.length,
        'n:patent': n('patent'),
        'n:trademark': n('trademark'),
        'n:copyright': n('copyright'),
      });
    }),
  );
  await redis.hSet(keys.meta, { seeded: scale, seededAt: Date.now() });
  // Every node rebuilds its search index from Redis.
  await redis.publish(channels.catalog, JSON.stringify('*'));
}

/** The hash fields of a seeded legal status; checked ones read as verified by the organizer on their date. */
function seededLegalStatus(e: SeedExhibit): Record<string, string | number> {
  const { state, expiresAt, ownerOfRecord, encumbrances, verifiedAt } = e.legalStatus;
  const pairs = legalStatusFields({ state, expiresAt, ownerOfRecord, encumbrances });
  const fields: Record<string, string | number> = { legalVersion: 1 };
  for (let i = 0; i < pairs.length; i += 2) fields[pairs[i] as string] = pairs[i + 1] as string;
  if (verifiedAt !== undefined) Object.assign(fields, { legalVerifiedAt: verifiedAt, legalVerifiedBy: SEED_VERIFIER });
  return fields;
}
