import { type Exhibit, formatMoney, type Negotiation, type OfferTerms, TRADE_MODES, type TradeMode } from '@pavilion/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../app/ui/FieldError';
import { countryName } from '../../i18n/format';
import { serverNowOrLocal } from '../../net/gateway';
import { draftFrom, MAX_NOTE_LENGTH, type OfferDraft, type OfferFieldErrors, parseCountries, termsFromDraft } from './offerDraft';
import type { TermField } from './offerRedline';
import { useNegotiationErrorText } from './useNegotiationErrorText';

interface Props {
  /** The exhibit negotiated: its trade modes limit the licence types, its asking price seeds a first offer. */
  exhibit: Exhibit | null;
  /** The current offer's terms: a counter-offer starts from them. */
  base: OfferTerms | undefined;
  mode: 'first' | 'counter' | 'revise';
  onSubmit: (terms: OfferTerms) => Promise<Negotiation>;
}

const FIELD_ORDER: TermField[] = ['price', 'licenseType', 'territory', 'termMonths', 'royaltyPercent', 'expiresAt', 'note'];

/** Makes an offer, a counter-offer or a revision: validated with the shared `OfferTerms` rules before it is sent. */
export function OfferForm({ exhibit, base, mode, onSubmit }: Props) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['negotiations', 'common']);
  const errorText = useNegotiationErrorText();
  const uid = useId();
  const [draft, setDraft] = useState<OfferDraft>(() => draftFrom(base, exhibit));
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<OfferFieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // A new offer from the other side (or the exhibit arriving) resets an untouched form to it.
  useEffect(() => {
    if (!touched) setDraft(draftFrom(base, exhibit));
  }, [base, exhibit, touched]);

  const modes: readonly TradeMode[] = exhibit?.tradeModes ?? TRADE_MODES;
  const id = (name: string) => `${uid}-${name}`;
  const update = (patch: Partial<OfferDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setTouched(true);
    setMessage(null);
    const cleared = Object.keys(patch).map((k) => (k === 'countries' || k === 'territoryMode' ? 'territory' : k));
    setErrors((e) => {
      const next = { ...e };
      for (const k of cleared) delete next[k as TermField];
      return next;
    });
  };
  const problem = (field: TermField) => {
    const e = errors[field];
    return e ? t(`negotiations:form.problems.${e.problem}`, e.values) : null;
  };
  const describedBy = (field: TermField, hint?: string) =>
    [hint, errors[field] ? id(`${field}-error`) : undefined].filter(Boolean).join(' ') || undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = termsFromDraft(draft, modes, serverNowOrLocal());
    if (!result.ok) {
      setErrors(result.errors);
      setMessage({ kind: 'error', text: t('negotiations:form.fixFields') });
      const first = FIELD_ORDER.find((f) => result.errors[f]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const negotiation = await onSubmit(result.terms);
      const sent = negotiation.offers.at(-1);
      setTouched(false);
      setDraft(draftFrom(result.terms, exhibit));
      setMessage({ kind: 'ok', text: t('negotiations:form.sent', { version: sent?.version ?? negotiation.offerCount }) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  const heading =
    mode === 'first'
      ? t('negotiations:form.makeOffer')
      : mode === 'counter'
        ? t('negotiations:form.counterOffer')
        : t('negotiations:form.reviseOffer');
  const codes = draft.territoryMode === 'countries' ? parseCountries(draft.countries) : [];
  const isAssignment = draft.licenseType === 'assignment';

  return (
    <form ref={formRef} className="form offer-form" onSubmit={submit} noValidate aria-labelledby={id('title')} data-testid="offer-form">
      <div className="offer-form__head">
        <h3 id={id('title')}>{heading}</h3>
        {touched && base && (
          <button
            type="button"
            className="link-button small"
            onClick={() => {
              setDraft(draftFrom(base, exhibit));
              setTouched(false);
              setErrors({});
              setMessage(null);
            }}
          >
            {t('negotiations:form.startFromLatest')}
          </button>
        )}
      </div>
      <p className="hint">{t('negotiations:form.intro')}</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('price')}>{t('negotiations:form.price')}</label>
          <input
            id={id('price')}
            data-field="price"
            inputMode="decimal"
            autoComplete="off"
            value={draft.price}
            onChange={(e) => update({ price: e.target.value })}
            aria-invalid={errors.price ? true : undefined}
            aria-describedby={describedBy('price', exhibit ? id('price-hint') : undefined)}
          />
          {exhibit && (
            <p className="hint" id={id('price-hint')}>
              {t('negotiations:form.askingPrice', { price: formatMoney(exhibit.askingPrice, lng) })}
            </p>
          )}
          <FieldError id={id('price-error')} text={problem('price')} />
        </div>
        <fieldset className="field" aria-describedby={describedBy('licenseType', id('license-hint'))}>
          <legend>{t('negotiations:form.licenseType')}</legend>
          <div className="choice-row">
            {modes.map((m, i) => (
              <label key={m} className={draft.licenseType === m ? 'choice choice--on' : 'choice'}>
                <input
                  type="radio"
                  name={id('license')}
                  value={m}
                  data-field={i === 0 ? 'licenseType' : undefined}
                  checked={draft.licenseType === m}
                  onChange={() => update({ licenseType: m, termMonths: m === 'assignment' ? '' : draft.termMonths || '12' })}
                />
                <span>{t(`common:tradeMode.${m}`)}</span>
              </label>
            ))}
          </div>
          <p className="hint" id={id('license-hint')}>
            {t('negotiations:form.licenseHint')}
          </p>
          <FieldError id={id('licenseType-error')} text={problem('licenseType')} />
        </fieldset>
      </div>

      <fieldset className="field" aria-describedby={describedBy('territory')}>
        <legend>{t('negotiations:form.territory')}</legend>
        <div className="choice-row">
          <label className={draft.territoryMode === 'worldwide' ? 'choice choice--on' : 'choice'}>
            <input
              type="radio"
              name={id('territory')}
              checked={draft.territoryMode === 'worldwide'}
              onChange={() => update({ territoryMode: 'worldwide' })}
            />
            <span>{t('negotiations:form.worldwide')}</span>
          </label>
          <label className={draft.territoryMode === 'countries' ? 'choice choice--on' : 'choice'}>
            <input
              type="radio"
              name={id('territory')}
              checked={draft.territoryMode === 'countries'}
              onChange={() => update({ territoryMode: 'countries' })}
            />
            <span>{t('negotiations:form.countries')}</span>
          </label>
        </div>
        {draft.territoryMode === 'countries' && (
          <div className="field offer-form__countries">
            <label htmlFor={id('countries')}>{t('negotiations:form.countryCodes')}</label>
            <input
              id={id('countries')}
              data-field="territory"
              autoComplete="off"
              spellCheck={false}
              value={draft.countries}
              placeholder="CN, HK, MO"
              onChange={(e) => update({ countries: e.target.value })}
              aria-invalid={errors.territory ? true : undefined}
              aria-describedby={describedBy('territory', id('countries-hint'))}
            />
            <p className="hint" id={id('countries-hint')}>
              {codes.length > 0 && !errors.territory
                ? t('negotiations:form.countriesPreview', { names: codes.map((c) => countryName(c, lng)).join(', ') })
                : t('negotiations:form.countriesHint')}
            </p>
          </div>
        )}
        <FieldError id={id('territory-error')} text={problem('territory')} />
      </fieldset>

      <div className="field-row">
        <div className="field">
          <label htmlFor={id('term')}>{t('negotiations:form.termMonths')}</label>
          <input
            id={id('term')}
            data-field="termMonths"
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            step={1}
            value={isAssignment ? '' : draft.termMonths}
            disabled={isAssignment}
            onChange={(e) => update({ termMonths: e.target.value })}
            aria-invalid={errors.termMonths ? true : undefined}
            aria-describedby={describedBy('termMonths', id('term-hint'))}
          />
          <p className="hint" id={id('term-hint')}>
            {isAssignment ? t('negotiations:form.termAssignment') : t('negotiations:form.termHint')}
          </p>
          <FieldError id={id('termMonths-error')} text={problem('termMonths')} />
        </div>
        <div className="field">
          <label htmlFor={id('royalty')}>
            {t('negotiations:form.royalty')} <span className="muted">{t('common:optional')}</span>
          </label>
          <input
            id={id('royalty')}
            data-field="royaltyPercent"
            inputMode="decimal"
            autoComplete="off"
            value={draft.royaltyPercent}
            onChange={(e) => update({ royaltyPercent: e.target.value })}
            aria-invalid={errors.royaltyPercent ? true : undefined}
            aria-describedby={describedBy('royaltyPercent')}
          />
          <FieldError id={id('royaltyPercent-error')} text={problem('royaltyPercent')} />
        </div>
      </div>

      <div className="field">
        <label htmlFor={id('expires')}>
          {t('negotiations:form.expiresAt')} <span className="muted">{t('common:optional')}</span>
        </label>
        <input
          id={id('expires')}
          data-field="expiresAt"
          type="datetime-local"
          value={draft.expiresAt}
          onChange={(e) => update({ expiresAt: e.target.value })}
          aria-invalid={errors.expiresAt ? true : undefined}
          aria-describedby={describedBy('expiresAt', id('expires-hint'))}
        />
        <p className="hint" id={id('expires-hint')}>
          {t('negotiations:form.expiresHint')}
        </p>
        <FieldError id={id('expiresAt-error')} text={problem('expiresAt')} />
      </div>

      <div className="field">
        <label htmlFor={id('note')}>
          {t('negotiations:form.note')} <span className="muted">{t('common:optional')}</span>
        </label>
        <textarea
          id={id('note')}
          data-field="note"
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          value={draft.note}
          onChange={(e) => update({ note: e.target.value })}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy('note')}
        />
        <FieldError id={id('note-error')} text={problem('note')} />
      </div>

      {message && (
        <p className={message.kind === 'ok' ? 'form-ok' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <div className="actions-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('negotiations:form.submitting') : t('negotiations:form.submit')}
        </button>
      </div>
    </form>
  );
}
