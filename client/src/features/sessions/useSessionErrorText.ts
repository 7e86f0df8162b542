import { SessionReason } from '@pavilion/shared';
import { useCallback, useState } from 'react';
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

/**
 * One session step at a time (go live, spotlight, ask, vote…): whether one is under way, and why the last one
 * failed, in the words of {@link useSessionErrorText}. `run` resolves to whether the step succeeded.
 */
export function useSessionStep() {
  const errorText = useSessionErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(step: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await step();
      return true;
    } catch (err) {
      setError(errorText(err));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
