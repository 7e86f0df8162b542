import type { ClassScheme, ClassTreeAnswer, SearchExhibitsAnswer, SearchExhibitsParams } from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

/** The query string of a search, in a fixed order (so equal searches share one cache entry and one URL). */
export function searchQueryString(params: SearchExhibitsParams): string {
  const q = new URLSearchParams();
  const put = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') q.set(key, String(value));
  };
  put('q', params.q?.trim());
  put('type', params.type);
  put('classes', params.classes?.join(','));
  put('jurisdiction', params.jurisdiction);
  put('tradeMode', params.tradeMode);
  put('minPrice', params.minPrice);
  put('maxPrice', params.maxPrice);
  put('status', params.status);
  put('region', params.region);
  put('hallId', params.hallId);
  if (params.sort && params.sort !== 'relevance') put('sort', params.sort);
  if (params.page && params.page > 1) put('page', params.page);
  put('pageSize', params.pageSize);
  return q.toString();
}

/** The expo-wide search and the classification tree. */
export const expoSearchApi = {
  search: (params: SearchExhibitsParams, opts?: RequestOptions) =>
    request<SearchExhibitsAnswer>('GET', `/exhibits?${searchQueryString(params)}`, undefined, opts),
  classes: (scheme: ClassScheme, parent: string | undefined, opts?: RequestOptions) => {
    const q = new URLSearchParams({ scheme });
    if (parent) q.set('parent', parent);
    return request<ClassTreeAnswer>('GET', `/classes?${q}`, undefined, opts);
  },
};

/** The search's reads in the query cache. */
export const expoSearchKeys = {
  all: ['expoSearch'] as const,
  search: (params: SearchExhibitsParams) => [...expoSearchKeys.all, 'search', searchQueryString(params)] as const,
  classes: (scheme: ClassScheme, parent: string | undefined) => [...expoSearchKeys.all, 'classes', scheme, parent ?? ''] as const,
};
