import { type Booth, CatalogReason, CreateBoothBody, type ValidationIssue } from '@pavilion/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueText } from '../../app/ui/apiErrorText';
import { Field } from '../../app/ui/Field';
import { checkResolver, schemaCheck } from '../../app/ui/formResolver';
import { Options } from '../../app/ui/Options';
import { useFormat } from '../../i18n/format';
import { ApiError, rest } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { ConsoleForm } from './ConsoleForm';
import { useConsoleSubmit } from './exhibitorFormErrors';

type BoothValues = { hallId: string; name: string; tagline: string };

const fieldOf = (path: string) => path.split('.')[0] ?? '';
const textOf = (_field: string, issue: ValidationIssue) => issueText(issue);
const resolver = checkResolver(
  schemaCheck(CreateBoothBody, ({ tagline, ...booth }: BoothValues) => ({ ...booth, tagline: tagline || undefined }), fieldOf, textOf),
);

/** Rents the organization's booth in a hall (`POST /api/booths`). */
export function CreateBoothForm({ halls, onCreated }: { halls: { id: string; name: string }[]; onCreated: (b: Booth) => void }) {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  const f = useFormat();
  const form = useForm({
    defaultValues: { hallId: halls[0]?.id ?? '', name: '', tagline: '' },
    resolver,
  });
  const { register, resetField, formState } = form;
  const { errors } = formState;
  const labelOf = (path: string) =>
    ({ hallId: t('common:hall'), name: t('exhibitor:boothName'), tagline: t('exhibitor:tagline') })[path.split('.')[0] ?? ''];

  const { submit, message } = useConsoleSubmit(form, { fieldOf, textOf, labelOf }, async (body) => {
    try {
      const { booth } = await rest.createBooth(body);
      const hall = halls.find((h) => h.id === booth.hallId);
      resetField('name');
      resetField('tagline');
      onCreated(booth);
      return t('exhibitor:boothCreated', { name: booth.name, hall: hall ? f.hallName(hall) : booth.hallId });
    } catch (error) {
      // The organization has a booth already (set up elsewhere): show it instead.
      const existing = error instanceof ApiError && error.reason === CatalogReason.boothExists ? error.details?.boothId : undefined;
      if (typeof existing !== 'string') throw error;
      useAppStore.getState().setOwnBooth(existing);
      return null;
    }
  });

  return (
    <section className="card" aria-labelledby="create-booth">
      <h2 id="create-booth">{t('exhibitor:createBooth')}</h2>
      <ConsoleForm onSubmit={submit} message={message} submitting={formState.isSubmitting} submitLabel={t('exhibitor:createBoothSubmit')}>
        <Field id="cb-hall" label={t('common:hall')} error={errors.hallId?.message}>
          <select {...register('hallId')}>
            <Options choices={halls} value={(h) => h.id} label={f.hallName} />
          </select>
        </Field>
        <Field id="cb-name" label={t('exhibitor:boothName')} error={errors.name?.message}>
          <input maxLength={80} {...register('name')} />
        </Field>
        <Field id="cb-tagline" label={t('exhibitor:tagline')} optional error={errors.tagline?.message}>
          <input maxLength={160} {...register('tagline')} />
        </Field>
      </ConsoleForm>
    </section>
  );
}
