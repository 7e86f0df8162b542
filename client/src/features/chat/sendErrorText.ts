import i18next from 'i18next';
import type { SendError } from '../../store/chatRoom';

/** Why a message was not sent, in words: rate limit, mute, sign-in, or the contract's general message. */
export function sendErrorText(error: SendError): string {
  const t = i18next.getFixedT(null, ['chat', 'common']);
  const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 0) / 1000));
  switch (error.code) {
    case 'RATE_LIMITED':
      return t('chat:errors.rateLimited', { seconds });
    case 'FORBIDDEN':
      // A mute carries how long it lasts; other refusals (not inside the booth) do not.
      return error.retryAfterMs !== undefined
        ? t('chat:errors.muted', { minutes: Math.max(1, Math.ceil(error.retryAfterMs / 60_000)) })
        : t('chat:errors.forbidden');
    case 'UNAUTHENTICATED':
      return t('chat:errors.signIn');
    case 'INVALID_INPUT':
      return t('chat:errors.invalid');
    case 'NETWORK':
      return t('chat:errors.network');
    default:
      return t(`common:errors.${error.code}`);
  }
}
