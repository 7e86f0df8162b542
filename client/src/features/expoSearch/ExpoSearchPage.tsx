import {
  type ClassTitles,
  type Exhibit,
  SEARCH_SORTS,
  type SearchExhibitsParams,
  type SearchFacets,
  type SearchSort,
} from '@pavilion/shared';
import { classNode as classNodeOf } from '@pavilion/shared/classification';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Options } from '../../app/ui/Options';
import { ReadState } from '../../app/ui/ReadState';
import { SearchForm } from '../../app/ui/SearchForm';
import { usePageTitle } from '../../app/usePageTitle';
import { useFormat } from '../../i18n/format';
import { useDisclosure } from '../../lib/useDisclosure';
import { useRefreshable } from '../../lib/useRefreshable';
import { parseYuan, yuanInputValue } from '../../lib/yuanInput';
import { useAppStore } from '../../store/appStore';
import { boothInHallHref } from '../hall';
import { ClassTree, useClassTitle } from './ClassTree';
import { expoSearchApi, expoSearchKeys, searchQueryString } from './expoSearchApi';
import { FACETS, paramsFromUrl } from './searchParams';

type FacetName = (typeof FACETS)[number]['facet'];
type FacetParam = (typeof FACETS)[number]['param'];

/**
 * `/search`: the expo-wide search. Everything it shows is in the URL (text, filters, order, page), so a search
 * can be shared and the back button steps through the filters; the results come through the query cache.
 */
