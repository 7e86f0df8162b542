import type { Contract, Deal, DealStage, DealStageEntry, User } from '@pavilion/shared';

/** The caller's part in a deal (the server decides; this only chooses what the page offers). */
export type DealRole = 'buyer' | 'seller' | 'organizer' | null;

export function dealRoleOf(deal: Pick<Deal, 'buyerId' | 'sellerOrgId'>, user: Pick<User, 'id' | 'role' | 'orgId'> | null): DealRole {
  if (!user) return null;
  if (user.id === deal.buyerId) return 'buyer';
  if (user.orgId && user.orgId === deal.sellerOrgId) return 'seller';
  return user.role === 'organizer' ? 'organizer' : null;
}

/** The way forward, in order; `cancelled` may end it at any point before `completed`. */
export const STAGE_PATH: readonly DealStage[] = ['agreed', 'signed', 'paid', 'recorded', 'completed'];

/** One row of the timeline: a stage on the path (or the cancellation), reached or not. */
export interface TimelineRow {
  stage: DealStage;
  state: 'done' | 'current' | 'pending' | 'skipped';
  entry?: DealStageEntry;
}

/** The path with each stage's step where it happened; after a cancellation the stages not reached are skipped. */
export function timeline(deal: Pick<Deal, 'stage' | 'stages'>): TimelineRow[] {
  const reached = new Map(deal.stages.map((s) => [s.stage, s]));
  const cancelled = deal.stage === 'cancelled';
  const rows: TimelineRow[] = STAGE_PATH.map((stage) => {
    const entry = reached.get(stage);
    if (entry) return { stage, state: stage === deal.stage ? 'current' : 'done', entry };
    return { stage, state: cancelled ? 'skipped' : 'pending' };
  });
  const end = reached.get('cancelled');
  if (end) rows.push({ stage: 'cancelled', state: 'current', entry: end });
  return rows;
}

/** The escrow agent's next confirmation for a deal at `stage` (none before both signatures or once it ended). */
export function escrowStep(stage: DealStage): 'paid' | 'recorded' | 'completed' | null {
  if (stage === 'signed') return 'paid';
  if (stage === 'paid') return 'recorded';
  if (stage === 'recorded') return 'completed';
  return null;
}

/** Whether the caller may cancel: a party or the organizer, before completion. */
export function canCancel(stage: DealStage, role: DealRole): boolean {
  return role !== null && stage !== 'completed' && stage !== 'cancelled';
}

/** Whether the caller's side still has to sign (only while the deal is agreed). */
export function mustSign(contract: Pick<Contract, 'signatures'>, stage: DealStage, role: DealRole): boolean {
  if (stage !== 'agreed' || (role !== 'buyer' && role !== 'seller')) return false;
  return !contract.signatures.some((s) => s.side === role);
}

/** The longest name a signature takes (the server's limit). */
export const SIGNATURE_NAME_MAX = 200;
