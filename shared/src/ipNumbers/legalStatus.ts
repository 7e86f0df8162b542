import { z } from 'zod';
import { enumOf, type IpType, type ValueOf } from '../domain.js';
import { FieldReason } from '../errors.js';
import { EpochMs } from '../ids.js';
import { boundedText, optionalText } from '../text.js';

/** Where a right stands in its office's register. */
export const LegalState = enumOf('pending', 'granted', 'registered', 'lapsed', 'expired');
/** One of {@link LegalState}. */
export type LegalState = ValueOf<typeof LegalState>;
/** All legal states. */
export const LEGAL_STATES = Object.values(LegalState);

/** States in which a right can no longer be traded: negotiations and auctions on it are refused. */
export const DEAD_LEGAL_STATES: readonly LegalState[] = ['lapsed', 'expired'];

/** The most encumbrances an exhibitor may state. */
export const MAX_ENCUMBRANCES = 10;

/**
 * An exhibit's legal status as the exhibitor states it and the organizer verifies it against the register.
 * `version` grows with every change of what is stated (so a verification names the version it checked);
 * `verifiedAt`/`verifiedBy` are set together by the organizer and cleared by any later change.
 */
export interface LegalStatus {
  state: LegalState;
  /** When the right ends (epoch ms), if it has a term. */
  expiresAt?: number;
  ownerOfRecord?: string;
  /** Licences, pledges and other rights already granted on it, one line each. */
  encumbrances?: string[];
  verifiedAt?: number;
  /** The organizer account that checked it. */
  verifiedBy?: string;
  version: number;
}

/** A patent is granted; a trademark or copyright is registered. */
export function legalStateFits(type: IpType, state: LegalState): boolean {
  if (state === 'granted') return type === 'patent';
  if (state === 'registered') return type !== 'patent';
  return true;
}

/** Whether a right in this status can still be traded at `now`. */
export function isTradeable(status: Pick<LegalStatus, 'state' | 'expiresAt'>, now: number): boolean {
  if (DEAD_LEGAL_STATES.includes(status.state)) return false;
  return status.expiresAt === undefined || status.expiresAt > now;
}

/** What an exhibitor states (inside `POST /api/exhibits` and `PATCH /api/exhibits/:id` as `legalStatus`). */
export const LegalStatusInput = z.strictObject({
  state: z.enum(LEGAL_STATES, { error: `must be one of ${LEGAL_STATES.join(', ')}` }),
  expiresAt: EpochMs.optional(),
  ownerOfRecord: optionalText(200),
  encumbrances: z.array(boundedText(200)).max(MAX_ENCUMBRANCES, `must list at most ${MAX_ENCUMBRANCES}`).optional(),
});
/** What an exhibitor states about an exhibit's legal status. */
export type LegalStatusInput = z.infer<typeof LegalStatusInput>;

/** Body of `POST /api/exhibits/:id/legal-status/verify` (organizer): the version checked against the register. */
export const VerifyLegalStatusBody = z.strictObject({ version: z.number({ error: 'must be a number' }).int().min(0) });
export type VerifyLegalStatusBody = z.infer<typeof VerifyLegalStatusBody>;

/** Query of `GET /api/legal-status/queue` (organizer). */
export const LegalQueueQuery = z.strictObject({
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1).max(100).default(50),
});

/** Answer of `GET /api/legal-status/queue`: unchecked legal statuses, oldest change first. */
export interface LegalQueueAnswer {
  items: import('../catalog.js').Exhibit[];
  total: number;
}

/** The refusal of a state that does not fit the type (used by the exhibit schemas and the server). */
export const legalStateIssue = {
  message: 'a patent is granted, a trademark or copyright registered',
  params: { reason: FieldReason.stateNotForType },
} as const;
