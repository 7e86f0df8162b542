import type { ExpoStats } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** One of the expo's headline figures, labelled and formatted for the reader's language. */
export interface ExpoFigure {
  key: 'traded' | 'exhibitors' | 'overseas' | 'exhibits' | 'visitors';
  label: string;
  value: string;
}

/** The expo's headline figures, labelled and formatted the same wherever the lobby shows them. */
export function useExpoFigures(stats: ExpoStats): Record<ExpoFigure['key'], ExpoFigure> {
  const { t } = useTranslation(['stats']);
  const f = useFormat();
  return {
    traded: { key: 'traded', label: t('stats:totalTraded'), value: f.headline(stats.totalAmount) },
    exhibitors: { key: 'exhibitors', label: t('stats:exhibitors'), value: f.count(stats.exhibitors) },
    overseas: { key: 'overseas', label: t('stats:overseasExhibitors'), value: f.count(stats.overseasExhibitors) },
    exhibits: { key: 'exhibits', label: t('stats:exhibits'), value: f.count(stats.exhibits) },
    visitors: { key: 'visitors', label: t('stats:visitorsOnline'), value: f.count(stats.visitorsOnline) },
  };
}
