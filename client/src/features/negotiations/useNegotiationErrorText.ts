import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../net/gateway';
import { useNegotiationsText } from './i18n';

/** The sentence a negotiation step's failure reads as, in the active language. */
export function useNegotiationErrorText() {
  const { t } = useTranslation();
  const { tx } = useNegotiationsText();
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return t('errors.INTERNAL');
      switch (error.code) {
        case 'CONFLICT':
          return /sold/i.test(error.message) ? tx('errors.soldConflict') : tx('errors.CONFLICT');
        case 'SELF_DEALING':
          return tx('errors.SELF_DEALING');
        case 'FORBIDDEN':
          return tx('errors.FORBIDDEN');
        case 'INVALID_INPUT':
          return tx('errors.INVALID_INPUT', { message: error.message });
        default:
          return t(`errors.${error.code}`);
      }
    },
    [t, tx],
  );
}
