import type { SeriesBucket, StatsSeries } from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

/** The statistics routes the page needs beyond `GET /api/stats` (which the store loads). */
export const statsApi = {
  /** Deal value over time; without a bucket the server picks the one that keeps the series short. */
  series: (bucket: SeriesBucket | undefined, opts?: RequestOptions) =>
    request<StatsSeries>('GET', `/stats/series${bucket ? `?bucket=${bucket}` : ''}`, undefined, opts),
};
