import type { Region } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';

/** The small region badge (GD / HK / MO / CN / INT) with the full name for screen readers and on hover. */
export function RegionBadge({ region }: { region: Region }) {
  const { t } = useTranslation(['common']);
  return (
    <span className={`region-badge region-badge--${region}`} title={t(`common:region.${region}`)}>
      <span aria-hidden="true">{t(`common:regionBadge.${region}`)}</span>
      <span className="visually-hidden">{t(`common:region.${region}`)}</span>
    </span>
  );
}
