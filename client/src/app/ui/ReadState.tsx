import type { Refreshable } from '../../lib/useRefreshable';
import { apiErrorText } from './apiErrorText';
import { ErrorState } from './ErrorState';
import { PageLoading } from './PageLoading';

/**
 * Where a read's data goes, what stands in for it: a spinner before the first answer, and a failure with a
 * retry (above the last good answer when a refresh failed). Nothing once the data is on screen.
 */
export function ReadState({
  read,
  failed,
  loading,
}: {
  read: Pick<Refreshable<unknown>, 'data' | 'error' | 'busy' | 'refresh'>;
  /** The failure's sentence, given the server's reason. */
  failed: (reason: string) => string;
  loading?: string;
}) {
  if (read.error !== null) return <ErrorState message={failed(apiErrorText(read.error))} onRetry={read.refresh} />;
  if (read.data === null && read.busy) return <PageLoading label={loading} />;
  return null;
}
