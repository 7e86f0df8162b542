import { classScheme, type RecommendationReason } from '@pavilion/shared';
import type { TFunction } from 'i18next';
import { countryName } from '../../i18n/format';

/** A class as people write it: `IPC H01M`, `Nice 9`, `Locarno 2`. */
export function classLabel(code: string, t: TFunction<['needs']>): string {
  const scheme = classScheme(code);
  if (scheme === 'locarno') return t('needs:scheme.locarno', { code: code.replace(/^LOC\s*/, '') });
  if (scheme === 'nice') return t('needs:scheme.nice', { code });
  return t('needs:scheme.ipc', { code });
}

/** One reason a recommendation was made, as readable text. */
export function reasonText(reason: RecommendationReason, t: TFunction<['needs', 'common']>, lng: string): string {
  switch (reason.kind) {
    case 'class':
      return classLabel(reason.value, t);
    case 'keyword':
      return t('needs:reason.keyword', { value: reason.value });
    case 'tradeMode':
      return t(`common:tradeMode.${reason.value as 'exclusive'}`, { defaultValue: reason.value });
    case 'territory':
      return t('needs:reason.territory', { country: countryName(reason.value, lng) });
    case 'budget':
      return t('needs:reason.budget');
    case 'visited':
      return t('needs:reason.visited', { name: reason.value });
    case 'favourited':
      return t('needs:reason.favourited', { label: classLabel(reason.value, t) });
    case 'negotiated':
      return t('needs:reason.negotiated', { label: classLabel(reason.value, t) });
    default:
      return reason.value;
  }
}

/** Every reason of a recommendation on one line: `IPC H01M · ‘solid-state’ · Exclusive licence`. */
export function reasonsLine(reasons: readonly RecommendationReason[], t: TFunction<['needs', 'common']>, lng: string): string {
  return reasons.map((r) => reasonText(r, t, lng)).join(' · ');
}
