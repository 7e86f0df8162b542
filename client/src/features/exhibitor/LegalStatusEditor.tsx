import { type Exhibit, UpdateExhibitBody, type ValidationIssue } from '@pavilion/shared';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueText } from '../../app/ui/apiErrorText';
import { checkResolver, schemaCheck } from '../../app/ui/formResolver';
import { LegalStatusBadge } from '../../app/ui/LegalStatusBadge';
import { boothKeys, useBooth } from '../../net/boothQuery';
import { rest } from '../../net/gateway';
import { queryClient } from '../../net/queryClient';
import { ConsoleForm } from './ConsoleForm';
import { ExhibitCard } from './ExhibitCard';
import { useConsoleSubmit } from './exhibitorFormErrors';
import { LegalStatusFields, type LegalValues, legalFieldOf, legalStatusOf, legalValuesOf } from './legalStatusFields';

const textOf = (_field: string, issue: ValidationIssue) => issueText(issue);
const resolver = checkResolver(
  schemaCheck(UpdateExhibitBody, (v: LegalValues) => ({ legalStatus: legalStatusOf(v) }), legalFieldOf, textOf),
);

/** The exhibitor restates an exhibit's legal status (`PATCH /api/exhibits/:id`); the organizer's check is withdrawn. */
export function LegalStatusEditor({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['exhibitor', 'common']);
  const read = useBooth(boothId);
  const editable = (read.data?.exhibits ?? []).filter((e) => e.status !== 'sold' && e.status !== 'in-auction');
  return (
    <ExhibitCard
      id="legal-edit"
      title={t('exhibitor:legalEdit.title')}
      none={t('exhibitor:legalEdit.none')}
      pickLabel={t('exhibitor:legalEdit.exhibit')}
      exhibits={editable}
      testId="legal-status-editor"
    >
      {(exhibit) => <LegalStatusForm key={`${exhibit.id}:${exhibit.legalStatus.version}`} exhibit={exhibit} boothId={boothId} />}
    </ExhibitCard>
  );
}

function LegalStatusForm({ exhibit, boothId }: { exhibit: Exhibit; boothId: string }) {
  const { t } = useTranslation(['exhibitor', 'common']);
  const defaultValues = useMemo(() => legalValuesOf(exhibit.legalStatus), [exhibit.legalStatus]);
  const form = useForm<LegalValues, unknown, UpdateExhibitBody>({ defaultValues, resolver });
  const { register, formState } = form;
  const labelOf = (path: string) =>
    ({
      legalState: t('exhibitor:legal.state'),
      legalExpires: t('exhibitor:legal.expires'),
      legalOwner: t('common:legal.owner'),
      legalEncumbrances: t('common:legal.encumbrances'),
    })[legalFieldOf(path) || path];

  const { submit, message } = useConsoleSubmit(form, { fieldOf: legalFieldOf, textOf, labelOf }, async (body) => {
    const saved = await rest.updateExhibit(exhibit.id, body);
    void queryClient.invalidateQueries({ queryKey: boothKeys.detail(boothId) });
    return t('exhibitor:legalEdit.saved', { title: saved.exhibit.title });
  });

  return (
    <ConsoleForm onSubmit={submit} message={message} submitting={formState.isSubmitting} submitLabel={t('exhibitor:legalEdit.save')}>
      <p>
        <LegalStatusBadge status={exhibit.legalStatus} />
      </p>
      <LegalStatusFields idPrefix="le" type={exhibit.type} register={register} errors={formState.errors} />
    </ConsoleForm>
  );
}
