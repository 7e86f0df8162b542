import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../i18n/format';
import type { Refreshable } from '../../lib/useRefreshable';

/** A console section's heading with when its read last succeeded and a refresh button (and any extra tools). */
export function SectionHead({
  id,
  title,
  read: { busy, loadedAt, refresh },
  children,
}: {
  id: string;
  title: string;
  read: Pick<Refreshable<unknown>, 'busy' | 'loadedAt' | 'refresh'>;
  children?: ReactNode;
}) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['organizer', 'common']);
  return (
    <div className="section-head console-section__head">
      <h2 id={id}>{title}</h2>
      <div className="console-section__tools">
        <span className="muted small" aria-live="polite">
          {busy ? t('common:refreshing') : loadedAt !== null ? t('common:updatedAt', { time: formatClock(loadedAt, lng) }) : ''}
        </span>
        {children}
        <button type="button" className="button button--ghost button--small" onClick={refresh} disabled={busy}>
          {t('common:refresh')}
        </button>
      </div>
    </div>
  );
}
