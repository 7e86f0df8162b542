import type { Region } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';

/** The small region badge (GD / HK / MO / CN / INT) with the full name for screen readers and on hover. */
export function RegionBadge({ region }: { region: Region }) {
  const { t } = useTranslation();
  return (
    <span className={`region-badge region-badge--${region}`} title={t(`region.${region}`)}>
      <span aria-hidden="true">{t(`regionBadge.${region}`)}</span>
      <span className="visually-hidden">{t(`region.${region}`)}</span>
    </span>
  );
}
