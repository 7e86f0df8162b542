import type { ExpoStats } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { useExpoFigures } from './expoFigures';

/** The expo's live numbers in one compact line, for the top of the lobby (the full board is further down and on /stats). */
export function HeroFigures({ stats, live }: { stats: ExpoStats | null; live: boolean }) {
  const { t } = useTranslation(['stats']);
  const all = useExpoFigures(stats);
  const figures = [all.traded, all.exhibitors, all.exhibits, all.visitors];
  return (
    <dl className="hero-figures" data-testid="hero-figures" aria-busy={stats === null}>
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
