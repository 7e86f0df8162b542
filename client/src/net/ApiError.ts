import type { ErrorCode, ErrorDetails, ErrorReason, ValidationIssue } from '@pavilion/shared';

/**
 * A failed REST call or socket ack, carrying the contract's error code (or NETWORK when nothing answered), the
 * rule that refused (`reason`) and the machine-readable details. `message` is the server's English, for logs only.
 */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  readonly status: number;
  readonly reason?: ErrorReason;
  readonly details?: ErrorDetails;

  constructor(code: ErrorCode | 'NETWORK', message: string, status = 0, details?: ErrorDetails, reason?: ErrorReason) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
    this.reason = reason;
  }

  /** The refused fields of an `INVALID_INPUT`, each with zod's code and the rule's parameters. */
  get issues(): readonly ValidationIssue[] {
    return Array.isArray(this.details?.issues) ? this.details.issues : [];
  }
}

/** True when an error means "this thing does not exist" (unknown hall, booth…). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'NOT_FOUND';
}
