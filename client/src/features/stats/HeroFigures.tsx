import type { ExpoStats } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** The expo's live numbers in one compact line, for the top of the lobby (the full board is further down and on /stats). */
export function HeroFigures({ stats, live }: { stats: ExpoStats; live: boolean }) {
  const { t } = useTranslation(['stats']);
  const f = useFormat();
  const figures = [
    { key: 'traded', label: t('stats:totalTraded'), value: f.headline(stats.totalAmount) },
    { key: 'exhibitors', label: t('stats:exhibitors'), value: f.count(stats.exhibitors) },
    { key: 'exhibits', label: t('stats:exhibits'), value: f.count(stats.exhibits) },
    { key: 'visitors', label: t('stats:visitorsOnline'), value: f.count(stats.visitorsOnline) },
  ];
  return (
    <dl className="hero-figures" data-testid="hero-figures">
      {figures.map((fig) => (
        <div key={fig.key} className="hero-figures__item">
          <dt>
            {fig.label}
            {fig.key === 'traded' && live && <span className="live-dot">{t('stats:live')}</span>}
          </dt>
          <dd>{fig.value}</dd>
        </div>
      ))}
    </dl>
  );
}
