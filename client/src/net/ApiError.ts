import type { ErrorCode } from '@pavilion/shared';

/** A failed REST call or socket ack, carrying the contract's error code (or NETWORK when nothing answered). */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  readonly status: number;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode | 'NETWORK', message: string, status = 0, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

/** True when an error means "this thing does not exist" (unknown hall, booth…). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'NOT_FOUND';
}
