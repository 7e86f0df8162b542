import type { SeriesBucket, StatsSeries } from '@pavilion/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { RefreshThrottle } from './refreshThrottle';
import { statsApi } from './statsApi';

/** The series is fetched again at most this often while deals keep coming in. */
export const SERIES_REFRESH_MS = 5_000;

/** What the charts show: the series (the last good one stays while a refresh runs), and how its fetch went. */
export interface SeriesState {
  series: StatsSeries | null;
  status: 'loading' | 'ready' | 'error';
  /** The bucket the visitor picked; `undefined` lets the server choose. */
  bucket: SeriesBucket | undefined;
  setBucket: (bucket: SeriesBucket) => void;
  retry: () => void;
}

/**
 * `GET /api/stats/series`, fetched when the page opens and when the visitor picks a bucket, and again when
 * the deal count moves — throttled to one fetch per {@link SERIES_REFRESH_MS}, since live stats can be pushed
 * twice a second while a busy expo closes deals.
 */
export function useStatsSeries(deals: number | undefined): SeriesState {
  const [bucket, setBucketState] = useState<SeriesBucket | undefined>(undefined);
  const [series, setSeries] = useState<StatsSeries | null>(null);
  const [status, setStatus] = useState<SeriesState['status']>('loading');
  const bucketRef = useRef(bucket);
  const inFlight = useRef<AbortController | null>(null);

  const fetchSeries = useCallback(() => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    statsApi
      .series(bucketRef.current, { signal: controller.signal })
      .then((answer) => {
        if (controller.signal.aborted) return;
        setSeries(answer);
        setStatus('ready');
      })
      .catch(() => {
        // An aborted fetch was replaced by a newer one; a failed refresh keeps the last good series on screen.
        if (!controller.signal.aborted) setStatus((s) => (s === 'ready' ? s : 'error'));
      });
  }, []);

  const throttle = useRef<RefreshThrottle | null>(null);
  throttle.current ??= new RefreshThrottle(() => fetchSeries(), SERIES_REFRESH_MS);

  // The first load, and a new one whenever the visitor changes the bucket.
  useEffect(() => {
    bucketRef.current = bucket;
    throttle.current?.ranNow();
    fetchSeries();
  }, [bucket, fetchSeries]);

  // A deal count that moved (not the first figure to arrive) asks for a throttled refresh.
  const lastDeals = useRef(deals);
  useEffect(() => {
    const before = lastDeals.current;
    lastDeals.current = deals;
    if (before !== undefined && deals !== undefined && deals !== before) throttle.current?.request();
  }, [deals]);

  useEffect(
    () => () => {
      throttle.current?.cancel();
      inFlight.current?.abort();
    },
    [],
  );

  const setBucket = useCallback((next: SeriesBucket) => setBucketState(next), []);
  const retry = useCallback(() => {
    setStatus('loading');
    throttle.current?.ranNow();
    fetchSeries();
  }, [fetchSeries]);

  return { series, status, bucket, setBucket, retry };
}
