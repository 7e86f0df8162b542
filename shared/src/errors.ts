/** Every error code a client can receive, REST or socket. Closed set: add, never rename. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_INPUT: 'INVALID_INPUT',
  RATE_LIMITED: 'RATE_LIMITED',
  CONFLICT: 'CONFLICT',
  BID_TOO_LOW: 'BID_TOO_LOW',
  AUCTION_NOT_OPEN: 'AUCTION_NOT_OPEN',
  SELF_DEALING: 'SELF_DEALING',
  /** Redis (the source of truth) is unreachable: nothing was written; retry later. */
  UNAVAILABLE: 'UNAVAILABLE',
  /** A bug on the server; the message never carries a stack trace. */
  INTERNAL: 'INTERNAL',
} as const;
/** One of the error codes in {@link ErrorCode}. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status each error code maps to on REST routes. */
export const httpStatusOf: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  RATE_LIMITED: 429,
  CONFLICT: 409,
  BID_TOO_LOW: 409,
  AUCTION_NOT_OPEN: 409,
  SELF_DEALING: 403,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** The error body of every failed REST answer and socket ack. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Optional machine-readable detail, e.g. the field that failed or the minimum acceptable bid. */
  details?: Record<string, unknown>;
}

/** A failed answer: `{ ok: false, error }`. */
export interface ErrorAnswer {
  ok: false;
  error: ErrorBody;
}
