import type { Exhibit } from '@pavilion/shared';
import { useEffect, useState } from 'react';
import { negotiationApi } from './negotiationApi';

/** One exhibit by id (`GET /api/exhibits/:id`), re-read when `version` changes; null while unknown or on failure. */
export function useExhibit(exhibitId: string | undefined, version = 0): Exhibit | null {
  const [exhibit, setExhibit] = useState<Exhibit | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a fresh read (the exhibit's status moves with deals)
  useEffect(() => {
    if (!exhibitId) return;
    const controller = new AbortController();
    negotiationApi.exhibit(exhibitId, { signal: controller.signal }).then(
      ({ exhibit: e }) => setExhibit(e),
      () => {
        // Without the exhibit the offer form offers every trade mode and the server judges; nothing else depends on it.
      },
    );
    return () => controller.abort();
  }, [exhibitId, version]);
  return exhibit;
}
