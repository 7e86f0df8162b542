import { z } from 'zod';
import type { Exhibit } from '../catalog.js';
import { CountryCode } from '../catalog.js';
import { ClassCodeList } from '../classification/classSchemas.js';
import { IP_TYPES, type IpType, TRADE_MODES, type TradeMode } from '../domain.js';
import { FieldReason } from '../errors.js';
import { Id } from '../ids.js';
import { Money } from '../money.js';
import { boundedText } from '../text.js';

/** Needs one account may hold at once (withdrawn ones do not count). */
export const MAX_NEEDS_PER_USER = 20;
/** Keywords per need, and the length of each. */
export const MAX_NEED_KEYWORDS = 10;
export const MAX_NEED_KEYWORD_LENGTH = 60;
/** Recommendations one answer carries at most. */
export const MAX_RECOMMENDATIONS = 50;

/** Who sees a need: `public` needs are shown (anonymised) to exhibitors whose exhibits match; `private` ones only steer recommendations. */
export const NEED_VISIBILITIES = ['public', 'private'] as const;
export type NeedVisibility = (typeof NEED_VISIBILITIES)[number];

const unique = <T>(items: T[]) => new Set(items).size === items.length;

/** A budget range; both ends optional, the lower not above the upper. */
export const NeedBudget = z
  .strictObject({ min: Money.optional(), max: Money.optional() })
  .refine((b) => b.min === undefined || b.max === undefined || b.min.amount <= b.max.amount, {
    message: 'min must not be above max',
    path: ['min'],
    params: { reason: FieldReason.aboveMaximum },
  });
export type NeedBudget = z.infer<typeof NeedBudget>;

const needFields = {
  title: boundedText(120, 3),
  classes: ClassCodeList,
  keywords: z
    .array(boundedText(MAX_NEED_KEYWORD_LENGTH), { error: 'must be a list of words or phrases' })
    .max(MAX_NEED_KEYWORDS, `at most ${MAX_NEED_KEYWORDS} keywords`)
    .refine((k) => unique(k.map((w) => w.toLowerCase())), {
      message: 'must not repeat a keyword',
      params: { reason: FieldReason.repeated },
    }),
  types: z
    .array(z.enum(IP_TYPES, { error: `must be one of ${IP_TYPES.join(', ')}` }))
    .max(IP_TYPES.length)
    .refine(unique, { message: 'must not repeat a type', params: { reason: FieldReason.repeated } }),
  tradeModes: z
    .array(z.enum(TRADE_MODES, { error: `must be one of ${TRADE_MODES.join(', ')}` }))
    .max(TRADE_MODES.length)
    .refine(unique, { message: 'must not repeat a trade mode', params: { reason: FieldReason.repeated } }),
  territory: z.union(
    [
      z.literal('WORLDWIDE'),
      z
        .array(CountryCode)
        .min(1)
        .max(60)
        .refine(unique, { message: 'must not repeat a country', params: { reason: FieldReason.repeated } }),
    ],
    { error: 'must be "WORLDWIDE" or a list of ISO 3166-1 country codes' },
  ),
  budget: NeedBudget,
  visibility: z.enum(NEED_VISIBILITIES, { error: 'must be "public" or "private"' }),
};

const hasSomethingToMatch = (n: { classes?: string[]; keywords?: string[] }) =>
  (n.classes?.length ?? 0) > 0 || (n.keywords?.length ?? 0) > 0;

/** Body of `POST /api/needs`. */
export const CreateNeedBody = z
  .strictObject({
    title: needFields.title,
    classes: needFields.classes,
    keywords: needFields.keywords.optional(),
    types: needFields.types.optional(),
    tradeModes: needFields.tradeModes.optional(),
    territory: needFields.territory.optional(),
    budget: needFields.budget.optional(),
    visibility: needFields.visibility,
  })
  .refine(hasSomethingToMatch, {
    message: 'name at least one class or keyword',
    path: ['classes'],
    params: { reason: FieldReason.nothingToMatch },
  });
