import { type Contract, DEAL_REFERENCE_MAX, type Deal, formatMoney } from '@pavilion/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { Field } from '../../app/ui/Field';
import { formatDateTime } from '../../i18n/format';
import { canCancel, type DealRole, escrowStep, timeline } from './dealRules';
import { dealsApi } from './dealsApi';
import { useDealChanged } from './useDeal';

/** Where the deal stands: the stage timeline, the escrow milestones, and what the caller may do next. */
export function SettlementPanel({ deal, contract, role }: { deal: Deal; contract: Contract | null; role: DealRole }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['deals']);
  return (
    <section className="card settlement-panel" aria-labelledby="settlement-title" data-testid="settlement-panel">
      <h2 id="settlement-title">{t('deals:settlement.heading')}</h2>
      <p>
        {t('deals:settlement.now')}{' '}
        <strong className={`stage-badge stage-badge--${deal.stage}`} data-testid="deal-stage">
          {t(`deals:stage.${deal.stage}`)}
        </strong>
      </p>
      <ol className="stage-timeline" aria-label={t('deals:settlement.timeline')}>
        {timeline(deal).map((row) => (
          <li key={row.stage} className={`stage-timeline__row stage-timeline__row--${row.state}`} data-testid={`timeline-${row.stage}`}>
            <span className="stage-timeline__stage">{t(`deals:stage.${row.stage}`)}</span>
            <span className="muted small">
              {row.entry ? formatDateTime(row.entry.at, lng) : t(`deals:settlement.state.${row.state}`)}
              {row.entry?.reference ? ` · ${t(`deals:settlement.reference.${row.stage}`, { reference: row.entry.reference })}` : ''}
            </span>
          </li>
        ))}
      </ol>
      {contract && (
        <>
          <h3>{t('deals:milestones.heading')}</h3>
          <ul className="milestone-list" data-testid="milestones">
            {contract.milestones.map((m) => (
              <li key={m.id} data-testid={`milestone-${m.id}`}>
                <span>
                  {t(`deals:milestones.due.${m.due}`, { percent: m.percent })} — {formatMoney(m.amount, lng)}
                </span>
                <span className="muted small">
                  {m.confirmedAt
                    ? t('deals:milestones.confirmed', { at: formatDateTime(m.confirmedAt, lng), reference: m.reference ?? '' })
                    : t('deals:milestones.open')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {role === 'organizer' && <EscrowActions deal={deal} contract={contract} />}
      {canCancel(deal.stage, role) && <CancelForm dealId={deal.id} />}
    </section>
  );
}

/**
 * The escrow agent's next confirmation for one deal: each open payment milestone with its payment reference, then the
 * IP office's recordal number, then the release to the seller. Also used by the organizer console's queue.
 */
export function EscrowActions({ deal, contract }: { deal: Pick<Deal, 'id' | 'stage'>; contract: Contract | null }) {
  const step = escrowStep(deal.stage);
  if (!step) return null;
  if (step === 'paid' && contract) {
    const open = contract.milestones.filter((m) => !m.confirmedAt);
    return (
      <div className="escrow-actions">
        {open.map((m) => (
          <ReferenceForm key={m.id} dealId={deal.id} stage="paid" milestone={m.id} />
        ))}
      </div>
    );
  }
  return (
    <div className="escrow-actions">
      <ReferenceForm dealId={deal.id} stage={step} />
    </div>
  );
}

/** One confirmation with its reference (required for payments and the recordal, optional for the release). */
function ReferenceForm({ dealId, stage, milestone }: { dealId: string; stage: 'paid' | 'recorded' | 'completed'; milestone?: string }) {
  const { t } = useTranslation(['deals']);
  const changed = useDealChanged();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset } = useForm({ defaultValues: { reference: '' } });
  const id = `ref-${dealId}-${stage}-${milestone ?? 'all'}`;
  const required = stage !== 'completed';
  const action = milestone ?? stage;
  const submit = handleSubmit(async ({ reference }) => {
    setFailure(null);
    const r = reference.trim();
    try {
      await dealsApi.stage(dealId, { stage, ...(r ? { reference: r } : {}), ...(milestone ? { milestone } : {}) });
      reset();
    } catch (error) {
      setFailure(apiErrorText(error));
    }
    await changed();
  });
  return (
    <form className="reference-form" onSubmit={submit} noValidate data-testid={`escrow-${milestone ?? stage}`}>
      <Field
        id={id}
        label={t(`deals:escrow.label.${action}` as 'deals:escrow.label.recorded')}
        optional={!required}
        error={formState.errors.reference?.message}
      >
        <input
          type="text"
          maxLength={DEAL_REFERENCE_MAX}
          {...register('reference', {
            validate: (v) => (required && v.trim() === '' ? t('deals:escrow.referenceRequired') : true),
          })}
        />
      </Field>
      {failure && (
        <p className="notice" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button button--small" disabled={formState.isSubmitting}>
        {t(`deals:escrow.confirm.${action}` as 'deals:escrow.confirm.recorded')}
      </button>
    </form>
  );
}

/** Cancelling, with the reason both parties will read. */
function CancelForm({ dealId }: { dealId: string }) {
  const { t } = useTranslation(['deals']);
  const changed = useDealChanged();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm({ defaultValues: { reason: '' } });
  const submit = handleSubmit(async ({ reason }) => {
    setFailure(null);
    try {
      await dealsApi.stage(dealId, { stage: 'cancelled', reference: reason.trim() });
      setOpen(false);
    } catch (error) {
      setFailure(apiErrorText(error));
    }
    await changed();
  });
  if (!open) {
    return (
      <p className="actions-row">
        <button type="button" className="button button--ghost button--small" onClick={() => setOpen(true)}>
          {t('deals:cancel.open')}
        </button>
      </p>
    );
  }
  return (
    <form className="cancel-form" onSubmit={submit} noValidate>
      <Field
        id={`cancel-${dealId}`}
        label={t('deals:cancel.reason')}
        hint={t('deals:cancel.hint')}
        error={formState.errors.reason?.message}
      >
        <textarea
          rows={3}
          maxLength={DEAL_REFERENCE_MAX}
          {...register('reason', { validate: (v) => (v.trim() === '' ? t('deals:cancel.reasonRequired') : true) })}
        />
      </Field>
      {failure && (
        <p className="notice" role="alert">
          {failure}
        </p>
      )}
      <p className="actions-row">
        <button type="submit" className="button button--small" disabled={formState.isSubmitting}>
          {t('deals:cancel.submit')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => setOpen(false)}>
          {t('deals:cancel.keep')}
        </button>
      </p>
    </form>
  );
}
