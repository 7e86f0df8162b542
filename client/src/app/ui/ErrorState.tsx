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

/** A failure said in a line, a retry link after it: where a list or a panel stands, without a block of its own. */
export function FailedLine({ message, onRetry, className }: { message: string; onRetry: () => void; className?: string }) {
  const { t } = useTranslation(['common']);
  return (
    <p className={className} role="alert">
      {message}{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        {t('common:retry')}
      </button>
    </p>
  );
}
