import { CreateNeedBody, IP_TYPES, type Need, TRADE_MODES, type UpdateNeedBody } from '@pavilion/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiErrorText, fieldIssues, issueText } from '../../app/ui/apiErrorText';
import { CheckboxList } from '../../app/ui/Choices';
import { Field, FieldSet } from '../../app/ui/Field';
import { checkResolver, markRefusedFields, schemaCheck } from '../../app/ui/formResolver';
import { Refusal } from '../../app/ui/Refusal';
import { EMPTY_NEED, fieldOf, type NeedField, type NeedFormValues, needBody, valuesOf } from './needForm';
import { needsApi, needsKeys } from './needsApi';

/**
 * Posts a new need, or edits `need`: the shared schema checks the form before it is sent, and any field the
 * server refuses is marked the same way.
 */
export function NeedForm({ need, onDone }: { need?: Need; onDone: () => void }) {
  const { t } = useTranslation(['needs', 'common']);
  const uid = useId();
  const client = useQueryClient();
  const resolver = useMemo(() => checkResolver(schemaCheck(CreateNeedBody, needBody, fieldOf, (_field, issue) => issueText(issue))), []);
  const form = useForm<NeedFormValues, unknown, CreateNeedBody>({
    defaultValues: need ? valuesOf(need) : EMPTY_NEED,
    resolver,
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const save = useMutation({
    mutationFn: (body: CreateNeedBody) => {
      if (!need) return needsApi.create(body);
      // An emptied optional field clears what the need had.
      const patch: UpdateNeedBody = { ...body, territory: body.territory ?? null, budget: body.budget ?? null };
      return needsApi.update(need.id, patch);
    },
    onSuccess: () => {
      if (!need) reset(EMPTY_NEED);
      void client.invalidateQueries({ queryKey: needsKeys.all });
      onDone();
    },
    onError: (error) => markRefusedFields(error, setError, fieldOf, (_field, issue) => issueText(issue)),
  });

  const errorOf = (field: NeedField) => formState.errors[field]?.message ?? null;
  const text = (field: NeedField, hint?: string) => (
    <Field id={`${uid}-${field}`} label={t(`needs:form.${field as 'title'}`)} hint={hint} error={errorOf(field)}>
      <input type="text" inputMode={field.startsWith('budget') ? 'decimal' : undefined} {...register(field)} />
    </Field>
  );
  const serverError = save.error && fieldIssues(save.error).length === 0 ? apiErrorText(save.error) : null;

  return (
    <form className="form need-form" noValidate onSubmit={handleSubmit((body) => save.mutate(body))} data-testid="need-form">
      {text('title', t('needs:form.titleHint'))}
      {text('classes', t('needs:form.classesHint'))}
      {text('keywords', t('needs:form.keywordsHint'))}
      <FieldSet id={`${uid}-types`} legend={t('needs:form.types')} error={errorOf('types')}>
        <div className="actions-row">
          <CheckboxList choices={IP_TYPES} label={(type) => t(`common:ipType.${type}`)} field={register('types')} />
        </div>
      </FieldSet>
      <FieldSet id={`${uid}-tradeModes`} legend={t('needs:form.tradeModes')} error={errorOf('tradeModes')}>
        <div className="actions-row">
          <CheckboxList choices={TRADE_MODES} label={(mode) => t(`common:tradeMode.${mode}`)} field={register('tradeModes')} />
        </div>
      </FieldSet>
      {text('territory', t('needs:form.territoryHint'))}
      <div className="field-row">
        {text('budgetMin')}
        {text('budgetMax')}
      </div>
      <FieldSet id={`${uid}-visibility`} legend={t('needs:form.visibility')} error={errorOf('visibility')}>
        <label className="checkbox">
          <input type="radio" value="public" {...register('visibility')} />
          {t('needs:form.public')}
        </label>
        <label className="checkbox">
          <input type="radio" value="private" {...register('visibility')} />
          {t('needs:form.private')}
        </label>
      </FieldSet>
      <Refusal error={serverError} />
      <p className="actions-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {need ? t('needs:form.save') : t('needs:form.submit')}
        </button>
        {need && (
          <button type="button" className="button button--ghost" onClick={onDone}>
            {t('needs:form.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
