import { ApiError } from '../net/gateway';

/**
 * Whether a failed request may simply be sent again: nothing answered (a timeout or a dropped
 * connection), or the server said nothing was written (`UNAVAILABLE`). Every other error is the
 * server's final word.
 */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'NETWORK' || error.code === 'UNAVAILABLE');
}

/**
 * Sends an idempotent request until it gets an answer: on a timeout it is sent again — the caller's
 * `send` must reuse the same idempotency key (bidId, clientOfferId, clientMsgId), so however many
 * copies reach the server, it acts once and answers each copy with the first outcome.
 */
export async function retryOnTimeout<T>(
  send: (attempt: number) => Promise<T>,
  opts: { attempts?: number; onRetry?: (attempt: number, error: unknown) => void; wait?: (attempt: number) => Promise<void> } = {},
): Promise<T> {
  const attempts = opts.attempts ?? 3;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await send(attempt);
    } catch (error) {
      lastError = error;
      if (!isRetryable(error) || attempt === attempts) throw error;
      opts.onRetry?.(attempt, error);
      await opts.wait?.(attempt);
    }
  }
  throw lastError;
}
