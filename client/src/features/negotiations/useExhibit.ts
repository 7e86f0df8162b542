import type { Exhibit } from '@pavilion/shared';
import { useRefreshable } from '../../lib/useRefreshable';
import { negotiationApi, negotiationKeys } from './negotiationApi';

/**
 * One exhibit by id (`GET /api/exhibits/:id`), re-read when `version` changes; null while unknown or on failure.
 * Without the exhibit the offer form offers every trade mode and the server judges; nothing else depends on it.
 */
export function useExhibit(exhibitId: string | undefined, version = 0): Exhibit | null {
  const read = useRefreshable(
    negotiationKeys.exhibit(exhibitId ?? '', version),
    (signal) => negotiationApi.exhibit(exhibitId ?? '', { signal }).then((a) => a.exhibit),
    !!exhibitId,
  );
  return read.data;
}
