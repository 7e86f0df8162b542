import {
  EXHIBIT_STATUSES,
  IP_TYPES,
  normaliseClass,
  REGIONS,
  SEARCH_SORTS,
  type SearchExhibitsParams,
  TRADE_MODES,
} from '@pavilion/shared';

/** Results per page on the search page. */
export const SEARCH_PAGE_SIZE = 20;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

const whole = (value: string | null): number | undefined => (value && /^[0-9]{1,13}$/.test(value) ? Number(value) : undefined);

/**
 * The search a URL describes. Anything the server would refuse (an unknown class, a made-up type) is dropped
 * rather than shown as an error: a shared link with a typo still opens a search.
 */
export function paramsFromUrl(search: URLSearchParams): SearchExhibitsParams {
  const classes = (search.get('classes') ?? '')
    .split(',')
    .map((c) => normaliseClass(c))
    .filter((c): c is string => c !== null);
  const minPrice = whole(search.get('minPrice'));
  const maxPrice = whole(search.get('maxPrice'));
  const page = whole(search.get('page'));
  const jurisdiction = search.get('jurisdiction');
  const params: SearchExhibitsParams = {
    q: search.get('q')?.slice(0, 200) || undefined,
    type: oneOf(IP_TYPES, search.get('type')),
    classes: classes.length > 0 ? [...new Set(classes)].slice(0, 12) : undefined,
    jurisdiction: jurisdiction && /^([A-Z]{2}|EP|EU|WO)$/.test(jurisdiction) ? jurisdiction : undefined,
    tradeMode: oneOf(TRADE_MODES, search.get('tradeMode')),
    minPrice,
    maxPrice: maxPrice !== undefined && (minPrice === undefined || maxPrice >= minPrice) ? maxPrice : undefined,
    status: oneOf(EXHIBIT_STATUSES, search.get('status')),
    region: oneOf(REGIONS, search.get('region')),
    hallId: search.get('hallId') && /^[A-Za-z0-9_-]{1,64}$/.test(search.get('hallId') ?? '') ? (search.get('hallId') as string) : undefined,
    sort: oneOf(SEARCH_SORTS, search.get('sort')) ?? 'relevance',
    page: page && page >= 1 && page <= 1000 ? page : 1,
    pageSize: SEARCH_PAGE_SIZE,
  };
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as SearchExhibitsParams;
}

/** The facets a filter sidebar offers, in display order, with the query parameter each sets. */
export const FACETS = [
  { facet: 'type', param: 'type' },
  { facet: 'status', param: 'status' },
  { facet: 'tradeMode', param: 'tradeMode' },
  { facet: 'region', param: 'region' },
  { facet: 'jurisdiction', param: 'jurisdiction' },
  { facet: 'hall', param: 'hallId' },
] as const;
