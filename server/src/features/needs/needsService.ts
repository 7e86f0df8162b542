import {
  type CreateNeedBody,
  MAX_NEEDS_PER_USER,
  type MatchingNeed,
  type Need,
  type NeedAnswer,
  type NeedVisibility,
  type PublicNeed,
  type Recommendation,
  type UpdateNeedBody,
} from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import { newId } from '../../ids.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import type { AuthService, Principal } from '../auth/authService.js';
import type { NegotiationService } from '../negotiations/negotiationService.js';
import type { MatchIndex } from './matchIndex.js';
import { affinityKeys, type Behaviour, matchingBooths, matchOrgExhibits, type NeedCriteria, recommend } from './recommender.js';

const createScript = LuaScript.fromFile('./createNeed.lua', import.meta.url);
const updateScript = LuaScript.fromFile('./updateNeed.lua', import.meta.url);
const withdrawScript = LuaScript.fromFile('./withdrawNeed.lua', import.meta.url);
const answerScript = LuaScript.fromFile('./answerNeed.lua', import.meta.url);

/** Public needs an exhibitor's matching reads: the most recently changed ones. */
export const PUBLIC_NEEDS_SCANNED = 1_000;
/** Matching needs one exhibitor answer lists. */
export const MAX_MATCHING_NEEDS = 50;
/** Booths entered and negotiations that steer recommendations (the latest ones). */
const BEHAVIOUR_WINDOW = 100;

/** What a need stores beside its id, owner, visibility and times. */
type NeedData = NeedCriteria & { title: string };

function toData(body: CreateNeedBody): NeedData {
  const data: NeedData = {
    title: body.title,
    classes: body.classes,
    keywords: body.keywords ?? [],
    types: body.types ?? [],
    tradeModes: body.tradeModes ?? [],
  };
  if (body.territory) data.territory = body.territory;
  if (body.budget) data.budget = body.budget;
  return data;
}

function toPublicNeed(r: Record<string, string>): PublicNeed {
  const data = JSON.parse(r.data ?? '{}') as NeedData;
  const need: PublicNeed = {
    id: r.id ?? '',
    title: data.title,
    classes: data.classes ?? [],
    keywords: data.keywords ?? [],
    types: data.types ?? [],
    tradeModes: data.tradeModes ?? [],
    createdAt: Number(r.createdAt ?? 0),
    updatedAt: Number(r.updatedAt ?? 0),
  };
  if (data.territory) need.territory = data.territory;
  if (data.budget) need.budget = data.budget;
  return need;
}

/** Buyers' needs, the recommendations they drive and exhibitors' answers to them. */
export class NeedsService {
  constructor(
    private readonly redis: Redis,
    private readonly index: MatchIndex,
    private readonly negotiations: NegotiationService,
    private readonly auth: AuthService,
  ) {}

  async create(user: Principal, body: CreateNeedBody): Promise<Need> {
    const id = newId('need');
    const now = await redisNow(this.redis);
    await createScript.run(
      this.redis,
      [keys.userNeeds(user.id), keys.need(id), keys.publicNeeds],
      [id, user.id, JSON.stringify(toData(body)), body.visibility, now, MAX_NEEDS_PER_USER],
    );
    return this.own(user, id);
  }

  async update(user: Principal, id: string, body: UpdateNeedBody): Promise<Need> {
    const { visibility, ...fields } = body;
    const now = await redisNow(this.redis);
    await updateScript.run(this.redis, [keys.need(id), keys.publicNeeds], [user.id, JSON.stringify(fields), visibility ?? '', now]);
    return this.own(user, id);
  }

  async withdraw(user: Principal, id: string): Promise<void> {
    await withdrawScript.run(this.redis, [keys.need(id), keys.userNeeds(user.id), keys.publicNeeds, keys.needAnswers(id)], [user.id, id]);
  }

  /** The caller's needs, newest first, with who answered them. */
  async mine(user: Principal): Promise<Need[]> {
    const ids = await this.redis.zRange(keys.userNeeds(user.id), 0, -1, { REV: true });
    const needs = await Promise.all(ids.map((id) => this.read(id)));
    return needs.filter((n): n is Need & { ownerId: string } => n !== null && n.ownerId === user.id).map(({ ownerId: _, ...n }) => n);
  }

  /** One of the caller's needs; anyone else's is NOT_FOUND. */
  async own(user: Principal, id: string): Promise<Need> {
    const need = await this.read(id);
    if (!need || need.ownerId !== user.id) throw fail.notFound('need');
    const { ownerId: _, ...rest } = need;
    return rest;
  }

  private async read(id: string): Promise<(Need & { ownerId: string }) | null> {
    const [r, answers] = await Promise.all([this.redis.hGetAll(keys.need(id)), this.redis.hVals(keys.needAnswers(id))]);
    if (!r.id) return null;
    return {
      ...toPublicNeed(r),
      visibility: (r.visibility ?? 'private') as NeedVisibility,
      answers: answers.map((a) => JSON.parse(a) as NeedAnswer).sort((a, b) => a.at - b.at || (a.orgId < b.orgId ? -1 : 1)),
      ownerId: r.ownerId ?? '',
    };
  }

