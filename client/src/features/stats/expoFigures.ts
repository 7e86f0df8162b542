import type { ExpoStats } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** One of the expo's headline figures, labelled and formatted for the reader's language. */
export interface ExpoFigure {
  key: 'traded' | 'exhibitors' | 'overseas' | 'exhibits' | 'visitors';
  label: string;
  value: string;
}

/** What a figure shows until the numbers arrive (the same line height, so nothing moves when they do). */
export const FIGURE_PENDING = '–';

/** The expo's headline figures, labelled and formatted the same wherever the lobby shows them; `null` (not loaded yet) gives every value as {@link FIGURE_PENDING}. */
export function useExpoFigures(stats: ExpoStats | null): Record<ExpoFigure['key'], ExpoFigure> {
  const { t } = useTranslation(['stats']);
  const f = useFormat();
  const value = (format: (s: ExpoStats) => string) => (stats ? format(stats) : FIGURE_PENDING);
  return {
    traded: { key: 'traded', label: t('stats:totalTraded'), value: value((s) => f.headline(s.totalAmount)) },
    exhibitors: { key: 'exhibitors', label: t('stats:exhibitors'), value: value((s) => f.count(s.exhibitors)) },
    overseas: { key: 'overseas', label: t('stats:overseasExhibitors'), value: value((s) => f.count(s.overseasExhibitors)) },
    exhibits: { key: 'exhibits', label: t('stats:exhibits'), value: value((s) => f.count(s.exhibits)) },
    visitors: { key: 'visitors', label: t('stats:visitorsOnline'), value: value((s) => f.count(s.visitorsOnline)) },
  };
}
