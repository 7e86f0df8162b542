import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../i18n/format';

/** A console section's heading with when it was read and a refresh button (and any extra tools). */
export function SectionHead({
  id,
  title,
  busy,
  loadedAt,
  onRefresh,
  children,
}: {
  id: string;
  title: string;
  busy: boolean;
  loadedAt: number | null;
  onRefresh: () => void;
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
        <button type="button" className="button button--ghost button--small" onClick={onRefresh} disabled={busy}>
          {t('common:refresh')}
        </button>
      </div>
    </div>
  );
}
