import {
  CreateExhibitBody,
  IP_TYPES,
  type IpType,
  legalStateFits,
  TRADE_MODES,
  type TradeMode,
  type ValidationIssue,
} from '@pavilion/shared';
import i18next from 'i18next';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueText } from '../../app/ui/apiErrorText';
import { CheckboxList } from '../../app/ui/Choices';
import { Field, FieldSet } from '../../app/ui/Field';
import { checkResolver, schemaCheck } from '../../app/ui/formResolver';
import { Options } from '../../app/ui/Options';
import { parseYuan } from '../../lib/yuanInput';
import { boothKeys } from '../../net/boothQuery';
import { rest } from '../../net/gateway';
import { queryClient } from '../../net/queryClient';
import { ConsoleForm } from './ConsoleForm';
import { useConsoleSubmit } from './exhibitorFormErrors';
import { inForceState, LegalStatusFields, type LegalValues, legalFieldOf, legalStatusOf } from './legalStatusFields';

interface ExhibitValues extends LegalValues {
  type: IpType;
  title: string;
  registrationNumber: string;
  jurisdiction: string;
  /** Comma-separated, as typed. */
  classes: string;
  summary: string;
  /** Yuan, as typed. */
  askingPrice: string;
  tradeModes: TradeMode[];
}

const fieldOf = (path: string) => legalFieldOf(path) || (path.split('.')[0] ?? '');
function textOf(field: string, issue: ValidationIssue): string {
  if (field === 'askingPrice') return i18next.t('exhibitor:errors.price');
  if (field === 'tradeModes') return i18next.t('exhibitor:errors.tradeModes');
  return issueText(issue);
}

const exhibitResolver = (boothId: string) =>
  checkResolver(
    schemaCheck(
      CreateExhibitBody,
      ({
        jurisdiction,
        classes,
        summary,
        askingPrice,
        tradeModes,
        legalState,
        legalExpires,
        legalOwner,
        legalEncumbrances,
        ...exhibit
      }: ExhibitValues) => ({
        ...exhibit,
        legalStatus: legalStatusOf({ legalState, legalExpires, legalOwner, legalEncumbrances }),
        boothId,
        jurisdiction: jurisdiction.trim().toUpperCase(),
        classes: classes.trim()
          ? classes
              .split(',')
              .map((c) => c.trim())
              .filter(Boolean)
          : undefined,
        summary: summary || undefined,
        askingPrice: { amount: parseYuan(askingPrice), currency: 'CNY' },
        tradeModes: TRADE_MODES.filter((m) => tradeModes.includes(m)),
      }),
      fieldOf,
      textOf,
    ),
  );

/** Puts an exhibit into the organization's booth (`POST /api/exhibits`). */
export function AddExhibitForm({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  const form = useForm<ExhibitValues, unknown, CreateExhibitBody>({
    defaultValues: {
      type: 'patent' as IpType,
      title: '',
      registrationNumber: '',
      jurisdiction: 'CN',
      classes: '',
      summary: '',
      askingPrice: '',
      tradeModes: ['assignment'] as TradeMode[],
      legalState: 'granted',
      legalExpires: '',
      legalOwner: '',
      legalEncumbrances: '',
    },
    resolver: useMemo(() => exhibitResolver(boothId), [boothId]),
  });
  const { register, reset, getValues, setValue, watch, formState } = form;
  const { errors } = formState;
  const type = watch('type');
  // A patent is granted, a trademark or copyright registered: switching the type keeps the state meaningful.
  useEffect(() => {
    if (!legalStateFits(type, getValues('legalState'))) setValue('legalState', inForceState(type));
  }, [type, getValues, setValue]);
  const labelOf = (path: string) =>
    ({
      type: t('common:ipTypeLabel'),
      title: t('exhibitor:exhibitTitle'),
      registrationNumber: t('exhibitor:registrationNumber'),
      jurisdiction: t('common:jurisdiction'),
      classes: t('common:classes'),
      summary: t('exhibitor:summary'),
      askingPrice: t('exhibitor:askingPrice'),
      tradeModes: t('common:tradeModes'),
      legalState: t('exhibitor:legal.state'),
      legalExpires: t('exhibitor:legal.expires'),
      legalOwner: t('common:legal.owner'),
      legalEncumbrances: t('common:legal.encumbrances'),
    })[fieldOf(path)];

  const { submit, message } = useConsoleSubmit(form, { fieldOf, textOf, labelOf }, async (body) => {
    const { exhibit } = await rest.createExhibit(body);
    reset({
      ...getValues(),
      title: '',
      registrationNumber: '',
      summary: '',
      classes: '',
      askingPrice: '',
      legalExpires: '',
      legalEncumbrances: '',
    });
    void queryClient.invalidateQueries({ queryKey: boothKeys.detail(boothId) });
    return t('exhibitor:exhibitAdded', { title: exhibit.title });
  });

  return (
    <section className="card console-grid__wide" aria-labelledby="add-exhibit">
      <h2 id="add-exhibit">{t('exhibitor:addExhibit')}</h2>
      <ConsoleForm onSubmit={submit} message={message} submitting={formState.isSubmitting} submitLabel={t('exhibitor:addExhibitSubmit')}>
        <div className="field-row">
          <Field id="ae-type" label={t('common:ipTypeLabel')} error={errors.type?.message}>
            <select {...register('type')}>
              <Options choices={IP_TYPES} label={(ty) => t(`common:ipType.${ty}`)} />
            </select>
          </Field>
        </div>
        <Field id="ae-title" label={t('exhibitor:exhibitTitle')} error={errors.title?.message}>
          <input maxLength={200} {...register('title')} />
        </Field>
        <div className="field-row">
          <Field id="ae-number" label={t('exhibitor:registrationNumber')} error={errors.registrationNumber?.message}>
            <input maxLength={40} {...register('registrationNumber')} />
          </Field>
          <Field id="ae-jur" label={t('common:jurisdiction')} hint={t('exhibitor:jurisdictionHint')} error={errors.jurisdiction?.message}>
            <input maxLength={2} {...register('jurisdiction')} />
          </Field>
        </div>
        <Field id="ae-classes" label={t('common:classes')} optional hint={t('exhibitor:classesHint')} error={errors.classes?.message}>
          <input {...register('classes')} />
        </Field>
        <Field id="ae-summary" label={t('exhibitor:summary')} optional error={errors.summary?.message}>
          <textarea rows={3} maxLength={2000} {...register('summary')} />
        </Field>
        <div className="field-row">
          <Field id="ae-price" label={t('exhibitor:askingPrice')} error={errors.askingPrice?.message}>
            <input inputMode="decimal" {...register('askingPrice')} />
          </Field>
          <FieldSet id="ae-modes" legend={t('common:tradeModes')} error={errors.tradeModes?.message}>
            <CheckboxList choices={TRADE_MODES} label={(m) => t(`common:tradeMode.${m}`)} field={register('tradeModes')} />
          </FieldSet>
        </div>
        <LegalStatusFields idPrefix="ae-legal" type={type} register={register} errors={errors} />
      </ConsoleForm>
    </section>
  );
}
