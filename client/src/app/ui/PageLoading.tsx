import { useTranslation } from 'react-i18next';

/** What a page or section shows while its chunk or data loads. */
export function PageLoading({ label }: { label?: string }) {
  const { t } = useTranslation(['common']);
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common:loading')}</span>
    </div>
  );
}
