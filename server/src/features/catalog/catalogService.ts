import {
  BOOTH_PACKAGES,
  type Booth,
  type BoothAnswer,
  type BoothPackage,
  type CreateBoothBody,
  type CreateExhibitBody,
  EXPO_NAME,
  type Exhibit,
  type ExhibitLicence,
  type ExpoAnswer,
  entranceRank,
  HALL_GRID,
  type Hall,
  type HallAnswer,
  type HallCategory,
  type IpType,
  legalStateFits,
  legalStateIssue,
  packageFootprint,
  registrationNumberIssue,
  SLOTS_PER_HALL,
  type UpdateBoothBody,
  type UpdateExhibitBody,
} from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import { PreparedJson } from '../../http/preparedJson.js';
import { newId } from '../../ids.js';
import type { Redis } from '../../redis/client.js';
import { numberFields, textFields } from '../../redis/hashFields.js';
import { channels, keys } from '../../redis/keys.js';
import { type LuaFile, LuaScript } from '../../redis/luaScript.js';
import type { Principal } from '../auth/authService.js';
import { toOrganization } from '../auth/authService.js';
import { legalStatusFields, toLegalStatus } from './legalStatus.js';

/** How long a node reuses a hall answer. */
export const HALL_CACHE_MS = 2_000;

const BOOTH_SLOTS_LUA: LuaFile = { file: './boothSlots.lua', base: import.meta.url };
const createBoothScript = LuaScript.compose('createBooth', [BOOTH_SLOTS_LUA, { file: './createBooth.lua', base: import.meta.url }]);
const setBoothPackageScript = LuaScript.compose('setBoothPackage', [
  BOOTH_SLOTS_LUA,
  { file: './setBoothPackage.lua', base: import.meta.url },
]);
/** The grid the slot scripts place packages on (the shared HALL_GRID). */
const GRID_ARGS = [HALL_GRID.cols, HALL_GRID.rows, HALL_GRID.blockCols, HALL_GRID.blockRows] as const;
/** Each slot's score in a hall's free-slot set, for slots a booth gives back. */
const SLOT_RANKS = Array.from({ length: SLOTS_PER_HALL }, (_, slot) => entranceRank(slot));
const createExhibitScript = LuaScript.fromFile('./createExhibit.lua', import.meta.url);
const updateExhibitScript = LuaScript.fromFile('./updateExhibit.lua', import.meta.url);
const updateBoothScript = LuaScript.fromFile('./updateBooth.lua', import.meta.url);
const verifyLegalScript = LuaScript.fromFile('./verifyLegalStatus.lua', import.meta.url);

/** What the catalog asks of the features around it. */
export interface CatalogHooks {
  /** Called after every catalog write with the exhibits whose search entries changed; the write's answer waits for it. */
  onChange?: (exhibitIds: string[]) => Promise<void> | void;
  /** Visitors in a hall right now (the presence feature knows). */
  visitorCount?: (hallId: string) => Promise<number>;
}

/** Halls, booths and exhibits: reads and owner-only writes. */
export class CatalogService {
  // A full hall is ~600 booths (≈230 KB of JSON); every visitor entering a hall asks for it. Answers are
  // kept for a moment per node, serialized with their gzip form and ETag, and dropped on any local change to that
  // hall; other nodes' changes show within HALL_CACHE_MS (live state such as sessions travels over sockets, not
  // through this). A reload that finds the same bytes keeps the answer it had (and its gzip form).
  private readonly hallCache = new Map<string, { at: number; answer: Promise<PreparedJson> }>();

  constructor(
    private readonly redis: Redis,
    private readonly hooks: CatalogHooks = {},
  ) {}

  /** Forgets the cached answer of a hall (after a change to it). */
  invalidateHall(hallId: string): void {
    this.hallCache.delete(hallId);
  }

  async expo(): Promise<ExpoAnswer> {
    const ids = await this.redis.zRange(keys.hallIds, 0, -1);
    const rows = await Promise.all(
      ids.map(async (id) => {
        const [h, boothCount, freeSlots, visitors, liveBooths] = await Promise.all([
          this.redis.hGetAll(keys.hall(id)),
          this.redis.sCard(keys.hallBooths(id)),
          this.redis.zCard(keys.hallFreeSlots(id)),
          this.hooks.visitorCount?.(id) ?? 0,
          this.redis.sCard(keys.hallLiveBooths(id)),
        ]);
        return {
          id,
          name: h.name ?? id,
          category: (h.category ?? 'patent') as HallCategory,
          boothCount,
          visitors,
          liveBooths,
          capacity: Number(h.capacity ?? 0),
          freeSlots,
        };
      }),
    );
    return { name: EXPO_NAME, halls: rows };
  }