export default function ExpoSearchPage() {
  const { t } = useTranslation(['expoSearch', 'common']);
  usePageTitle(t('expoSearch:title'));
  const f = useFormat();
  const id = useId();
  const [url, setUrl] = useSearchParams();
  const params = useMemo(() => paramsFromUrl(url), [url]);
  const read = useRefreshable(expoSearchKeys.search(params), (signal) => expoSearchApi.search(params, { signal }));
  const answer = read.data;
  const filters = useDisclosure();
  const hallsKnown = useAppStore((s) => s.expo !== null);
  const loadExpo = useAppStore((s) => s.loadExpo);

  // Hall names for the hall facet and the result cards (opened from a shared link, the lobby never loaded them).
  useEffect(() => {
    if (!hallsKnown) void loadExpo();
  }, [hallsKnown, loadExpo]);

  /** A new search in the history: filters reset the page, the pager keeps them. */
  function go(changes: Partial<SearchExhibitsParams>) {
    const next = { ...params, page: 1, ...changes, pageSize: undefined };
    setUrl(new URLSearchParams(searchQueryString(next)));
  }

  function toggleClass(code: string) {
    const classes = params.classes ?? [];
    const next = classes.includes(code) ? classes.filter((c) => c !== code) : [...classes, code].slice(-12);
    go({ classes: next.length > 0 ? next : undefined });
  }

  function submitText(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const q = String(new FormData(e.currentTarget).get('q') ?? '').trim();
    go({ q: q || undefined, sort: q ? params.sort : params.sort === 'relevance' ? undefined : params.sort });
  }

  const active = activeFilters(params);
  const pages = answer ? Math.max(1, Math.ceil(answer.total / answer.pageSize)) : 1;
  return (
    <div className="page expo-search">
      <header className="expo-search__head">
        <h1>{t('expoSearch:title')}</h1>
        <p className="muted">{t('expoSearch:subtitle')}</p>
        <SearchForm
          key={params.q ?? ''}
          label={t('expoSearch:label')}
          className="expo-search__form"
          onSubmit={submitText}
          submitLabel={t('expoSearch:submit')}
          submitClassName="button"
          name="q"
          defaultValue={params.q ?? ''}
          maxLength={200}
          placeholder={t('expoSearch:placeholder')}
          autoComplete="off"
          data-testid="expo-search-q"
        />
      </header>

      <div className="expo-search__layout">
        <aside className={filters.open ? 'expo-search__filters is-open' : 'expo-search__filters'} aria-labelledby={`${id}-filters`}>
          <div className="expo-search__filters-head">
            <h2 id={`${id}-filters`}>{t('expoSearch:filters')}</h2>
            <button type="button" className="button button--ghost button--small expo-search__filters-toggle" {...filters.toggleProps}>
              {filters.open ? t('expoSearch:hideFilters') : t('expoSearch:showFilters', { count: active.length })}
            </button>
          </div>
          <div className="expo-search__filter-body" id={filters.panelId}>
            {active.length > 0 && (
              <div className="expo-search__active">
                {active.map((filter) => (
                  <ActiveChip key={`${filter.param}:${filter.value}`} filter={filter} onRemove={() => go(filter.without)} />
                ))}
                <button type="button" className="link-button" onClick={() => setUrl(new URLSearchParams(params.q ? { q: params.q } : {}))}>
                  {t('expoSearch:clearAll')}
                </button>
              </div>
            )}
            <section className="expo-search__group" aria-labelledby={`${id}-tree`}>
              <h3 id={`${id}-tree`}>{t('expoSearch:classification')}</h3>
              <ClassTree selected={params.classes} onToggle={toggleClass} idPrefix={`${id}-tree`} />
            </section>
            {answer &&
              FACETS.map(({ facet, param }) => (
                <FacetGroup
                  key={facet}
                  facet={facet}
                  counts={answer.facets[facet]}
                  selected={params[param]}
                  onPick={(value) => go({ [param]: params[param] === value ? undefined : value } as Partial<SearchExhibitsParams>)}
                />
              ))}
            {answer && Object.keys(answer.facets.classes).length > 0 && (
              <ResultClasses counts={answer.facets.classes} selected={params.classes ?? []} onToggle={toggleClass} />
            )}
            <PriceRange
              key={`${params.minPrice}-${params.maxPrice}`}
              params={params}
              onApply={(minPrice, maxPrice) => go({ minPrice, maxPrice })}
            />
          </div>
        </aside>

        <section className="expo-search__results" aria-labelledby={`${id}-results`} aria-busy={read.busy}>
          <div className="expo-search__results-head">
            <h2 id={`${id}-results`} data-testid="expo-search-total" data-total={answer?.total}>
              {answer ? t('expoSearch:results', { count: answer.total, formatted: f.count(answer.total) }) : t('common:loading')}
            </h2>
            <label className="expo-search__sort">
              {t('expoSearch:sort')}{' '}
              <select
                value={params.sort ?? 'relevance'}
                onChange={(e) => go({ sort: e.target.value as SearchSort })}
                data-testid="expo-search-sort"
              >
                <Options choices={SEARCH_SORTS} label={(s) => t(`expoSearch:sorts.${s}`)} />
              </select>
            </label>
          </div>
          <ReadState read={read} failed={(reason) => t('expoSearch:failed', { reason })} />
          {answer && answer.total === 0 && <p className="muted">{t('expoSearch:none')}</p>}
          {answer && answer.items.length > 0 && (
            <ul className="expo-search__list" data-testid="expo-search-results">
              {answer.items.map((exhibit) => (
                <ResultCard key={exhibit.id} exhibit={exhibit} />
              ))}
            </ul>
          )}
          {answer && pages > 1 && (
            <nav className="expo-search__pager" aria-label={t('expoSearch:pagination')}>
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={answer.page <= 1}
                onClick={() => go({ page: answer.page - 1 })}
              >
                {t('expoSearch:pagePrev')}
              </button>
              <span>{t('expoSearch:pageOf', { page: f.count(answer.page), pages: f.count(pages) })}</span>
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={answer.page >= pages}
                onClick={() => go({ page: answer.page + 1 })}
                data-testid="expo-search-next"
              >
                {t('expoSearch:pageNext')}
              </button>
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}

interface ActiveFilter {
  param: keyof SearchExhibitsParams;
  value: string;
  without: Partial<SearchExhibitsParams>;
}

function activeFilters(params: SearchExhibitsParams): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const code of params.classes ?? []) {
    const rest = (params.classes ?? []).filter((c) => c !== code);
    out.push({ param: 'classes', value: code, without: { classes: rest.length > 0 ? rest : undefined } });
  }
  for (const { param } of FACETS) {
    const value = params[param as FacetParam];
    if (value) out.push({ param, value, without: { [param]: undefined } });
  }
  if (params.minPrice !== undefined) out.push({ param: 'minPrice', value: String(params.minPrice), without: { minPrice: undefined } });
  if (params.maxPrice !== undefined) out.push({ param: 'maxPrice', value: String(params.maxPrice), without: { maxPrice: undefined } });
  return out;
}

function useValueLabel() {
  const { t } = useTranslation(['expoSearch', 'common']);
  const f = useFormat();
  const expo = useAppStore((s) => s.expo);
  return (param: keyof SearchExhibitsParams | FacetName, value: string): string => {
    switch (param) {
      case 'type':
        return t(`common:ipType.${value as Exhibit['type']}`);
      case 'status':
        return t(`common:exhibitStatus.${value as Exhibit['status']}`);
      case 'tradeMode':
        return t(`common:tradeMode.${value as Exhibit['tradeModes'][number]}`);
      case 'region':
        return t(`common:region.${value as Exhibit['region']}`);
      case 'hall':
      case 'hallId': {
        const hall = expo?.halls.find((h) => h.id === value);
        return hall ? f.hallName(hall) : value;
      }
      case 'minPrice':
        return t('expoSearch:priceFrom', { price: f.price({ amount: Number(value), currency: 'CNY' }) });
      case 'maxPrice':
        return t('expoSearch:priceTo', { price: f.price({ amount: Number(value), currency: 'CNY' }) });
      default:
        return value;
    }
  };
}

function ActiveChip({ filter, onRemove }: { filter: ActiveFilter; onRemove: () => void }) {
  const { t } = useTranslation(['expoSearch']);
  const labelOf = useValueLabel();
  const label = labelOf(filter.param, filter.value);
  return (
    <button
      type="button"
      className="chip chip--removable"
      onClick={onRemove}
      aria-label={t('expoSearch:removeFilter', { label })}
      data-testid="active-filter"
    >
      {label} ×
    </button>
  );
}

function FacetGroup({
  facet,
  counts,
  selected,
  onPick,
}: {
  facet: FacetName;
  counts: Record<string, number>;
  selected: string | undefined;
  onPick: (value: string) => void;
}) {
  const { t } = useTranslation(['expoSearch']);
  const f = useFormat();
  const labelOf = useValueLabel();
  const values = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (values.length === 0) return null;
  return (
    <fieldset className="expo-search__group" data-facet={facet}>
      <legend>{t(`expoSearch:facets.${facet}`)}</legend>
      <ul className="facet-list">
        {values.slice(0, 12).map(([value, count]) => (
          <li key={value}>
            <label className="facet-list__item">
              <input type="checkbox" checked={selected === value} onChange={() => onPick(value)} />
              <span className="facet-list__label">{labelOf(facet, value)}</span>
              <span className="facet-list__count">{f.count(count)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The classes of the results, most frequent first: a shortcut to narrow by one without walking the tree. */
function ResultClasses({
  counts,
  selected,
  onToggle,
}: {
  counts: SearchFacets['classes'];
  selected: string[];
  onToggle: (code: string) => void;
}) {
  const { t } = useTranslation(['expoSearch']);
  const f = useFormat();
  const values = Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 12);
  return (
    <fieldset className="expo-search__group" data-facet="classes">
      <legend>{t('expoSearch:facets.classes')}</legend>
      <ul className="facet-list">
        {values.map(([code, count]) => (
          <li key={code}>
            <label className="facet-list__item">
              <input type="checkbox" checked={selected.includes(code)} onChange={() => onToggle(code)} />
              <span className="facet-list__label">{code}</span>
              <span className="facet-list__count">{f.count(count)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function PriceRange({ params, onApply }: { params: SearchExhibitsParams; onApply: (min?: number, max?: number) => void }) {
  const { t } = useTranslation(['expoSearch']);
  const id = useId();
  const [min, setMin] = useState(params.minPrice !== undefined ? yuanInputValue(params.minPrice) : '');
  const [max, setMax] = useState(params.maxPrice !== undefined ? yuanInputValue(params.maxPrice) : '');
  const [invalid, setInvalid] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    const minYuan = min.trim() ? parseYuan(min) : null;
    const maxYuan = max.trim() ? parseYuan(max) : null;
    if (
      (min.trim() && minYuan === null) ||
      (max.trim() && maxYuan === null) ||
      (minYuan !== null && maxYuan !== null && minYuan > maxYuan)
    ) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onApply(minYuan ?? undefined, maxYuan ?? undefined);
  }

  return (
    <form className="expo-search__group expo-search__price" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('expoSearch:price')}</legend>
        <label htmlFor={`${id}-min`}>{t('expoSearch:minPrice')}</label>
        <input id={`${id}-min`} inputMode="decimal" value={min} onChange={(e) => setMin(e.target.value)} aria-invalid={invalid} />
        <label htmlFor={`${id}-max`}>{t('expoSearch:maxPrice')}</label>
        <input id={`${id}-max`} inputMode="decimal" value={max} onChange={(e) => setMax(e.target.value)} aria-invalid={invalid} />
        <button type="submit" className="button button--small">
          {t('expoSearch:applyPrice')}
        </button>
        {invalid && (
          <p className="field-error" role="alert">
            {t('expoSearch:priceInvalid')}
          </p>
        )}
      </fieldset>
    </form>
  );
}

function ResultCard({ exhibit }: { exhibit: Exhibit }) {
  const { t } = useTranslation(['expoSearch', 'common']);
  const f = useFormat();
  const titleOf = useClassTitle();
  const expo = useAppStore((s) => s.expo);
  const hall = expo?.halls.find((h) => h.id === exhibit.hallId);
  return (
    <li className="result-card" data-exhibit-id={exhibit.id} data-classes={exhibit.classes.join('|')} data-type={exhibit.type}>
      <div className="result-card__top">
        <span className={`chip chip--${exhibit.type}`}>{t(`common:ipType.${exhibit.type}`)}</span>
        <span className="chip">{t(`common:exhibitStatus.${exhibit.status}`)}</span>
        <span className="result-card__price">{f.price(exhibit.askingPrice)}</span>
      </div>
      <h3 className="result-card__title">
        <Link to={`/booth/${encodeURIComponent(exhibit.boothId)}`}>{exhibit.title}</Link>
      </h3>
      <p className="result-card__meta">
        {exhibit.orgName} · {exhibit.registrationNumber} · {exhibit.jurisdiction}
        {hall ? ` · ${t('expoSearch:inHall', { hall: f.hallName(hall) })}` : ''}
      </p>
      {exhibit.classes.length > 0 && (
        <ul className="result-card__classes">
          {exhibit.classes.map((code) => (
            <ClassChip key={code} code={code} titleOf={titleOf} />
          ))}
        </ul>
      )}
      <p className="result-card__modes">{exhibit.tradeModes.map((m) => t(`common:tradeMode.${m}`)).join(' · ')}</p>
      <Link className="button button--small button--ghost" to={boothInHallHref(exhibit.hallId, exhibit.boothId)}>
        {t('expoSearch:openBooth')}
      </Link>
    </li>
  );
}

function ClassChip({ code, titleOf }: { code: string; titleOf: (title: ClassTitles) => string }) {
  const node = classNodeOf(code);
  return (
    <li className="chip chip--class" title={node ? titleOf(node.title) : undefined}>
      {code}
    </li>
  );
}
