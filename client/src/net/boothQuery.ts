import type { BoothAnswer } from '@pavilion/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Refreshable, refreshableOf } from '../lib/useRefreshable';
import { ApiError } from './ApiError';
import { type RequestOptions, rest } from './rest';

/** A booth's full record in the query cache: the booth panel, /booth/:id, the exhibitor console and the spotlight read it. */
export const boothKeys = {
  all: ['booth'] as const,
  detail: (boothId: string) => ['booth', 'detail', boothId] as const,
};

/**
 * The booth's record (organization, exhibits). It stays fresh until something says otherwise (a socket event,
 * a change made here, a retry), so reopening a booth panel is instant and costs no request.
 */
export function boothQuery(boothId: string, read: (boothId: string, opts: RequestOptions) => Promise<BoothAnswer> = rest.booth) {
  return queryOptions({
    queryKey: boothKeys.detail(boothId),
    queryFn: ({ signal }) => read(boothId, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A booth that is not there (or whose id could not be one): a friendly "no such booth", not a retry. */
export function boothMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'INVALID_INPUT');
}

export interface BoothRead extends Refreshable<BoothAnswer> {
  missing: boolean;
}

/** Reads a booth's record through the cache; `fresh` reads it again on mount even when cached (statuses move). */
export function useBooth(boothId: string, { fresh = false }: { fresh?: boolean } = {}): BoothRead {
  const query = useQuery({ ...boothQuery(boothId), refetchOnMount: fresh ? 'always' : true });
  return { ...refreshableOf(query), missing: boothMissing(query.error) };
}
