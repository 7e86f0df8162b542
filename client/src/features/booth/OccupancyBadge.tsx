import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';

/** "3 people here": the booth's occupancy, live from `booth:occupancy`. Nothing until the first report. */
export function OccupancyBadge({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['booth']);
  const f = useFormat();
  const count = useAppStore((s) => s.occupancy[boothId]?.count);
  if (count === undefined) return null;
  return (
    <p className="occupancy" data-testid="occupancy" data-count={count}>
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="9" cy="8" r="3.2" fill="currentColor" />
        <path d="M2.8 19c.6-3.4 3.1-5.4 6.2-5.4s5.6 2 6.2 5.4z" fill="currentColor" />
        <circle cx="16.8" cy="9" r="2.6" fill="currentColor" opacity=".55" />
        <path d="M15.6 13.9c2.9.1 4.9 1.9 5.6 5.1h-4.3c-.2-1.9-.6-3.5-1.3-5.1z" fill="currentColor" opacity=".55" />
      </svg>
      <span aria-live="polite">{t('booth:peopleHere', { count, formatted: f.count(count) })}</span>
    </p>
  );
}
