import type {
  CreateNeedBody,
  MatchingBoothsAnswer,
  MatchingNeedsAnswer,
  Need,
  NeedAnswer,
  NeedsAnswer,
  RecommendationsAnswer,
  UpdateNeedBody,
} from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

const id = (s: string) => encodeURIComponent(s);

/** The needs, recommendations and matching-needs routes. */
export const needsApi = {
  list: (opts?: RequestOptions) => request<NeedsAnswer>('GET', '/needs', undefined, opts),
  create: (body: CreateNeedBody) => request<{ need: Need }>('POST', '/needs', body),
  update: (needId: string, body: UpdateNeedBody) => request<{ need: Need }>('PATCH', `/needs/${id(needId)}`, body),
  withdraw: (needId: string) => request<{ ok: true }>('DELETE', `/needs/${id(needId)}`),
  recommendations: (limit: number, opts?: RequestOptions) =>
    request<RecommendationsAnswer>('GET', `/recommendations?limit=${limit}`, undefined, opts),
  matchingBooths: (hallId: string, opts?: RequestOptions) =>
    request<MatchingBoothsAnswer>('GET', `/recommendations/booths?hallId=${id(hallId)}`, undefined, opts),
  forExhibitor: (opts?: RequestOptions) => request<MatchingNeedsAnswer>('GET', '/exhibitor/needs', undefined, opts),
  answer: (needId: string, exhibitId: string) => request<{ answer: NeedAnswer }>('POST', `/needs/${id(needId)}/answer`, { exhibitId }),
};

/** The feature's reads in the query cache; `all` is everything a change of needs can move. */
export const needsKeys = {
  all: ['needs'] as const,
  mine: () => [...needsKeys.all, 'mine'] as const,
  recommendations: () => [...needsKeys.all, 'recommendations'] as const,
  matchingBooths: (hallId: string) => [...needsKeys.all, 'booths', hallId] as const,
  forExhibitor: () => [...needsKeys.all, 'exhibitor'] as const,
};
