import { useTranslation } from 'react-i18next';
import './needs.css';

/**
 * "Matches your needs": the tag a booth carries in the hall's list view when something in it fits the user's needs;
 * with `count`, the 3D hall's legend for its gold booths.
 */
export function NeedsMatchTag({ count }: { count?: number }) {
  const { t } = useTranslation(['needs']);
  if (count !== undefined)
    return (
      <span className="tag tag--match" title={t('needs:hall.legend')} data-testid="needs-match-legend">
        {t('needs:hall.legendCount', { count })}
      </span>
    );
  return (
    <span className="tag tag--match" data-testid="needs-match">
      {t('needs:hall.matches')}
    </span>
  );
}
