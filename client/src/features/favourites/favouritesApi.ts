import type { FavouriteSaved, FavouritesAnswer } from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

const id = (s: string) => encodeURIComponent(s);

/** The briefcase routes. */
export const favouritesApi = {
  list: (opts?: RequestOptions) => request<FavouritesAnswer>('GET', '/favourites', undefined, opts),
  saveExhibit: (exhibitId: string) => request<FavouriteSaved>('PUT', `/favourites/${id(exhibitId)}`),
  removeExhibit: (exhibitId: string) => request<{ ok: true }>('DELETE', `/favourites/${id(exhibitId)}`),
  saveBooth: (boothId: string) => request<FavouriteSaved>('PUT', `/favourites/booths/${id(boothId)}`),
  removeBooth: (boothId: string) => request<{ ok: true }>('DELETE', `/favourites/booths/${id(boothId)}`),
};

/** The briefcase in the query cache. */
export const favouriteKeys = {
  all: ['favourites'] as const,
};

/** Downloads the session cookie authorizes. */
export const FAVOURITES_CSV_HREF = '/api/favourites/export.csv';
export const FAVOURITES_ICS_HREF = '/api/favourites/sessions.ics';
