import { useTranslation } from 'react-i18next';

/** The × that closes a toast, named "Dismiss" for screen readers. */
export function DismissButton({ className, onClick }: { className: string; onClick: () => void }) {
  const { t } = useTranslation(['common']);
  return (
    <button type="button" className={className} aria-label={t('common:dismiss')} onClick={onClick}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
    </button>
  );
}
