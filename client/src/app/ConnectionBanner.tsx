import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';

/** A small banner while the live connection is down; everything live catches up when it is back. */
export function ConnectionBanner() {
  const { t } = useTranslation(['common']);
  const connection = useAppStore((s) => s.connection);
  const reconnecting = connection === 'reconnecting';
  return (
    // data-connection lets browser tests wait for the live connection instead of guessing.
    <div className="connection-banner-slot" role="status" aria-live="polite" data-connection={connection}>
      {reconnecting && (
        <p className="connection-banner" data-testid="reconnecting">
          <span className="spinner" aria-hidden="true" />
          {t('common:app.reconnecting')}
        </p>
      )}
    </div>
  );
}