  /** `GET /api/halls/:id` as sent: a `HallAnswer`, serialized. */
  hall(hallId: string): Promise<PreparedJson> {
    const hit = this.hallCache.get(hallId);
    if (hit && Date.now() - hit.at < HALL_CACHE_MS) return hit.answer;
    const answer = this.loadHall(hallId).then((loaded) => {
      const json = JSON.stringify(loaded);
      return hit
        ? hit.answer.then((had) => (had.sameJson(json) ? had : new PreparedJson(json))).catch(() => new PreparedJson(json))
        : new PreparedJson(json);
    });
    this.hallCache.set(hallId, { at: Date.now(), answer });
    answer.catch(() => this.hallCache.delete(hallId));
    return answer;
  }

  private async loadHall(hallId: string): Promise<HallAnswer> {
    const h = await this.redis.hGetAll(keys.hall(hallId));
    if (!h.id) throw fail.notFound('hall');
    const hall: Hall = {
      id: h.id,
      name: h.name ?? h.id,
      category: (h.category ?? 'patent') as HallCategory,
      width: Number(h.width),
      depth: Number(h.depth),
      capacity: Number(h.capacity),
    };
    const boothIds = await this.redis.sMembers(keys.hallBooths(hallId));
    const booths = (await this.booths(boothIds)).sort((a, b) => a.slot - b.slot);
    return { hall, booths };
  }

  /** Booths by id (missing ones are skipped), with their organizations' live fields. */
  async booths(ids: string[]): Promise<Booth[]> {
    if (ids.length === 0) return [];
    const rows = await Promise.all(ids.map((id) => this.redis.hGetAll(keys.booth(id))));
    const orgIds = rows.map((r) => r.orgId ?? '-');
    const verified = await Promise.all(orgIds.map((o) => this.redis.hGet(keys.org(o), 'verified')));
    const out: Booth[] = [];
    rows.forEach((r, i) => {
      if (r.id) out.push(toBooth(r, verified[i] === '1'));
    });
    return out;
  }

  async booth(boothId: string): Promise<BoothAnswer> {
    const [booth] = await this.booths([boothId]);
    if (!booth) throw fail.notFound('booth');
    const [exhibitIds, org] = await Promise.all([
      this.redis.zRange(keys.boothExhibits(boothId), 0, -1),
      this.redis.hGetAll(keys.org(booth.orgId)),
    ]);
    return { booth, exhibits: await this.exhibits(exhibitIds), organization: toOrganization(org) };
  }

  async exhibits(ids: string[]): Promise<Exhibit[]> {
    const rows = await Promise.all(ids.map((id) => this.redis.hGetAll(keys.exhibit(id))));
    return rows.filter((r) => r.id).map(toExhibit);
  }

  async exhibit(id: string): Promise<Exhibit> {
    const [e] = await this.exhibits([id]);
    if (!e) throw fail.notFound('exhibit');
    return e;
  }

  async createBooth(user: Principal, body: CreateBoothBody): Promise<Booth> {
    if (user.role !== 'exhibitor' || !user.orgId) throw fail.forbidden('only exhibitors can set up a booth', 'notExhibitor');
    const boothId = newId('booth');
    await createBoothScript.run(
      this.redis,
      [
        keys.hall(body.hallId),
        keys.hallFreeSlots(body.hallId),
        keys.hallBooths(body.hallId),
        keys.booth(boothId),
        keys.org(user.orgId),
        keys.exhibitors,
        keys.overseasExhibitors,
      ],
      [boothId, user.orgId, body.hallId, body.name, body.tagline ?? '', Date.now(), 'standard', ...GRID_ARGS],
    );
    const [booth] = await this.booths([boothId]);
    this.invalidateHall(body.hallId);
    await this.hooks.onChange?.([]);
    return booth as Booth;
  }

  async updateBooth(user: Principal, boothId: string, body: UpdateBoothBody): Promise<Booth> {
    const fields: string[] = [];
    if (body.name !== undefined) fields.push('name', body.name);
    if (body.tagline !== undefined) fields.push('tagline', body.tagline);
    await updateBoothScript.run(this.redis, [keys.booth(boothId)], [user.orgId ?? '', ...fields]);
    const [booth] = await this.booths([boothId]);
    if (booth) this.invalidateHall(booth.hallId);
    return booth as Booth;
  }

