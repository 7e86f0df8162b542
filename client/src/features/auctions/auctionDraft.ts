import { CreateAuctionBody, FieldReason, issuesOf, type ValidationIssue } from '@pavilion/shared';
import { parseYuan } from '../../lib/yuanInput';

/** What the create-auction form holds: the text of each input. */
export interface AuctionDraft {
  startPrice: string;
  incrementMode: 'fixed' | 'tiered';
  /** The step below the first tier (or the only step). */
  increment: string;
  tiers: { from: string; step: string }[];
  reserve: string;
  startMode: 'now' | 'later';
  /** `datetime-local` values on the seller's wall clock. */
  startsAt: string;
  endsAt: string;
  softCloseMinutes: string;
  hardEndsAt: string;
}

/** The fields of `POST /api/auctions` a problem can belong to. */
export type AuctionField =
  | 'startPrice'
  | 'minIncrement'
  | 'incrementTiers'
  | 'reservePrice'
  | 'startsAt'
  | 'endsAt'
  | 'softCloseMs'
  | 'hardEndsAt';

/** Why a field is not acceptable; each has a translated message in the feature bundle. */
export type AuctionProblem =
  | 'amountInvalid'
  | 'amountZero'
  | 'tiersOrder'
  | 'reserveLow'
  | 'dateInvalid'
  | 'endPast'
  | 'endBeforeStart'
  | 'hardEndBeforeEnd'
  | 'softCloseRange'
  | 'invalid';

export type AuctionErrors = Partial<Record<AuctionField, AuctionProblem>>;

const AUCTION_FIELDS: readonly AuctionField[] = [
  'startPrice',
  'minIncrement',
  'incrementTiers',
  'reservePrice',
  'startsAt',
  'endsAt',
  'softCloseMs',
  'hardEndsAt',
];

function amountOf(text: string, field: AuctionField, errors: AuctionErrors): number | undefined {
  const minor = parseYuan(text);
  if (minor === null) errors[field] = 'amountInvalid';
  else if (minor <= 0) errors[field] = 'amountZero';
  else return minor;
  return undefined;
}

function timeOf(text: string, field: AuctionField, errors: AuctionErrors): number | undefined {
  const at = new Date(text).getTime();
  if (!text || !Number.isFinite(at)) {
    errors[field] = 'dateInvalid';
    return undefined;
  }
  return at;
}

/** The form's problem for each reason the auction rules give a refused field. */
const PROBLEM_OF_REASON = new Map<unknown, AuctionProblem>([
  [FieldReason.past, 'endPast'],
  [FieldReason.beforeStart, 'endBeforeStart'],
  [FieldReason.belowStartPrice, 'reserveLow'],
  [FieldReason.beforeEnd, 'hardEndBeforeEnd'],
  [FieldReason.notIncreasing, 'tiersOrder'],
  [FieldReason.notPositive, 'amountZero'],
]);

/** What one refused field means for the form, read from the issue's code and `params.reason`, never its English. */
export function problemOfIssue(issue: Pick<ValidationIssue, 'code' | 'params'>): AuctionProblem {
  return (issue.code === 'custom' && PROBLEM_OF_REASON.get(issue.params?.reason)) || 'invalid';
}

/**
 * Field problems from validation issues — the shared schema's here, or a 400 `INVALID_INPUT`'s `details.issues`
 * (whose paths start with `body.`) — first problem per field.
 */
export function errorsFromIssues(issues: readonly ValidationIssue[]): AuctionErrors {
  const errors: AuctionErrors = {};
  for (const issue of issues) {
    const top = issue.path.replace(/^body\./, '').split('.')[0] as AuctionField;
    if (AUCTION_FIELDS.includes(top) && !errors[top]) errors[top] = problemOfIssue(issue);
  }
  return errors;
}

/**
 * Turns the draft into the body of `POST /api/auctions`, with the shared `CreateAuctionBody` rules and
 * an end in the future (by `now`, the server's clock as best we know it). Fails with a problem per field.
 */
export function bodyFromDraft(
  draft: AuctionDraft,
  exhibitId: string,
  now: number,
): { ok: true; body: CreateAuctionBody } | { ok: false; errors: AuctionErrors } {
  const errors: AuctionErrors = {};
  const startPrice = amountOf(draft.startPrice, 'startPrice', errors);
  const minIncrement = amountOf(draft.increment, 'minIncrement', errors);
  const tiers: { from: number; step: number }[] = [];
  if (draft.incrementMode === 'tiered') {
    for (const tier of draft.tiers) {
      const from = amountOf(tier.from, 'incrementTiers', errors);
      const step = amountOf(tier.step, 'incrementTiers', errors);
      if (from !== undefined && step !== undefined) tiers.push({ from, step });
    }
    if (!errors.incrementTiers && tiers.some((t, i) => i > 0 && t.from <= (tiers[i - 1] as { from: number }).from))
      errors.incrementTiers = 'tiersOrder';
  }
  let reserve: number | undefined;
  if (draft.reserve.trim()) {
    reserve = amountOf(draft.reserve, 'reservePrice', errors);
    if (reserve !== undefined && startPrice !== undefined && reserve < startPrice) errors.reservePrice = 'reserveLow';
  }
  const startsAt = draft.startMode === 'later' ? timeOf(draft.startsAt, 'startsAt', errors) : undefined;
  const endsAt = timeOf(draft.endsAt, 'endsAt', errors);
  if (endsAt !== undefined) {
    if (endsAt <= now) errors.endsAt = 'endPast';
    else if (startsAt !== undefined && endsAt <= startsAt) errors.endsAt = 'endBeforeStart';
  }
  let hardEndsAt: number | undefined;
  if (draft.hardEndsAt) {
    hardEndsAt = timeOf(draft.hardEndsAt, 'hardEndsAt', errors);
    if (hardEndsAt !== undefined && endsAt !== undefined && hardEndsAt < endsAt) errors.hardEndsAt = 'hardEndBeforeEnd';
  }
  const minutes = draft.softCloseMinutes.trim() === '' ? 2 : Number(draft.softCloseMinutes);
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 60) errors.softCloseMs = 'softCloseRange';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const cny = (amount: number) => ({ amount, currency: 'CNY' as const });
  const candidate = {
    exhibitId,
    startPrice: cny(startPrice as number),
    minIncrement: cny(minIncrement as number),
    ...(tiers.length > 0 ? { incrementTiers: tiers.map((t) => ({ from: cny(t.from), step: cny(t.step) })) } : {}),
    ...(reserve !== undefined ? { reservePrice: cny(reserve) } : {}),
    ...(startsAt !== undefined ? { startsAt } : {}),
    endsAt: endsAt as number,
    ...(hardEndsAt !== undefined ? { hardEndsAt } : {}),
    softCloseMs: minutes * 60_000,
  };
  // The shared schema has the last word: whatever it refuses, the server would refuse too.
  const parsed = CreateAuctionBody.safeParse(candidate);
  if (!parsed.success) {
    const found = errorsFromIssues(issuesOf(parsed.error));
    if (Object.keys(found).length === 0) found.endsAt = 'invalid';
    return { ok: false, errors: found };
  }
  return { ok: true, body: parsed.data };
}
