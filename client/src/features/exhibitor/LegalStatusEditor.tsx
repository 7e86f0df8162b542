import { type Exhibit, UpdateExhibitBody, type ValidationIssue } from '@pavilion/shared';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueText } from '../../app/ui/apiErrorText';
import { checkResolver, markRefusedFields, schemaCheck } from '../../app/ui/formResolver';
import { LegalStatusBadge } from '../../app/ui/LegalStatusBadge';
import { boothKeys, useBooth } from '../../net/boothQuery';
import { rest } from '../../net/gateway';
import { queryClient } from '../../net/queryClient';
import { fieldsText, refusalText } from './exhibitorFormErrors';
import { LegalStatusFields, type LegalValues, legalFieldOf, legalStatusOf, legalValuesOf } from './legalStatusFields';

const textOf = (_field: string, issue: ValidationIssue) => issueText(issue);
const resolver = checkResolver(
  schemaCheck(UpdateExhibitBody, (v: LegalValues) => ({ legalStatus: legalStatusOf(v) }), legalFieldOf, textOf),
);

/** The exhibitor restates an exhibit's legal status (`PATCH /api/exhibits/:id`); the organizer's check is withdrawn. */
export function LegalStatusEditor({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['exhibitor', 'common']);
  const read = useBooth(boothId);
  const [exhibitId, setExhibitId] = useState('');
  const editable = (read.data?.exhibits ?? []).filter((e) => e.status !== 'sold' && e.status !== 'in-auction');
  const exhibit = editable.find((e) => e.id === exhibitId) ?? editable[0];
  return (
    <section className="card console-grid__wide" aria-labelledby="legal-edit" data-testid="legal-status-editor">
      <h2 id="legal-edit">{t('exhibitor:legalEdit.title')}</h2>
      {editable.length === 0 ? (
        <p className="muted">{t('exhibitor:legalEdit.none')}</p>
      ) : (
        <>
          <label className="field">
            <span>{t('exhibitor:legalEdit.exhibit')}</span>
            <select value={exhibit?.id ?? ''} onChange={(e) => setExhibitId(e.target.value)}>
              {editable.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title} · {e.registrationNumber}
                </option>
              ))}
            </select>
          </label>
          {exhibit && <LegalStatusForm key={`${exhibit.id}:${exhibit.legalStatus.version}`} exhibit={exhibit} boothId={boothId} />}
        </>
      )}
    </section>
  );
}

function LegalStatusForm({ exhibit, boothId }: { exhibit: Exhibit; boothId: string }) {
  const { t } = useTranslation(['exhibitor', 'common']);
  const defaultValues = useMemo(() => legalValuesOf(exhibit.legalStatus), [exhibit.legalStatus]);
  const { register, handleSubmit, setError, formState } = useForm<LegalValues, unknown, UpdateExhibitBody>({ defaultValues, resolver });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const labelOf = (path: string) =>
    ({
      legalState: t('exhibitor:legal.state'),
      legalExpires: t('exhibitor:legal.expires'),
      legalOwner: t('common:legal.owner'),
      legalEncumbrances: t('common:legal.encumbrances'),
    })[legalFieldOf(path) || path];

  const submit = handleSubmit(
    async (body) => {
      try {
        const saved = await rest.updateExhibit(exhibit.id, body);
        setMessage({ kind: 'ok', text: t('exhibitor:legalEdit.saved', { title: saved.exhibit.title }) });
        void queryClient.invalidateQueries({ queryKey: boothKeys.detail(boothId) });
      } catch (error) {
        markRefusedFields(error, setError, legalFieldOf, textOf);
        setMessage({ kind: 'error', text: refusalText(error, labelOf) });
      }
    },
    (invalid) => setMessage({ kind: 'error', text: fieldsText(invalid, labelOf) }),
  );

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>
        <LegalStatusBadge status={exhibit.legalStatus} />
      </p>
      <LegalStatusFields idPrefix="le" type={exhibit.type} register={register} errors={formState.errors} />
      {message && (
        <p className={message.kind === 'ok' ? 'form-ok' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {t('exhibitor:legalEdit.save')}
      </button>
    </form>
  );
}