  /**
   * The organizer changes a booth's package: it grows or shrinks in place where it can, else moves to a free
   * place of that size in the same block (409 `noRoomForPackage` when there is none). Every node's hall answer
   * follows within {@link HALL_CACHE_MS}; this node's at once.
   */
  async setBoothPackage(boothId: string, pkg: BoothPackage): Promise<Booth> {
    const hallId = await this.redis.hGet(keys.booth(boothId), 'hallId');
    if (!hallId) throw fail.notFound('booth');
    await setBoothPackageScript.run(
      this.redis,
      [keys.booth(boothId), keys.hallFreeSlots(hallId)],
      [hallId, pkg, ...GRID_ARGS, ...SLOT_RANKS],
    );
    this.invalidateHall(hallId);
    const [booth] = await this.booths([boothId]);
    if (!booth) throw fail.notFound('booth');
    return booth;
  }

  async createExhibit(user: Principal, body: CreateExhibitBody): Promise<Exhibit> {
    if (!user.orgId) throw fail.forbidden("only staff of this booth's organization may add exhibits", 'notStaff');
    const id = newId('ex');
    await createExhibitScript.run(
      this.redis,
      [keys.booth(body.boothId), keys.exhibit(id), keys.boothExhibits(body.boothId), keys.exhibits, keys.exhibitsLegalUnverified],
      [id, user.orgId, Date.now(), ...exhibitFields({ legalStatus: { state: 'pending' }, ...body })],
    );
    await this.publishChange([id]);
    const exhibit = await this.exhibit(id);
    this.invalidateHall(exhibit.hallId);
    return exhibit;
  }

  async updateExhibit(user: Principal, exhibitId: string, body: UpdateExhibitBody): Promise<Exhibit> {
    const touchesRegister = body.registrationNumber !== undefined || body.jurisdiction !== undefined || body.legalStatus !== undefined;
    if (touchesRegister) await this.checkAgainstType(exhibitId, body);
    await updateExhibitScript.run(
      this.redis,
      [keys.exhibit(exhibitId), keys.exhibitsLegalUnverified],
      [user.orgId ?? '', touchesRegister ? '1' : '0', ...exhibitFields(body)],
    );
    await this.publishChange([exhibitId]);
    return this.exhibit(exhibitId);
  }

  /**
   * The checks of the create schema that need the exhibit's type, which an edit never changes: the number
   * (with its jurisdiction, new or stored) and the legal state.
   */
  private async checkAgainstType(exhibitId: string, body: UpdateExhibitBody): Promise<void> {
    const [type, jurisdiction, registrationNumber] = await this.redis.hmGet(keys.exhibit(exhibitId), [
      'type',
      'jurisdiction',
      'registrationNumber',
    ]);
    if (!type) throw fail.notFound('exhibit');
    if (body.registrationNumber !== undefined || body.jurisdiction !== undefined) {
      const issue = registrationNumberIssue(
        type as IpType,
        body.jurisdiction ?? jurisdiction ?? '',
        body.registrationNumber ?? registrationNumber ?? '',
      );
      if (issue)
        throw fail.invalid(`body.registrationNumber: ${issue.message}`, [
          { path: 'body.registrationNumber', code: 'custom', params: issue.params },
        ]);
    }
    if (body.legalStatus && !legalStateFits(type as IpType, body.legalStatus.state))
      throw fail.invalid(`body.legalStatus.state: ${legalStateIssue.message}`, [
        { path: 'body.legalStatus.state', code: 'custom', params: { ...legalStateIssue.params } },
      ]);
  }

  /** The organizer's queue: exhibits whose stated legal status nobody has checked yet, oldest change first. */
  async legalQueue(limit: number): Promise<{ items: Exhibit[]; total: number }> {
    const [ids, total] = await Promise.all([
      this.redis.zRange(keys.exhibitsLegalUnverified, 0, limit - 1),
      this.redis.zCard(keys.exhibitsLegalUnverified),
    ]);
    return { items: await this.exhibits(ids), total };
  }

  /** The organizer checked `version` of an exhibit's legal status against the register. */
  async verifyLegalStatus(organizerId: string, exhibitId: string, version: number): Promise<Exhibit> {
    await verifyLegalScript.run(this.redis, [keys.exhibit(exhibitId), keys.exhibitsLegalUnverified], [version, organizerId]);
    await this.publishChange([exhibitId]);
    const exhibit = await this.exhibit(exhibitId);
    this.invalidateHall(exhibit.hallId);
    return exhibit;
  }

