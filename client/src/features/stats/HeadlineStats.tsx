import type { ExpoStats } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** The figures an organizer announces: total traded, deals, exhibitors (overseas), exhibits, visitors online. */
export function HeadlineStats({ stats, live }: { stats: ExpoStats; live: boolean }) {
  const { t } = useTranslation(['stats']);
  const f = useFormat();
  const tiles = [
    { key: 'exhibitors', label: t('stats:exhibitors'), value: f.count(stats.exhibitors) },
    { key: 'overseas', label: t('stats:overseasExhibitors'), value: f.count(stats.overseasExhibitors) },
    { key: 'exhibits', label: t('stats:exhibits'), value: f.count(stats.exhibits) },
    { key: 'visitors', label: t('stats:visitorsOnline'), value: f.count(stats.visitorsOnline) },
  ];
  return (
    <div className="headline-stats">
      <div className="headline-stats__hero">
        <p className="headline-stats__label">
          {t('stats:totalTraded')}
          {live && <span className="live-dot">{t('stats:live')}</span>}
        </p>
        <p className="headline-stats__value" data-testid="total-traded">
          {f.headline(stats.totalAmount)}
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
