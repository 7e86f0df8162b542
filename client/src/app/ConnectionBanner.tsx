import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';

/** A small banner while the live connection is down; everything live catches up when it is back. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const reconnecting = useAppStore((s) => s.connection === 'reconnecting');
  return (
    <div className="connection-banner-slot" role="status" aria-live="polite">
      {reconnecting && (
        <p className="connection-banner" data-testid="reconnecting">
          <span className="spinner" aria-hidden="true" />
          {t('app.reconnecting')}
        </p>
      )}
    </div>
  );
}
