import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../net/gateway';
import { useSessionsText } from './i18n';

/** The sentence a failed session step reads as. `CONFLICT` means "already live" when starting, else "not live". */
export function useSessionErrorText() {
  const { t } = useTranslation();
  const { tx } = useSessionsText();
  return useCallback(
    (error: unknown, step: 'start' | 'other' = 'other'): string => {
      if (!(error instanceof ApiError)) return t('errors.INTERNAL');
      switch (error.code) {
        case 'CONFLICT':
          return step === 'start' ? tx('errors.alreadyLive') : tx('errors.notLive');
        case 'FORBIDDEN':
          return tx('errors.FORBIDDEN');
        case 'RATE_LIMITED': {
          // The per-user cap on unanswered questions: waiting a moment does not help, an answer does.
          const open = error.details?.openQuestions;
          return typeof open === 'number' ? tx('errors.tooManyOpenQuestions', { count: open }) : tx('errors.RATE_LIMITED');
        }
        case 'INVALID_INPUT':
          return tx('errors.INVALID_INPUT', { message: error.message });
        default:
          return t(`errors.${error.code}`);
      }
    },
    [t, tx],
  );
}
