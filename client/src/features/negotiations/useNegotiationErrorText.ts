import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { ApiError } from '../../net/gateway';

/** The sentence a negotiation step's failure reads as, in the active language: by reason, else by code. */
export function useNegotiationErrorText() {
  const { t } = useTranslation(['negotiations', 'common']);
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return t('common:errors.INTERNAL');
      if (!error.reason) {
        // Codes with no reason still read in negotiation terms.
        if (error.code === 'CONFLICT') return t('negotiations:errors.CONFLICT');
        if (error.code === 'SELF_DEALING') return t('negotiations:errors.SELF_DEALING');
        if (error.code === 'FORBIDDEN') return t('negotiations:errors.FORBIDDEN');
      }
      return apiErrorText(error);
    },
    [t],
  );
}
