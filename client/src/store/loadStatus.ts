import { ApiError } from '../net/ApiError';

/** Where a fetched resource stands; `not-found` and `error` are shown differently (friendly page vs. retry). */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'not-found' | 'error';

/** Maps a failed fetch to the status the UI shows. */
export function statusOfError(error: unknown): LoadStatus {
  if (error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'INVALID_INPUT')) return 'not-found';
  return 'error';
}
