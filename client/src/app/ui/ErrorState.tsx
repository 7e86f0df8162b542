import { useTranslation } from 'react-i18next';

/** A failed fetch: says so and offers a retry, never a blank area. */
export function ErrorState({ message, onRetry }: { message?: string; onRetry: () => void }) {
  const { t } = useTranslation(['common']);
  return (
    <div className="error-state" role="alert">
      <p>{message ?? t('common:loadFailed')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common:retry')}
      </button>
    </div>
  );
}
