import type { Deal } from '@pavilion/shared';
import { canCancel, dealRoleOf, escrowStep, mustSign, timeline } from './dealRules';

const deal = (stages: Deal['stages']): Pick<Deal, 'stage' | 'stages'> => ({ stage: stages.at(-1)?.stage ?? 'agreed', stages });

describe('deal rules', () => {
  test('the timeline marks reached stages done, the latest current and the rest pending', () => {
    const rows = timeline(
      deal([
        { stage: 'agreed', at: 1, by: 'system' },
        { stage: 'signed', at: 2, by: 'u1' },
      ]),
    );
    expect(rows.map((r) => [r.stage, r.state])).toEqual([
      ['agreed', 'done'],
      ['signed', 'current'],
      ['paid', 'pending'],
      ['recorded', 'pending'],
      ['completed', 'pending'],
    ]);
  });

  test('after a cancellation the stages not reached are skipped and the cancellation ends the timeline', () => {
    const rows = timeline(
      deal([
        { stage: 'agreed', at: 1, by: 'system' },
        { stage: 'cancelled', at: 3, by: 'u1', reference: 'no funds' },
      ]),
    );
    expect(rows.map((r) => r.state)).toEqual(['done', 'skipped', 'skipped', 'skipped', 'skipped', 'current']);
    expect(rows.at(-1)?.entry?.reference).toBe('no funds');
  });

  test('the escrow agent confirms payment, then recordal, then release; nothing before signatures or after the end', () => {
    expect(['agreed', 'signed', 'paid', 'recorded', 'completed', 'cancelled'].map((s) => escrowStep(s as Deal['stage']))).toEqual([
      null,
      'paid',
      'recorded',
      'completed',
      null,
      null,
    ]);
  });

  test('roles, cancelling and signing follow the parties and the stage', () => {
    const d = { buyerId: 'b', sellerOrgId: 'o' };
    expect(dealRoleOf(d, { id: 'b', role: 'visitor', orgId: undefined })).toBe('buyer');
    expect(dealRoleOf(d, { id: 's', role: 'exhibitor', orgId: 'o' })).toBe('seller');
    expect(dealRoleOf(d, { id: 'x', role: 'organizer', orgId: undefined })).toBe('organizer');
    expect(dealRoleOf(d, { id: 'x', role: 'visitor', orgId: undefined })).toBeNull();
    expect(canCancel('recorded', 'buyer')).toBe(true);
    expect(canCancel('completed', 'organizer')).toBe(false);
    const contract = { signatures: [{ by: 'b', name: 'B', at: 1, side: 'buyer' as const }] };
    expect(mustSign(contract, 'agreed', 'buyer')).toBe(false);
    expect(mustSign(contract, 'agreed', 'seller')).toBe(true);
    expect(mustSign(contract, 'cancelled', 'seller')).toBe(false);
    expect(mustSign(contract, 'agreed', 'organizer')).toBe(false);
  });
});
