import { type Auction, type CreateAuctionBody, type Exhibit, MINOR_PER_YUAN, type ValidationIssue } from '@pavilion/shared';
import i18next from 'i18next';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { RadioRow } from '../../app/ui/Choices';
import { Field, FieldError, FieldSet } from '../../app/ui/Field';
import { checkResolver, markRefusedFields } from '../../app/ui/formResolver';
import { Refusal } from '../../app/ui/Refusal';
import { yuanInputValue } from '../../lib/yuanInput';
import { ApiError, serverNowOrLocal } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { toLocalInputValue } from '../negotiations';
import { useExhibitAuction } from './AuctionBadge';
import { auctionApi } from './auctionApi';
import { type AuctionDraft, type AuctionField, type AuctionProblem, bodyFromDraft, problemOfIssue } from './auctionDraft';
import { forgetAuctionLists } from './findAuction';
import './auctions.css';

const HOUR = 3_600_000;
const INCREMENT_MODES = ['fixed', 'tiered'] as const;
const START_MODES = ['now', 'later'] as const;

function initialDraft(exhibit: Exhibit): AuctionDraft {
  const asking = exhibit.askingPrice.amount;
  // A step of about 1 % of the asking price, in whole yuan.
  const step = Math.max(MINOR_PER_YUAN, Math.round(asking / 100 / MINOR_PER_YUAN) * MINOR_PER_YUAN);
  return {
    startPrice: yuanInputValue(asking),
    incrementMode: 'fixed',
    increment: yuanInputValue(step),
    tiers: [{ from: '', step: '' }],
    reserve: '',
    startMode: 'now',
    startsAt: toLocalInputValue(serverNowOrLocal() + HOUR),
    endsAt: toLocalInputValue(serverNowOrLocal() + 24 * HOUR),
    softCloseMinutes: '2',
    hardEndsAt: '',
  };
}

/** Where each field of the request shows its problem: on the input it is typed in (the tiers' on the first tier). */
const INPUT_OF: Record<AuctionField, string> = {
  startPrice: 'startPrice',
  minIncrement: 'increment',
  incrementTiers: 'tiers.0.from',
  reservePrice: 'reserve',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  softCloseMs: 'softCloseMinutes',
  hardEndsAt: 'hardEndsAt',
};

const problemText = (problem: AuctionProblem) => i18next.t(`auctions:create.problems.${problem}`);

/**
 * For the exhibitor console: puts one of the organization's exhibits up for auction (`POST /api/auctions`)
 * — opening price, a fixed or tiered increment, an optional secret reserve, start and end, the soft-close
 * window and the hard end. Checked with the shared schema first; the server's 400 is mapped onto the fields.
 */
