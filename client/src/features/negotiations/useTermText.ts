import { formatMoney, type OfferTerms } from '@pavilion/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, formatDateTime } from './displayFormat';
import { useNegotiationsText } from './i18n';
import type { TermField } from './offerRedline';

/** How one term of an offer reads in the active language (`¥1,200,000`, `Exclusive licence`, `China (CN), Hong Kong (HK)`…). */
export function useTermText() {
  const { t } = useTranslation();
  const { tx, lng } = useNegotiationsText();
  const territoryText = useCallback(
    (territory: OfferTerms['territory']) =>
      territory === 'WORLDWIDE' ? tx('terms.worldwide') : territory.map((c) => `${countryName(c, lng)} (${c})`).join(', '),
    [tx, lng],
  );
  const termText = useCallback(
    (field: TermField, terms: OfferTerms): string => {
      switch (field) {
        case 'price':
          return formatMoney(terms.price, lng);
        case 'licenseType':
          return t(`tradeMode.${terms.licenseType}`);
        case 'territory':
          return territoryText(terms.territory);
        case 'termMonths':
          return terms.termMonths === undefined ? tx('terms.perpetual') : tx('terms.months', { count: terms.termMonths });
        case 'royaltyPercent':
          return terms.royaltyPercent === undefined ? tx('terms.noRoyalty') : tx('terms.royalty', { value: terms.royaltyPercent });
        case 'note':
          return terms.note?.trim() ? terms.note : tx('terms.noNote');
        case 'expiresAt':
          return terms.expiresAt === undefined ? tx('terms.noExpiry') : formatDateTime(terms.expiresAt, lng);
      }
    },
    [t, tx, lng, territoryText],
  );
  return { termText, territoryText };
}
