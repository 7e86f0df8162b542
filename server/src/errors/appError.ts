import {
  type ErrorBody,
  ErrorCode,
  type ErrorDetails,
  type ErrorReason,
  type NotFoundReason,
  type ValidationIssue,
} from '@pavilion/shared';

/**
 * An error a client may see: a contract error code, the rule that refused (`reason`) where the code alone
 * does not say, machine-readable details, and an English message that never carries internals.
 */
export class AppError extends Error {
  readonly reason?: ErrorReason;
  readonly details?: ErrorDetails;

  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: { reason?: ErrorReason | undefined; details?: ErrorDetails | undefined } = {},
  ) {
    super(message);
    if (extra.reason) this.reason = extra.reason;
    if (extra.details) this.details = extra.details;
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.reason ? { reason: this.reason } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

/** Shorthands for the common errors. */
export const fail = {
  /** INVALID_INPUT naming each refused field twice: as a path (`details.fields`) and as an issue (`details.issues`). */
  invalid: (message: string, issues: ValidationIssue[]) =>
    new AppError(ErrorCode.INVALID_INPUT, message, { details: { fields: issues.map((i) => i.path), issues } }),
  unauthenticated: (message = 'sign in first', reason?: ErrorReason) => new AppError(ErrorCode.UNAUTHENTICATED, message, { reason }),
  forbidden: (message: string, reason?: ErrorReason) => new AppError(ErrorCode.FORBIDDEN, message, { reason }),
  notFound: (what: NotFoundReason, message = `${what} not found`) => new AppError(ErrorCode.NOT_FOUND, message, { reason: what }),
  conflict: (message: string, reason?: ErrorReason) => new AppError(ErrorCode.CONFLICT, message, { reason }),
  rateLimited: (retryAfterMs: number, reason?: ErrorReason, what = 'requests') =>
    new AppError(ErrorCode.RATE_LIMITED, `too many ${what}; retry in ${Math.ceil(retryAfterMs / 1000)} s`, {
      reason,
      details: { retryAfterMs },
    }),
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
