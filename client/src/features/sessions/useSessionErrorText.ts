import { SessionReason } from '@pavilion/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { ApiError } from '../../net/gateway';

/** The sentence a failed session step reads as: by the server's reason, else by code. */
export function useSessionErrorText() {
  const { t } = useTranslation(['sessions', 'common']);
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return t('common:errors.INTERNAL');
      // The per-user cap on unanswered questions: waiting a moment does not help, an answer does.
      const open = error.details?.openQuestions;
      if (error.reason === SessionReason.openQuestions && typeof open === 'number')
        return t('sessions:errors.tooManyOpenQuestions', { count: open });
      if (!error.reason && error.code === 'FORBIDDEN') return t('sessions:errors.FORBIDDEN');
      if (!error.reason && error.code === 'RATE_LIMITED') return t('sessions:errors.RATE_LIMITED');
      return apiErrorText(error);
    },
    [t],
  );
}
