import { type ErrorBody, ErrorCode } from '@pavilion/shared';

/** An error a client may see: a contract error code and a message that never carries internals. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/** Shorthands for the common errors. */
export const fail = {
  invalid: (message: string, fields?: string[]) => new AppError(ErrorCode.INVALID_INPUT, message, fields ? { fields } : undefined),
  unauthenticated: (message = 'sign in first') => new AppError(ErrorCode.UNAUTHENTICATED, message),
  forbidden: (message: string) => new AppError(ErrorCode.FORBIDDEN, message),
  notFound: (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`),
  conflict: (message: string) => new AppError(ErrorCode.CONFLICT, message),
  rateLimited: (retryAfterMs: number) =>
    new AppError(ErrorCode.RATE_LIMITED, `too many requests; retry in ${Math.ceil(retryAfterMs / 1000)} s`, { retryAfterMs }),
};

/** Whether an error means Redis could not be reached (so nothing was written). */
export function isRedisUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const name = err.constructor?.name ?? '';
  return (
    name === 'ClientClosedError' ||
    name === 'ClientOfflineError' ||
    name === 'ConnectionTimeoutError' ||
    name === 'SocketClosedUnexpectedlyError' ||
    /ECONNREFUSED|ECONNRESET|The client is closed|client is offline|Socket closed unexpectedly|LOADING/.test(err.message)
  );
}

/** Maps any thrown value to the error a client sees. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isRedisUnavailable(err))
    return new AppError(ErrorCode.UNAVAILABLE, 'the data store is unavailable; nothing was changed, retry shortly');
  return new AppError(ErrorCode.INTERNAL, 'internal error');
}

/**
 * Lua scripts report rule violations as `{err = "CODE message"}`; this turns such a reply error into
 * an AppError with that code (other errors pass through).
 */
export function fromScriptError(err: unknown): unknown {
  if (err instanceof Error) {
    const m =
      /^(UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|INVALID_INPUT|RATE_LIMITED|CONFLICT|BID_TOO_LOW|AUCTION_NOT_OPEN|SELF_DEALING) ?(.*)$/s.exec(
        err.message,
      );
    if (m) {
      const [, code, rest] = m;
      let details: Record<string, unknown> | undefined;
      let message = rest ?? '';
      const j = message.indexOf(' {');
      if (j >= 0) {
        try {
          details = JSON.parse(message.slice(j + 1)) as Record<string, unknown>;
          message = message.slice(0, j);
        } catch {
          /* plain message */
        }
      }
      return new AppError(code as ErrorCode, message || code!.toLowerCase(), details);
    }
  }
  return err;
}
