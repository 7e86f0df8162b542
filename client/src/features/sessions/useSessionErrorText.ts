import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../net/gateway';

/** The sentence a failed session step reads as. `CONFLICT` means "already live" when starting, else "not live". */
export function useSessionErrorText() {
  const { t } = useTranslation(['sessions', 'common']);
  return useCallback(
    (error: unknown, step: 'start' | 'other' = 'other'): string => {
      if (!(error instanceof ApiError)) return t('common:errors.INTERNAL');
      switch (error.code) {
        case 'CONFLICT':
          return step === 'start' ? t('sessions:errors.alreadyLive') : t('sessions:errors.notLive');
        case 'FORBIDDEN':
          return t('sessions:errors.FORBIDDEN');
        case 'RATE_LIMITED': {
          // The per-user cap on unanswered questions: waiting a moment does not help, an answer does.
          const open = error.details?.openQuestions;
          return typeof open === 'number' ? t('sessions:errors.tooManyOpenQuestions', { count: open }) : t('sessions:errors.RATE_LIMITED');
        }
        case 'INVALID_INPUT':
          return t('sessions:errors.INVALID_INPUT', { message: error.message });
        default:
          return t(`common:errors.${error.code}`);
      }
    },
    [t],
  );
}
