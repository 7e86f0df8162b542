import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../net/gateway';

/** The sentence a negotiation step's failure reads as, in the active language. */
export function useNegotiationErrorText() {
  const { t } = useTranslation(['negotiations', 'common']);
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return t('common:errors.INTERNAL');
      switch (error.code) {
        case 'CONFLICT':
          return /sold/i.test(error.message) ? t('negotiations:errors.soldConflict') : t('negotiations:errors.CONFLICT');
        case 'SELF_DEALING':
          return t('negotiations:errors.SELF_DEALING');
        case 'FORBIDDEN':
          return t('negotiations:errors.FORBIDDEN');
        case 'INVALID_INPUT':
          return t('negotiations:errors.INVALID_INPUT', { message: error.message });
        default:
          return t(`common:errors.${error.code}`);
      }
    },
    [t],
  );
}