/** Body of `POST /api/needs`. */
export type CreateNeedBody = z.infer<typeof CreateNeedBody>;
/** What the need form edits (before parsing). */
export type CreateNeedInput = z.input<typeof CreateNeedBody>;

/** Body of `PATCH /api/needs/:id`: any of the fields; `territory` / `budget` `null` clears them. */
export const UpdateNeedBody = z
  .strictObject({
    title: needFields.title.optional(),
    classes: needFields.classes.optional(),
    keywords: needFields.keywords.optional(),
    types: needFields.types.optional(),
    tradeModes: needFields.tradeModes.optional(),
    territory: needFields.territory.nullable().optional(),
    budget: needFields.budget.nullable().optional(),
    visibility: needFields.visibility.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'at least one field is required', params: { reason: FieldReason.nothingToChange } });
/** Body of `PATCH /api/needs/:id`. */
export type UpdateNeedBody = z.infer<typeof UpdateNeedBody>;

/** An exhibitor's answer to a need: the exhibit it offers. */
export const AnswerNeedBody = z.strictObject({ exhibitId: Id });
export type AnswerNeedBody = z.infer<typeof AnswerNeedBody>;

/** Who answered a need (shown to the need's owner). */
export interface NeedAnswer {
  orgId: string;
  orgName: string;
  boothId: string;
  exhibitId: string;
  exhibitTitle: string;
  /** The negotiation the answer opened with the buyer. */
  negotiationId: string;
  at: number;
}

/** What a buyer is looking for, as its owner sees it. */
export interface Need {
  id: string;
  title: string;
  classes: string[];
  keywords: string[];
  types: IpType[];
  tradeModes: TradeMode[];
  territory?: 'WORLDWIDE' | string[];
  budget?: NeedBudget;
  visibility: NeedVisibility;
  createdAt: number;
  updatedAt: number;
  /** Exhibitors who answered, oldest first. */
  answers: NeedAnswer[];
}

/** A public need as exhibitors see it: nothing that names the buyer. */
export type PublicNeed = Omit<Need, 'answers' | 'visibility'>;

/** Answer of `GET /api/needs`. */
export interface NeedsAnswer {
  items: Need[];
}

/** One item of `GET /api/exhibitor/needs`. */
export interface MatchingNeed {
  need: PublicNeed;
  score: number;
  /** The caller's exhibits that match it, best first. */
  exhibitIds: string[];
  /** Set once the caller's organization answered it. */
  answered?: { exhibitId: string; negotiationId: string };
}

/** Answer of `GET /api/exhibitor/needs`. */
export interface MatchingNeedsAnswer {
  items: MatchingNeed[];
}

/** Why an exhibit is recommended; `value` is the class, keyword, trade mode, country or booth name that matched. */
export const REASON_KINDS = [
  'class',
  'keyword',
  'type',
  'tradeMode',
  'territory',
  'budget',
  'visited',
  'favourited',
  'negotiated',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export interface RecommendationReason {
  kind: ReasonKind;
  value: string;
}

/** One recommended exhibit. */
export interface Recommendation {
  exhibit: Exhibit;
  score: number;
  reasons: RecommendationReason[];
}

/** Answer of `GET /api/recommendations`. */
export interface RecommendationsAnswer {
  items: Recommendation[];
}

/** Query of `GET /api/recommendations`. */
export const RecommendationsQuery = z.strictObject({
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(MAX_RECOMMENDATIONS, `must be at most ${MAX_RECOMMENDATIONS}`)
    .default(20),
});

/** Query of `GET /api/recommendations/booths`. */
export const MatchingBoothsQuery = z.strictObject({ hallId: Id });

/** Answer of `GET /api/recommendations/booths`: booths of the hall showing an exhibit that matches one of the caller's needs. */
export interface MatchingBoothsAnswer {
  boothIds: string[];
}