export function CreateAuctionForm({ exhibit, onCreated }: { exhibit: Exhibit; onCreated?: (auction: Auction) => void }) {
  const { t } = useTranslation(['auctions', 'common']);
  const user = useAppStore((s) => s.user);
  const uid = useId();
  const resolver = useMemo(
    () =>
      checkResolver((draft: AuctionDraft) => {
        const result = bodyFromDraft(draft, exhibit.id, serverNowOrLocal());
        if (result.ok) return result;
        const problems = Object.entries(result.errors).map(([field, problem]) => ({
          field: INPUT_OF[field as AuctionField],
          text: problemText(problem),
        }));
        return { ok: false, problems };
      }),
    [exhibit.id],
  );
  const { register, control, handleSubmit, setValue, getValues, setError, clearErrors, watch, formState } = useForm<
    AuctionDraft,
    unknown,
    CreateAuctionBody
  >({ defaultValues: initialDraft(exhibit), resolver });
  const { errors } = formState;
  const tiers = useFieldArray({ control, name: 'tiers' });
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<Auction | null>(null);
  const existing = useExhibitAuction(exhibit);
  const id = (name: string) => `${uid}-${name}`;

  const submit = handleSubmit(
    async (body) => {
      setMessage(null);
      try {
        const { auction } = await auctionApi.create(body);
        forgetAuctionLists();
        setCreated(auction);
        onCreated?.(auction);
      } catch (error) {
        const fieldOf = (path: string) => INPUT_OF[path.split('.')[0] as AuctionField] ?? '';
        const textOf = (_field: string, issue: ValidationIssue) => problemText(problemOfIssue(issue));
        if (markRefusedFields(error, setError, fieldOf, textOf)) setMessage(t('auctions:create.fixFields'));
        else if (error instanceof ApiError && error.reason === 'sold') setMessage(t('auctions:create.sold'));
        else if (error instanceof ApiError && error.reason === 'inAuction') setMessage(t('auctions:create.alreadyInAuction'));
        else if (error instanceof ApiError && error.code === 'FORBIDDEN' && !error.reason) setMessage(t('auctions:create.notStaff'));
        else setMessage(apiErrorText(error));
      }
    },
    () => setMessage(t('auctions:create.fixFields')),
  );

  const [incrementMode, startMode] = watch(['incrementMode', 'startMode']);
  const setEndIn = (ms: number) => {
    const startsAt = new Date(getValues('startsAt')).getTime();
    const base = startMode === 'later' && Number.isFinite(startsAt) ? startsAt : serverNowOrLocal();
    setValue('endsAt', toLocalInputValue(base + ms));
    clearErrors('endsAt');
    setMessage(null);
  };
  const editTiers = (edit: () => void) => {
    edit();
    clearErrors('tiers');
  };
  const tierError = errors.tiers?.[0]?.from?.message;
  const tierControl = {
    'aria-invalid': tierError ? true : undefined,
    'aria-describedby': [id('tiers-hint'), tierError && id('tiers-error')].filter(Boolean).join(' '),
  };

  const headingId = id('heading');
  let body: ReactNode;
  if (created) {
    body = (
      <p className="form-ok" role="status">
        {t('auctions:create.created')} <Link to={`/auctions/${encodeURIComponent(created.id)}`}>{t('auctions:create.openIt')}</Link>
      </p>
    );
  } else if (!user?.orgId || user.orgId !== exhibit.orgId) {
    body = <p className="muted">{t('auctions:create.notStaff')}</p>;
  } else if (exhibit.status === 'sold') {
    body = <p className="muted">{t('auctions:create.sold')}</p>;
  } else if (exhibit.status === 'in-auction') {
    body = (
      <p className="muted">
        {t('auctions:create.alreadyInAuction')}{' '}
        {existing && <Link to={`/auctions/${encodeURIComponent(existing.id)}`}>{t('auctions:create.openIt')}</Link>}
      </p>
    );
  } else {
    body = (
      <form className="form create-auction" onSubmit={submit} onChange={() => setMessage(null)} noValidate>
        <p className="hint">{t('auctions:create.intro')}</p>
        <div className="field-row">
          <Field id={id('start')} label={t('auctions:create.startPrice')} error={errors.startPrice?.message}>
            <input inputMode="decimal" autoComplete="off" {...register('startPrice', { deps: ['reserve'] })} />
          </Field>
          <Field
            id={id('reserve')}
            label={t('auctions:create.reserve')}
            optional
            hint={t('auctions:create.reserveHint')}
            error={errors.reserve?.message}
          >
            <input inputMode="decimal" autoComplete="off" {...register('reserve')} />
          </Field>
        </div>

        <FieldSet id={id('mode')} legend={t('auctions:create.incrementMode')}>
          <RadioRow
            choices={INCREMENT_MODES}
            picked={incrementMode}
            label={(mode) => (mode === 'fixed' ? t('auctions:create.fixed') : t('auctions:create.tiered'))}
            field={register('incrementMode', { deps: ['tiers.0.from'] })}
          />
          <Field
            id={id('increment')}
            className="field create-auction__step"
            label={incrementMode === 'tiered' ? t('auctions:create.baseStep') : t('auctions:create.increment')}
            error={errors.increment?.message}
          >
            <input inputMode="decimal" autoComplete="off" {...register('increment')} />
          </Field>
          {incrementMode === 'tiered' && (
            <div className="create-auction__tiers">
              <p className="hint" id={id('tiers-hint')}>
                {t('auctions:create.tiersHint')}
              </p>
              {tiers.fields.map((tier, i) => (
                <fieldset key={tier.id} className="create-auction__tier">
                  <legend className="visually-hidden">{t('auctions:create.tierLabel', { n: i + 1 })}</legend>
                  <Field id={id(`tier-from-${i}`)} label={t('auctions:create.tierFrom')}>
                    <input
                      inputMode="decimal"
                      autoComplete="off"
                      {...tierControl}
                      {...register(`tiers.${i}.from`, { deps: ['tiers.0.from'] })}
                    />
                  </Field>
                  <Field id={id(`tier-step-${i}`)} label={t('auctions:create.tierStep')}>
                    <input
                      inputMode="decimal"
                      autoComplete="off"
                      {...tierControl}
                      {...register(`tiers.${i}.step`, { deps: ['tiers.0.from'] })}
                    />
                  </Field>
                  {tiers.fields.length > 1 && (
                    <button type="button" className="link-button create-auction__remove" onClick={() => editTiers(() => tiers.remove(i))}>
                      {t('auctions:create.removeTier', { n: i + 1 })}
                    </button>
                  )}
                </fieldset>
              ))}
              <FieldError id={id('tiers-error')} text={tierError} />
              {tiers.fields.length < 10 && (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => editTiers(() => tiers.append({ from: '', step: '' }, { shouldFocus: false }))}
                >
                  {t('auctions:create.addTier')}
                </button>
              )}
            </div>
          )}
        </FieldSet>

        <FieldSet id={id('start-mode')} legend={t('auctions:create.starts')}>
          <RadioRow
            choices={START_MODES}
            picked={startMode}
            label={(mode) => (mode === 'now' ? t('auctions:create.startNow') : t('auctions:create.startLater'))}
            field={register('startMode', { deps: ['startsAt', 'endsAt'] })}
          />
          {startMode === 'later' && (
            <Field
              id={id('starts-at')}
              className="field create-auction__step"
              label={t('auctions:create.startsAt')}
              error={errors.startsAt?.message}
            >
              <input type="datetime-local" aria-describedby={id('ends-at-hint')} {...register('startsAt', { deps: ['endsAt'] })} />
            </Field>
          )}
        </FieldSet>

        <div className="field-row">
          <Field
            id={id('ends-at')}
            label={t('auctions:create.endsAt')}
            hint={t('auctions:create.localTime')}
            error={errors.endsAt?.message}
            extra={
              // biome-ignore lint/a11y/useSemanticElements: a group of shortcut buttons, not form fields
              <div className="create-auction__presets" role="group" aria-label={t('auctions:create.presets')}>
                <span className="hint">{t('auctions:create.presets')}:</span>
                <button type="button" className="link-button small" onClick={() => setEndIn(HOUR)}>
                  {t('auctions:create.inHour')}
                </button>
                <button type="button" className="link-button small" onClick={() => setEndIn(24 * HOUR)}>
                  {t('auctions:create.inDay')}
                </button>
                <button type="button" className="link-button small" onClick={() => setEndIn(72 * HOUR)}>
                  {t('auctions:create.inThreeDays')}
                </button>
              </div>
            }
          >
            <input type="datetime-local" {...register('endsAt', { deps: ['hardEndsAt'] })} />
          </Field>
          <Field
            id={id('hard-end')}
            label={t('auctions:create.hardEnd')}
            optional
            hint={t('auctions:create.hardEndHint')}
            error={errors.hardEndsAt?.message}
          >
            <input type="datetime-local" {...register('hardEndsAt')} />
          </Field>
        </div>

        <Field
          id={id('soft')}
          label={t('auctions:create.softClose')}
          hint={t('auctions:create.softCloseHint')}
          error={errors.softCloseMinutes?.message}
        >
          <input type="number" inputMode="numeric" min={0} max={60} step={1} {...register('softCloseMinutes')} />
        </Field>

        <Refusal error={message} />
        <div className="actions-row">
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('auctions:create.submitting') : t('auctions:create.submit')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <section className="card create-auction-card" aria-labelledby={headingId} data-testid="create-auction">
      <h2 id={headingId}>{t('auctions:create.heading')}</h2>
      <p className="muted small">{exhibit.title}</p>
      {body}
    </section>
  );
}
