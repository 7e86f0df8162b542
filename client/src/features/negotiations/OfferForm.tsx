import { type Exhibit, formatMoney, type Negotiation, type OfferTerms, TRADE_MODES, type TradeMode } from '@pavilion/shared';
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RadioRow } from '../../app/ui/Choices';
import { Field, FieldSet } from '../../app/ui/Field';
import { FormMessage, type FormOutcome } from '../../app/ui/FormMessage';
import { checkResolver } from '../../app/ui/formResolver';
import { countryName } from '../../i18n/format';
import { serverNowOrLocal } from '../../net/gateway';
import { draftFrom, MAX_NOTE_LENGTH, type OfferDraft, parseCountries, termsFromDraft } from './offerDraft';
import { useNegotiationErrorText } from './useNegotiationErrorText';

const TERRITORY_MODES = ['worldwide', 'countries'] as const;

interface Props {
  /** The exhibit negotiated: its trade modes limit the licence types, its asking price seeds a first offer. */
  exhibit: Exhibit | null;
  /** The current offer's terms: a counter-offer starts from them. */
  base: OfferTerms | undefined;
  mode: 'first' | 'counter' | 'revise';
  onSubmit: (terms: OfferTerms) => Promise<Negotiation>;
}

/** Makes an offer, a counter-offer or a revision: validated with the shared `OfferTerms` rules before it is sent. */
export function OfferForm({ exhibit, base, mode, onSubmit }: Props) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['negotiations', 'common']);
  const errorText = useNegotiationErrorText();
  const uid = useId();
  const modes: readonly TradeMode[] = exhibit?.tradeModes ?? TRADE_MODES;
  const resolver = useMemo(
    () =>
      checkResolver((draft: OfferDraft) => {
        const result = termsFromDraft(draft, modes, serverNowOrLocal());
        if (result.ok) return { ok: true, body: result.terms };
        // A territory's problem is its country codes' (a worldwide territory has none).
        const problems = Object.entries(result.errors).map(([field, e]) => ({
          field: field === 'territory' ? 'countries' : field,
          text: t(`negotiations:form.problems.${e.problem}`, e.values),
        }));
        return { ok: false, problems };
      }),
    [modes, t],
  );
  const { register, handleSubmit, reset, setValue, getValues, watch, formState } = useForm<OfferDraft, unknown, OfferTerms>({
    defaultValues: draftFrom(base, exhibit),
    resolver,
  });
  const { errors, isDirty } = formState;
  const [message, setMessage] = useState<FormOutcome | null>(null);

  // A new offer from the other side (or the exhibit arriving) resets an untouched form to it.
  useEffect(() => {
    if (!isDirty) reset(draftFrom(base, exhibit));
  }, [base, exhibit, isDirty, reset]);

  const id = (name: string) => `${uid}-${name}`;
  const submit = handleSubmit(
    async (terms) => {
      setMessage(null);
      try {
        const negotiation = await onSubmit(terms);
        const sent = negotiation.offers.at(-1);
        reset(draftFrom(terms, exhibit));
        setMessage({ kind: 'ok', text: t('negotiations:form.sent', { version: sent?.version ?? negotiation.offerCount }) });
      } catch (error) {
        setMessage({ kind: 'error', text: errorText(error) });
      }
    },
    () => setMessage({ kind: 'error', text: t('negotiations:form.fixFields') }),
  );

  const heading =
    mode === 'first'
      ? t('negotiations:form.makeOffer')
      : mode === 'counter'
        ? t('negotiations:form.counterOffer')
        : t('negotiations:form.reviseOffer');
  const [licenseType, territoryMode, countries] = watch(['licenseType', 'territoryMode', 'countries']);
  const codes = territoryMode === 'countries' ? parseCountries(countries) : [];
  const isAssignment = licenseType === 'assignment';

  return (
    <form
      className="form offer-form"
      onSubmit={submit}
      onChange={() => setMessage(null)}
      noValidate
      aria-labelledby={id('title')}
      data-testid="offer-form"
    >
      <div className="offer-form__head">
        <h3 id={id('title')}>{heading}</h3>
        {isDirty && base && (
          <button
            type="button"
            className="link-button small"
            onClick={() => {
              reset(draftFrom(base, exhibit));
              setMessage(null);
            }}
          >
            {t('negotiations:form.startFromLatest')}
          </button>
        )}
      </div>
      <p className="hint">{t('negotiations:form.intro')}</p>
      <div className="field-row">
        <Field
          id={id('price')}
          label={t('negotiations:form.price')}
          hint={exhibit && t('negotiations:form.askingPrice', { price: formatMoney(exhibit.askingPrice, lng) })}
          error={errors.price?.message}
        >
          <input inputMode="decimal" autoComplete="off" {...register('price')} />
        </Field>
        <FieldSet
          id={id('license')}
          legend={t('negotiations:form.licenseType')}
          hint={t('negotiations:form.licenseHint')}
          error={errors.licenseType?.message}
        >
          <RadioRow
            choices={modes}
            picked={licenseType}
            label={(m) => t(`common:tradeMode.${m}`)}
            field={register('licenseType', {
              deps: ['termMonths'],
              onChange: (e) => setValue('termMonths', e.target.value === 'assignment' ? '' : getValues('termMonths') || '12'),
            })}
          />
        </FieldSet>
      </div>

      <FieldSet id={id('territory')} legend={t('negotiations:form.territory')}>
        <RadioRow
          choices={TERRITORY_MODES}
          picked={territoryMode}
          label={(territory) => (territory === 'worldwide' ? t('negotiations:form.worldwide') : t('negotiations:form.countries'))}
          field={register('territoryMode', { deps: ['countries'] })}
        />
        {territoryMode === 'countries' && (
          <Field
            id={id('countries')}
            className="field offer-form__countries"
            label={t('negotiations:form.countryCodes')}
            hint={
              codes.length > 0 && !errors.countries
                ? t('negotiations:form.countriesPreview', { names: codes.map((c) => countryName(c, lng)).join(', ') })
                : t('negotiations:form.countriesHint')
            }
            error={errors.countries?.message}
          >
            <input autoComplete="off" spellCheck={false} placeholder="CN, HK, MO" {...register('countries')} />
          </Field>
        )}
      </FieldSet>

      <div className="field-row">
        <Field
          id={id('term')}
          label={t('negotiations:form.termMonths')}
          hint={isAssignment ? t('negotiations:form.termAssignment') : t('negotiations:form.termHint')}
          error={errors.termMonths?.message}
        >
          <input type="number" inputMode="numeric" min={1} max={600} step={1} disabled={isAssignment} {...register('termMonths')} />
        </Field>
        <Field id={id('royalty')} label={t('negotiations:form.royalty')} optional error={errors.royaltyPercent?.message}>
          <input inputMode="decimal" autoComplete="off" {...register('royaltyPercent')} />
        </Field>
      </div>

      <Field
        id={id('expires')}
        label={t('negotiations:form.expiresAt')}
        optional
        hint={t('negotiations:form.expiresHint')}
        error={errors.expiresAt?.message}
      >
        <input type="datetime-local" {...register('expiresAt')} />
      </Field>

      <Field id={id('note')} label={t('negotiations:form.note')} optional error={errors.note?.message}>
        <textarea rows={2} maxLength={MAX_NOTE_LENGTH} {...register('note')} />
      </Field>

      <FormMessage message={message} />
      <div className="actions-row">
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('negotiations:form.submitting') : t('negotiations:form.submit')}
        </button>
      </div>
    </form>
  );
}
