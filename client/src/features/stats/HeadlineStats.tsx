import type { ExpoStats } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { useExpoFigures } from './expoFigures';

/** The figures an organizer announces: total traded, deals, exhibitors (overseas), exhibits, visitors online. */
export function HeadlineStats({ stats, live }: { stats: ExpoStats; live: boolean }) {
  const { t } = useTranslation(['stats']);
  const figures = useExpoFigures(stats);
  const tiles = [figures.exhibitors, figures.overseas, figures.exhibits, figures.visitors];
  return (
    <div className="headline-stats">
      <div className="headline-stats__hero">
        <p className="headline-stats__label">
          {figures.traded.label}
          {live && <span className="live-dot">{t('stats:live')}</span>}
        </p>
        <p className="headline-stats__value" data-testid="total-traded">
          {figures.traded.value}
        </p>
        <p className="headline-stats__sub">{t('stats:deals', { count: stats.deals })}</p>
      </div>
      <dl className="headline-stats__tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className="stat-tile">
            <dt>{tile.label}</dt>
            <dd>{tile.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
