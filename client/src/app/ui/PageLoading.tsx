import { useTranslation } from 'react-i18next';

/** What a page shows while its chunk or data loads. */
export function PageLoading() {
  const { t } = useTranslation(['common']);
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{t('common:loading')}</span>
    </div>
  );
}
