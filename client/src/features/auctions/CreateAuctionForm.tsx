import { type Auction, type Exhibit, MINOR_PER_YUAN } from '@pavilion/shared';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { yuanInputValue } from '../../lib/yuanInput';
import { ApiError, serverNowOrLocal } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { toLocalInputValue } from '../negotiations';
import { useExhibitAuction } from './AuctionBadge';
import { auctionApi } from './auctionApi';
import { type AuctionDraft, type AuctionErrors, type AuctionField, bodyFromDraft, errorsFromIssues } from './auctionDraft';
import { forgetAuctionLists } from './findAuction';
import './auctions.css';
import { FieldError } from '../../app/ui/FieldError';

const HOUR = 3_600_000;

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

const FIELD_ORDER: AuctionField[] = [
  'startPrice',
  'minIncrement',
  'incrementTiers',
  'reservePrice',
  'startsAt',
  'endsAt',
  'softCloseMs',
  'hardEndsAt',
];

/**
 * For the exhibitor console: puts one of the organization's exhibits up for auction (`POST /api/auctions`)
 * — opening price, a fixed or tiered increment, an optional secret reserve, start and end, the soft-close
 * window and the hard end. Checked with the shared schema first; the server's 400 is mapped onto the fields.
 */
export function CreateAuctionForm({ exhibit, onCreated }: { exhibit: Exhibit; onCreated?: (auction: Auction) => void }) {
  const { t } = useTranslation(['auctions', 'common']);
  const user = useAppStore((s) => s.user);
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<AuctionDraft>(() => initialDraft(exhibit));
  const [errors, setErrors] = useState<AuctionErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Auction | null>(null);
  const existing = useExhibitAuction(exhibit);
  const id = (name: string) => `${uid}-${name}`;

  const update = (patch: Partial<AuctionDraft>, clears: AuctionField[]) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMessage(null);
    setErrors((e) => {
      const next = { ...e };
      for (const f of clears) delete next[f];
      return next;
    });
  };
  const problem = (field: AuctionField) => (errors[field] ? t(`auctions:create.problems.${errors[field]}`) : null);
  const invalid = (field: AuctionField) => (errors[field] ? true : undefined);
  const described = (field: AuctionField, hint?: string) =>
    [hint, errors[field] ? id(`${field}-error`) : undefined].filter(Boolean).join(' ') || undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = bodyFromDraft(draft, exhibit.id, serverNowOrLocal());
    if (!result.ok) return fail(result.errors, t('auctions:create.fixFields'));
    setBusy(true);
    setMessage(null);
    try {
      const { auction } = await auctionApi.create(result.body);
      forgetAuctionLists();
      setCreated(auction);
      onCreated?.(auction);
    } catch (error) {
      const mapped = errorsFromIssues(error instanceof ApiError ? error.issues : []);
      if (Object.keys(mapped).length > 0) fail(mapped, t('auctions:create.fixFields'));
      else if (error instanceof ApiError && error.reason === 'sold') setMessage(t('auctions:create.sold'));
      else if (error instanceof ApiError && error.reason === 'inAuction') setMessage(t('auctions:create.alreadyInAuction'));
      else if (error instanceof ApiError && error.code === 'FORBIDDEN' && !error.reason) setMessage(t('auctions:create.notStaff'));
      else setMessage(apiErrorText(error));
    } finally {
      setBusy(false);
    }
  }

  function fail(found: AuctionErrors, text: string) {
    setErrors(found);
    setMessage(text);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
  }

  const setEndIn = (ms: number) => {
    const base = draft.startMode === 'later' ? new Date(draft.startsAt).getTime() : serverNowOrLocal();
    update({ endsAt: toLocalInputValue((Number.isFinite(base) ? base : serverNowOrLocal()) + ms) }, ['endsAt']);
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
      <form ref={formRef} className="form create-auction" onSubmit={submit} noValidate>
        <p className="hint">{t('auctions:create.intro')}</p>
        <div className="field-row">
          <Field id={id('start')} label={t('auctions:create.startPrice')} error={problem('startPrice')} errorId={id('startPrice-error')}>
            <input
              id={id('start')}
              data-field="startPrice"
              inputMode="decimal"
              autoComplete="off"
              value={draft.startPrice}
              onChange={(e) => update({ startPrice: e.target.value }, ['startPrice', 'reservePrice'])}
              aria-invalid={invalid('startPrice')}
              aria-describedby={described('startPrice')}
            />
          </Field>
          <Field
            id={id('reserve')}
            label={
              <>
                {t('auctions:create.reserve')} <span className="muted">{t('common:optional')}</span>
              </>
            }
            hint={t('auctions:create.reserveHint')}
            hintId={id('reserve-hint')}
            error={problem('reservePrice')}
            errorId={id('reservePrice-error')}
          >
            <input
              id={id('reserve')}
              data-field="reservePrice"
              inputMode="decimal"
              autoComplete="off"
              value={draft.reserve}
              onChange={(e) => update({ reserve: e.target.value }, ['reservePrice'])}
              aria-invalid={invalid('reservePrice')}
              aria-describedby={described('reservePrice', id('reserve-hint'))}
            />
          </Field>
        </div>

        <fieldset className="field">
          <legend>{t('auctions:create.incrementMode')}</legend>
          <div className="choice-row">
            {(['fixed', 'tiered'] as const).map((mode) => (
              <label key={mode} className={draft.incrementMode === mode ? 'choice choice--on' : 'choice'}>
                <input
                  type="radio"
                  name={id('mode')}
                  checked={draft.incrementMode === mode}
                  onChange={() => update({ incrementMode: mode }, ['incrementTiers'])}
                />
                <span>{mode === 'fixed' ? t('auctions:create.fixed') : t('auctions:create.tiered')}</span>
              </label>
            ))}
          </div>
          <div className="field create-auction__step">
            <label htmlFor={id('increment')}>
              {draft.incrementMode === 'tiered' ? t('auctions:create.baseStep') : t('auctions:create.increment')}
            </label>
            <input
              id={id('increment')}
              data-field="minIncrement"
              inputMode="decimal"
              autoComplete="off"
              value={draft.increment}
              onChange={(e) => update({ increment: e.target.value }, ['minIncrement'])}
              aria-invalid={invalid('minIncrement')}
              aria-describedby={described('minIncrement')}
            />
            <FieldError id={id('minIncrement-error')} text={problem('minIncrement')} />
          </div>
          {draft.incrementMode === 'tiered' && (
            <div className="create-auction__tiers">
              <p className="hint" id={id('tiers-hint')}>
                {t('auctions:create.tiersHint')}
              </p>
              {draft.tiers.map((tier, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: tiers are edited in place and have no identity beyond their position
                <fieldset key={i} className="create-auction__tier">
                  <legend className="visually-hidden">{t('auctions:create.tierLabel', { n: i + 1 })}</legend>
                  <div className="field">
                    <label htmlFor={id(`tier-from-${i}`)}>{t('auctions:create.tierFrom')}</label>
                    <input
                      id={id(`tier-from-${i}`)}
                      data-field={i === 0 ? 'incrementTiers' : undefined}
                      inputMode="decimal"
                      autoComplete="off"
                      value={tier.from}
                      onChange={(e) =>
                        update({ tiers: draft.tiers.map((x, j) => (j === i ? { ...x, from: e.target.value } : x)) }, ['incrementTiers'])
                      }
                      aria-invalid={invalid('incrementTiers')}
                      aria-describedby={described('incrementTiers', id('tiers-hint'))}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={id(`tier-step-${i}`)}>{t('auctions:create.tierStep')}</label>
                    <input
                      id={id(`tier-step-${i}`)}
                      inputMode="decimal"
                      autoComplete="off"
                      value={tier.step}
                      onChange={(e) =>
                        update({ tiers: draft.tiers.map((x, j) => (j === i ? { ...x, step: e.target.value } : x)) }, ['incrementTiers'])
                      }
                      aria-invalid={invalid('incrementTiers')}
                      aria-describedby={described('incrementTiers', id('tiers-hint'))}
                    />
                  </div>
                  {draft.tiers.length > 1 && (
                    <button
                      type="button"
                      className="link-button create-auction__remove"
                      onClick={() => update({ tiers: draft.tiers.filter((_, j) => j !== i) }, ['incrementTiers'])}
                    >
                      {t('auctions:create.removeTier', { n: i + 1 })}
                    </button>
                  )}
                </fieldset>
              ))}
              <FieldError id={id('incrementTiers-error')} text={problem('incrementTiers')} />
              {draft.tiers.length < 10 && (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => update({ tiers: [...draft.tiers, { from: '', step: '' }] }, ['incrementTiers'])}
                >
                  {t('auctions:create.addTier')}
                </button>
              )}
            </div>
          )}
        </fieldset>

        <fieldset className="field">
          <legend>{t('auctions:create.starts')}</legend>
          <div className="choice-row">
            {(['now', 'later'] as const).map((mode) => (
              <label key={mode} className={draft.startMode === mode ? 'choice choice--on' : 'choice'}>
                <input
                  type="radio"
                  name={id('start-mode')}
                  checked={draft.startMode === mode}
                  onChange={() => update({ startMode: mode }, ['startsAt', 'endsAt'])}
                />
                <span>{mode === 'now' ? t('auctions:create.startNow') : t('auctions:create.startLater')}</span>
              </label>
            ))}
          </div>
          {draft.startMode === 'later' && (
            <div className="field create-auction__step">
              <label htmlFor={id('starts-at')}>{t('auctions:create.startsAt')}</label>
              <input
                id={id('starts-at')}
                data-field="startsAt"
                type="datetime-local"
                value={draft.startsAt}
                onChange={(e) => update({ startsAt: e.target.value }, ['startsAt', 'endsAt'])}
                aria-invalid={invalid('startsAt')}
                aria-describedby={described('startsAt', id('local-hint'))}
              />
              <FieldError id={id('startsAt-error')} text={problem('startsAt')} />
            </div>
          )}
        </fieldset>

        <div className="field-row">
          <div className="field">
            <label htmlFor={id('ends-at')}>{t('auctions:create.endsAt')}</label>
            <input
              id={id('ends-at')}
              data-field="endsAt"
              type="datetime-local"
              value={draft.endsAt}
              onChange={(e) => update({ endsAt: e.target.value }, ['endsAt', 'hardEndsAt'])}
              aria-invalid={invalid('endsAt')}
              aria-describedby={described('endsAt', id('local-hint'))}
            />
            {/* biome-ignore lint/a11y/useSemanticElements: a group of shortcut buttons, not form fields */}
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
            <p className="hint" id={id('local-hint')}>
              {t('auctions:create.localTime')}
            </p>
            <FieldError id={id('endsAt-error')} text={problem('endsAt')} />
          </div>
          <Field
            id={id('hard-end')}
            label={
              <>
                {t('auctions:create.hardEnd')} <span className="muted">{t('common:optional')}</span>
              </>
            }
            hint={t('auctions:create.hardEndHint')}
            hintId={id('hard-hint')}
            error={problem('hardEndsAt')}
            errorId={id('hardEndsAt-error')}
          >
            <input
              id={id('hard-end')}
              data-field="hardEndsAt"
              type="datetime-local"
              value={draft.hardEndsAt}
              onChange={(e) => update({ hardEndsAt: e.target.value }, ['hardEndsAt'])}
              aria-invalid={invalid('hardEndsAt')}
              aria-describedby={described('hardEndsAt', id('hard-hint'))}
            />
          </Field>
        </div>

        <Field
          id={id('soft')}
          label={t('auctions:create.softClose')}
          hint={t('auctions:create.softCloseHint')}
          hintId={id('soft-hint')}
          error={problem('softCloseMs')}
          errorId={id('softCloseMs-error')}
        >
          <input
            id={id('soft')}
            data-field="softCloseMs"
            type="number"
            inputMode="numeric"
            min={0}
            max={60}
            step={1}
            value={draft.softCloseMinutes}
            onChange={(e) => update({ softCloseMinutes: e.target.value }, ['softCloseMs'])}
            aria-invalid={invalid('softCloseMs')}
            aria-describedby={described('softCloseMs', id('soft-hint'))}
          />
        </Field>

        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <div className="actions-row">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('auctions:create.submitting') : t('auctions:create.submit')}
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

function Field({
  id,
  label,
  hint,
  hintId,
  error,
  errorId,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: string;
  hintId?: string;
  error: string | null;
  errorId: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError id={errorId} text={error} />
    </div>
  );
}
