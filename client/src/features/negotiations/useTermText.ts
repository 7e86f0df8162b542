import { formatMoney, type OfferTerms } from '@pavilion/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, formatDateTime } from '../../i18n/format';
import type { TermField } from './offerRedline';

/** How one term of an offer reads in the active language (`¥1,200,000`, `Exclusive licence`, `China (CN), Hong Kong (HK)`…). */
export function useTermText() {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['negotiations', 'common']);
  const territoryText = useCallback(
    (territory: OfferTerms['territory']) =>
      territory === 'WORLDWIDE' ? t('negotiations:terms.worldwide') : territory.map((c) => `${countryName(c, lng)} (${c})`).join(', '),
    [t, lng],
  );
  const termText = useCallback(
    (field: TermField, terms: OfferTerms): string => {
      switch (field) {
        case 'price':
          return formatMoney(terms.price, lng);
        case 'licenseType':
          return t(`common:tradeMode.${terms.licenseType}`);
        case 'territory':
          return territoryText(terms.territory);
        case 'termMonths':
          return terms.termMonths === undefined
            ? t('negotiations:terms.perpetual')
            : t('negotiations:terms.months', { count: terms.termMonths });
        case 'royaltyPercent':
          return terms.royaltyPercent === undefined
            ? t('negotiations:terms.noRoyalty')
            : t('negotiations:terms.royalty', { value: terms.royaltyPercent });
        case 'note':
          return terms.note?.trim() ? terms.note : t('negotiations:terms.noNote');
        case 'expiresAt':
          return terms.expiresAt === undefined ? t('negotiations:terms.noExpiry') : formatDateTime(terms.expiresAt, lng);
      }
    },
    [t, lng, territoryText],
  );
  return { termText, territoryText };
}
