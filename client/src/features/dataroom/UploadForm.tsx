import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_TITLE } from '@pavilion/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { Field } from '../../app/ui/Field';
import { Refusal } from '../../app/ui/Refusal';
import { dataroomKeys, uploadDocument } from './dataroomApi';

interface UploadValues {
  files: FileList | null;
  title: string;
  nda: boolean;
}

/** Booth staff attach a document (PDF, PNG, JPEG or text, ≤ 20 MB): title, NDA or public, and a progress bar that follows the bytes. */
export function UploadForm({ exhibitId }: { exhibitId: string }) {
  const { t } = useTranslation(['dataroom', 'common']);
  const client = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<UploadValues>({ defaultValues: { files: null, title: '', nda: true } });
  const { errors, isSubmitting } = form.formState;
  const id = (name: string) => `upload-${exhibitId}-${name}`;

  const submit = form.handleSubmit(async ({ files, title, nda }) => {
    const file = files?.[0];
    if (!file) return;
    setFailure(null);
    setDone(null);
    setProgress(0);
    try {
      const { document } = await uploadDocument(exhibitId, { file, title: title.trim(), nda }, setProgress);
      setDone(t('dataroom:upload.done', { title: document.title }));
      form.reset({ files: null, title: '', nda });
      await client.invalidateQueries({ queryKey: dataroomKeys.documents(exhibitId) });
    } catch (error) {
      setFailure(apiErrorText(error));
    } finally {
      setProgress(null);
    }
  });

  return (
    <form className="data-room__upload" onSubmit={submit} noValidate aria-labelledby={id('heading')}>
      <h5 id={id('heading')}>{t('dataroom:upload.heading')}</h5>
      <Field id={id('file')} label={t('dataroom:upload.file')} hint={t('dataroom:upload.fileHint')} error={errors.files?.message}>
        <input
          type="file"
          accept="application/pdf,image/png,image/jpeg,text/plain"
          {...form.register('files', {
            validate: (list) => {
              const file = list?.[0];
              if (!file) return t('dataroom:upload.fileRequired');
              if (file.size > MAX_DOCUMENT_BYTES) return t('dataroom:upload.tooLarge');
              return true;
            },
          })}
        />
      </Field>
      <Field id={id('title')} label={t('dataroom:upload.title')} error={errors.title?.message}>
        <input
          type="text"
          maxLength={MAX_DOCUMENT_TITLE}
          {...form.register('title', { validate: (v) => v.trim().length > 0 || t('dataroom:upload.titleRequired') })}
        />
      </Field>
      <label className="data-room__nda-toggle">
        <input type="checkbox" {...form.register('nda')} /> {t('dataroom:upload.nda')}
      </label>
      {progress !== null && (
        <div className="data-room__progress">
          <progress max={1} value={progress} aria-label={t('dataroom:upload.progress')} data-testid="upload-progress" />
          <span aria-live="polite">{Math.round(progress * 100)}%</span>
        </div>
      )}
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? t('dataroom:upload.sending') : t('dataroom:upload.submit')}
      </button>
      <Refusal error={failure} className="field-error" />
      {done && (
        <p className="data-room__done" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