  /**
   * Tells every node that these exhibits changed. Other nodes catch up through pub/sub; this node's own
   * reaction is awaited so the writer reads its write (search included) in its very next request.
   */
  async publishChange(exhibitIds: string[]): Promise<void> {
    await this.redis.publish(channels.catalog, JSON.stringify(exhibitIds));
    await this.hooks.onChange?.(exhibitIds);
  }
}

/** Field/value pairs of an exhibit hash for the given (partial) body. */
export function exhibitFields(body: Partial<CreateExhibitBody>): string[] {
  const f: string[] = [];
  const put = (k: string, v: string | undefined) => {
    if (v !== undefined) f.push(k, v);
  };
  put('type', body.type);
  put('title', body.title);
  put('registrationNumber', body.registrationNumber);
  put('jurisdiction', body.jurisdiction);
  put('classes', body.classes ? JSON.stringify(body.classes) : body.type ? '[]' : undefined);
  put('summary', body.summary);
  put('price', body.askingPrice ? String(body.askingPrice.amount) : undefined);
  put('currency', body.askingPrice?.currency);
  put('tradeModes', body.tradeModes ? JSON.stringify(body.tradeModes) : undefined);
  if (body.legalStatus) f.push(...legalStatusFields(body.legalStatus));
  return f;
}

/** The URL a booth's logo is read at, versioned by its content so a browser may keep it for good. */
export function logoUrl(boothId: string, sha256: string): string {
  return `/api/booths/${boothId}/logo?v=${sha256.slice(0, 16)}`;
}

/** A booth hash as clients see it. */
export function toBooth(r: Record<string, string>, verified: boolean): Booth {
  const slot = Number(r.slot);
  const pkg = boothPackageOf(r.package);
  const fp = packageFootprint(slot, pkg);
  const booth: Booth = {
    ...textFields(r, ['id', 'hallId', 'orgId', 'orgName', 'country', 'name']),
    ...numberFields(r, ['exhibitCount', 'createdAt']),
    orgKind: (r.orgKind ?? 'enterprise') as Booth['orgKind'],
    region: (r.region ?? 'MAINLAND') as Booth['region'],
    verified,
    slot,
    package: pkg,
    ...fp,
    typeCounts: { patent: Number(r['n:patent'] ?? 0), trademark: Number(r['n:trademark'] ?? 0), copyright: Number(r['n:copyright'] ?? 0) },
    live: r.live === '1',
  };
  if (r.tagline) booth.tagline = r.tagline;
  if (r.logo) booth.logoUrl = logoUrl(booth.id, r.logo);
  return booth;
}

/** A booth hash's package field; booths stored before packages existed are standard. */
function boothPackageOf(value: string | undefined): BoothPackage {
  return (BOOTH_PACKAGES as readonly string[]).includes(value ?? '') ? (value as BoothPackage) : 'standard';
}

/** An exhibit hash as clients see it. */
export function toExhibit(r: Record<string, string>): Exhibit {
  const e: Exhibit = {
    ...textFields(r, ['id', 'boothId', 'orgId', 'hallId', 'orgName', 'title', 'registrationNumber', 'jurisdiction']),
    region: (r.region ?? 'MAINLAND') as Exhibit['region'],
    type: (r.type ?? 'patent') as Exhibit['type'],
    classes: JSON.parse(r.classes ?? '[]') as string[],
    askingPrice: { amount: Number(r.price ?? 0), currency: 'CNY' },
    tradeModes: JSON.parse(r.tradeModes ?? '[]') as Exhibit['tradeModes'],
    status: (r.status ?? 'available') as Exhibit['status'],
    legalStatus: toLegalStatus(r),
    createdAt: Number(r.createdAt ?? 0),
  };
  if (r.summary) e.summary = r.summary;
  if (r.licences) e.licences = exhibitLicences(r.licences);
  return e;
}

/** The exhibit's `licences` field (JSON written by the deal stage script; times travel as strings there). */
function exhibitLicences(json: string): ExhibitLicence[] {
  const raw = JSON.parse(json) as { dealId: string; mode: ExhibitLicence['mode']; territory: ExhibitLicence['territory']; since: string }[];
  return raw.map((l) => ({ dealId: l.dealId, mode: l.mode, territory: l.territory, since: Number(l.since) }));
}
