import {
  type FavouriteBooth,
  type FavouriteExhibit,
  type FavouritesAnswer,
  formatMoney,
  type LiveSession,
  MAX_FAVOURITE_BOOTHS,
  MAX_FAVOURITE_EXHIBITS,
} from '@pavilion/shared';
import { toCsv } from '../../http/csv.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import type { Principal } from '../auth/authService.js';
import type { CatalogService } from '../catalog/catalogService.js';
import type { SessionLifecycle } from '../sessions/sessionLifecycle.js';

const saveScript = LuaScript.fromFile('./saveFavourite.lua', import.meta.url);

/** Sessions per saved booth the calendar export carries (the latest ones). */
export const SESSIONS_PER_BOOTH = 20;

/** What saving asks of the features around it. */
export interface FavouriteHooks {
  /** A first save counts as a lead action at the booth (the analytics feature decides what it shows). */
  onSaved: (boothId: string, user: Principal) => Promise<void>;
}

/** The briefcase: exhibits and booths a user saved, and their exports. */
export class FavouritesService {
  constructor(
    private readonly redis: Redis,
    private readonly catalog: CatalogService,
    private readonly sessions: SessionLifecycle,
    private readonly hooks: FavouriteHooks,
  ) {}

  async saveExhibit(user: Principal, exhibitId: string): Promise<number> {
    const [kind, at] = await this.save(keys.userFavouriteExhibits(user.id), keys.exhibit(exhibitId), exhibitId, 'exhibit');
    if (kind === 'new') {
      const boothId = await this.redis.hGet(keys.exhibit(exhibitId), 'boothId');
      if (boothId) await this.hooks.onSaved(boothId, user);
    }
    return at;
  }

  async saveBooth(user: Principal, boothId: string): Promise<number> {
    const [kind, at] = await this.save(keys.userFavouriteBooths(user.id), keys.booth(boothId), boothId, 'booth');
    if (kind === 'new') await this.hooks.onSaved(boothId, user);
    return at;
  }

  private async save(setKey: string, itemKey: string, id: string, what: 'exhibit' | 'booth'): Promise<[string, number]> {
    const cap = what === 'exhibit' ? MAX_FAVOURITE_EXHIBITS : MAX_FAVOURITE_BOOTHS;
    const now = await redisNow(this.redis);
    const [kind, at] = (await saveScript.run(this.redis, [setKey, itemKey], [id, now, cap, what])) as [string, string];
    return [kind, Number(at)];
  }

  async removeExhibit(user: Principal, exhibitId: string): Promise<void> {
    await this.redis.zRem(keys.userFavouriteExhibits(user.id), exhibitId);
  }

  async removeBooth(user: Principal, boothId: string): Promise<void> {
    await this.redis.zRem(keys.userFavouriteBooths(user.id), boothId);
  }

  /** The briefcase, most recently saved first; things that no longer exist are left out. */
  async list(user: Principal): Promise<FavouritesAnswer> {
    const [exhibitRows, boothRows] = await Promise.all([
      this.redis.zRangeWithScores(keys.userFavouriteExhibits(user.id), 0, -1, { REV: true }),
      this.redis.zRangeWithScores(keys.userFavouriteBooths(user.id), 0, -1, { REV: true }),
    ]);
    const [exhibits, booths] = await Promise.all([
      this.catalog.exhibits(exhibitRows.map((r) => r.value)),
      this.catalog.booths(boothRows.map((r) => r.value)),
    ]);
    const exhibitById = new Map(exhibits.map((e) => [e.id, e]));
    const boothById = new Map(booths.map((b) => [b.id, b]));
    const items: FavouriteExhibit[] = exhibitRows.flatMap((r) => {
      const exhibit = exhibitById.get(r.value);
      return exhibit ? [{ exhibit, savedAt: r.score }] : [];
    });
    const savedBooths: FavouriteBooth[] = boothRows.flatMap((r) => {
      const booth = boothById.get(r.value);
      return booth ? [{ booth, savedAt: r.score }] : [];
    });
    return { items, booths: savedBooths };
  }

  /** The sessions of the saved booths and of the booths of saved exhibits, soonest first. */
  async sessionsOfSaved(user: Principal): Promise<LiveSession[]> {
    const { items, booths } = await this.list(user);
    const boothIds = [...new Set([...booths.map((b) => b.booth.id), ...items.map((i) => i.exhibit.boothId)])];
    const idLists = await Promise.all(
      boothIds.map((id) => this.redis.zRange(keys.boothSessions(id), 0, SESSIONS_PER_BOOTH - 1, { REV: true })),
    );
    const sessions = await this.sessions.sessions([...new Set(idLists.flat())]);
    return sessions.sort((a, b) => a.startsAt - b.startsAt || (a.id < b.id ? -1 : 1));
  }
}

/** The briefcase as CSV: one row per saved exhibit, then one per saved booth. */
export function favouritesToCsv(f: FavouritesAnswer, origin: string): string {
  const rows = [
    ...f.items.map(({ exhibit: e, savedAt }) => [
      'exhibit',
      e.id,
      e.title,
      e.orgName,
      e.type,
      e.registrationNumber,
      e.jurisdiction,
      e.classes.join(' | '),
      formatMoney(e.askingPrice, 'en'),
      e.tradeModes.join(' | '),
      e.status,
      e.hallId,
      e.boothId,
      new Date(savedAt).toISOString(),
      `${origin}/booth/${e.boothId}`,
    ]),
    ...f.booths.map(({ booth: b, savedAt }) => [
      'booth',
      b.id,
      b.name,
      b.orgName,
      '',
      '',
      b.country,
      '',
      '',
      '',
      '',
      b.hallId,
      b.id,
      new Date(savedAt).toISOString(),
      `${origin}/booth/${b.id}`,
    ]),
  ];
  return toCsv(
    [
      'kind',
      'id',
      'title',
      'organization',
      'type',
      'registrationNumber',
      'jurisdiction',
      'classes',
      'askingPrice',
      'tradeModes',
      'status',
      'hallId',
      'boothId',
      'savedAt',
      'link',
    ],
    rows,
  );
}