  /** What the caller did that steers recommendations: booths entered, exhibits saved and negotiated on. */
  private async behaviour(user: Principal): Promise<Behaviour> {
    const [visited, saved, negotiationIds] = await Promise.all([
      this.redis.zRange(keys.userVisitedBooths(user.id), 0, BEHAVIOUR_WINDOW - 1, { REV: true }),
      this.redis.zRange(keys.userFavouriteExhibits(user.id), 0, BEHAVIOUR_WINDOW - 1, { REV: true }),
      this.redis.zRange(keys.buyerNegotiations(user.id), 0, BEHAVIOUR_WINDOW - 1, { REV: true }),
    ]);
    const negotiated = await Promise.all(negotiationIds.map((id) => this.redis.hGet(keys.negotiation(id), 'exhibitId')));
    const affinity = new Map<string, 'favourited' | 'negotiated'>();
    const learn = (exhibitIds: (string | null | undefined)[], kind: 'favourited' | 'negotiated') => {
      for (const id of exhibitIds) {
        const e = id ? this.index.get(id) : undefined;
        if (e) for (const k of affinityKeys(e.exhibit.classes)) if (!affinity.has(k)) affinity.set(k, kind);
      }
    };
    learn(negotiated, 'negotiated');
    learn(saved, 'favourited');
    return { visitedBooths: new Set(visited), affinity };
  }

  private async criteria(user: Principal): Promise<NeedCriteria[]> {
    return this.mine(user);
  }

  /** Exhibits ranked for the caller's needs and behaviour, best first. */
  async recommendations(user: Principal, limit: number): Promise<Recommendation[]> {
    const [needs, behaviour] = await Promise.all([this.criteria(user), this.behaviour(user)]);
    return recommend(this.index, needs, behaviour, { limit, ownOrgId: user.orgId }).flatMap(({ exhibitId, ...rest }) => {
      const ix = this.index.get(exhibitId);
      return ix ? [{ exhibit: ix.exhibit, ...rest }] : [];
    });
  }

  /** Booths of a hall that show something matching the caller's needs. */
  async matchingBooths(user: Principal, hallId: string): Promise<string[]> {
    const needs = await this.criteria(user);
    if (needs.length === 0) return [];
    return matchingBooths(this.index, needs, hallId, user.orgId);
  }

  /** Public needs (of other people) matching the caller's organization's exhibits, best first; buyers never named. */
  async forExhibitor(user: Principal): Promise<MatchingNeed[]> {
    if (!user.orgId) throw fail.forbidden('matching needs are for exhibitors', 'notExhibitor');
    const orgId = user.orgId;
    const ids = await this.redis.zRange(keys.publicNeeds, 0, PUBLIC_NEEDS_SCANNED - 1, { REV: true });
    const rows = await Promise.all(
      ids.map((id) => Promise.all([this.redis.hGetAll(keys.need(id)), this.redis.hGet(keys.needAnswers(id), orgId)])),
    );
    const items: MatchingNeed[] = [];
    for (const [r, answer] of rows) {
      if (!r.id || r.visibility !== 'public' || r.ownerId === user.id) continue;
      const need = toPublicNeed(r);
      const match = matchOrgExhibits(this.index, orgId, need);
      if (!match) continue;
      const item: MatchingNeed = { need, score: Math.round(match.score * 100) / 100, exhibitIds: match.exhibitIds.slice(0, 20) };
      if (answer) {
        const a = JSON.parse(answer) as NeedAnswer;
        item.answered = { exhibitId: a.exhibitId, negotiationId: a.negotiationId };
      }
      items.push(item);
    }
    items.sort((a, b) => b.score - a.score || (a.need.id < b.need.id ? -1 : 1));
    return items.slice(0, MAX_MATCHING_NEEDS);
  }

  /**
   * Booth staff answer a public need with one of their exhibits: a negotiation opens between the need's owner
   * (as buyer) and the organization, recorded on the need so its owner sees who answered.
   */
  async answer(user: Principal, needId: string, exhibitId: string): Promise<{ answer: NeedAnswer; exhibitId: string }> {
    if (!user.orgId) throw fail.forbidden('only exhibitors answer needs', 'notExhibitor');
    const [need, exhibit] = await Promise.all([
      this.redis.hmGet(keys.need(needId), ['ownerId', 'visibility']),
      this.redis.hmGet(keys.exhibit(exhibitId), ['id', 'orgId', 'boothId', 'title', 'orgName']),
    ]);
    const [ownerId, visibility] = need;
    if (!ownerId || visibility !== 'public' || ownerId === user.id) throw fail.notFound('need');
    const [id, orgId, boothId, title, orgName] = exhibit;
    if (!id) throw fail.notFound('exhibit');
    if (orgId !== user.orgId) throw fail.forbidden("answer with one of your own organization's exhibits", 'notOwnExhibit');
    const buyer = await this.auth.principal(ownerId);
    if (!buyer) throw fail.notFound('need');
    const opened = await this.negotiations.open(buyer, exhibitId, { by: user.id, needId });
    const answer: NeedAnswer = {
      orgId,
      orgName: orgName ?? '',
      boothId: boothId ?? '',
      exhibitId,
      exhibitTitle: title ?? '',
      negotiationId: opened.update.negotiation.id,
      at: await redisNow(this.redis),
    };
    await answerScript.run(this.redis, [keys.need(needId), keys.needAnswers(needId)], [orgId, JSON.stringify(answer)]);
    return { answer, exhibitId };
  }
}
