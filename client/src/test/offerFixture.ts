/** Test fixture (never shipped: only tests import it): offer terms with sensible defaults. */
import type { OfferTerms } from '@pavilion/shared';

/** An exclusive licence for China and Hong Kong over 24 months at ¥1,000,000 and a 3% royalty, changed by `over`. */
export function offerTerms(over: Partial<OfferTerms> = {}): OfferTerms {
  return {
    price: { amount: 100_000_000, currency: 'CNY' },
    licenseType: 'exclusive',
    territory: ['CN', 'HK'],
    termMonths: 24,
    royaltyPercent: 3,
    note: 'Opening offer',
    ...over,
  };
}
