import { type ExpoStats, IP_TYPES } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/**
 * The figures as an organizer announces them: the deal value (`¥1.867 billion`, `18.67亿元`) and the deal
 * count, each IP type's share, then the expo's reach (copyrights, exhibitors, exhibits, visitors).
 */
export function StatsHeadline({ stats, live }: { stats: ExpoStats; live: boolean }) {
  const { t } = useTranslation(['stats', 'common']);
  const f = useFormat();
  const tiles = [
    { key: 'copyrights', label: t('stats:headline.copyrightsInvolved'), value: f.count(stats.copyrightsInvolved) },
    {
      key: 'exhibitors',
      label: t('stats:headline.exhibitors'),
      value: f.count(stats.exhibitors),
      sub: t('stats:headline.overseas', { value: f.count(stats.overseasExhibitors) }),
    },
    { key: 'exhibits', label: t('stats:headline.exhibits'), value: f.count(stats.exhibits) },
    { key: 'online', label: t('stats:headline.visitorsOnline'), value: f.count(stats.visitorsOnline) },
    {
      key: 'today',
      label: t('stats:headline.uniqueVisitorsToday'),
      value: f.count(stats.uniqueVisitorsToday),
      sub: t('stats:headline.uniqueVisitorsHint'),
    },
  ];
  return (
    <div className="stats-headline">
      <div className="stats-hero" data-testid="stats-hero">
        <p className="stats-hero__label">
          {t('stats:headline.dealValue')}
          {live && <span className="live-dot">{t('stats:live')}</span>}
        </p>
        <p className="stats-hero__value" data-testid="total-traded">
          {f.headline(stats.totalAmount)}
        </p>
        <p className="stats-hero__deals" data-testid="deal-count" data-count={stats.deals}>
          {t('stats:headline.deals', { count: stats.deals, formatted: f.count(stats.deals) })}
        </p>
        {stats.totalAmount.amount > 0 && (
          <p className="stats-hero__exact">{t('stats:headline.exact', { value: f.price(stats.totalAmount) })}</p>
        )}
        <dl className="stats-hero__settled">
          <div data-testid="signed-value">
            <dt>{t('stats:headline.signedValue')}</dt>
            <dd>{f.headline(stats.signedValue)}</dd>
          </div>
          <div data-testid="completed-value">
            <dt>{t('stats:headline.completedValue')}</dt>
            <dd>{f.headline(stats.completedValue)}</dd>
          </div>
        </dl>
        <p className="stats-hero__exact">{t('stats:headline.settledHint')}</p>
      </div>
      <section className="stats-types" aria-labelledby="stats-types-title">
        <h2 id="stats-types-title" className="visually-hidden">
          {t('stats:headline.byTypeHeading')}
        </h2>
        {IP_TYPES.map((type) => (
          <div key={type} className={`stats-type stats-type--${type}`} data-testid={`type-${type}`}>
            <p className="stats-type__name">
              <span className={`type-dot type-dot--${type}`} aria-hidden="true" />
              {t(`common:ipType.${type}`)}
            </p>
            <p className="stats-type__value">{f.headline(stats.byType[type].amount)}</p>
            <p className="stats-type__count">
              {t('stats:headline.typeDeals', { count: stats.byType[type].count, formatted: f.count(stats.byType[type].count) })}
            </p>
          </div>
        ))}
      </section>
      <section className="stats-figures" aria-labelledby="stats-figures-title">
        <h2 id="stats-figures-title" className="visually-hidden">
          {t('stats:headline.figuresHeading')}
        </h2>
        <dl>
          {tiles.map((tile) => (
            <div key={tile.key} className="stat-tile" data-testid={`figure-${tile.key}`}>
              <dt>{tile.label}</dt>
              <dd>
                {tile.value}
                {tile.sub && <span className="stat-tile__sub">{tile.sub}</span>}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
