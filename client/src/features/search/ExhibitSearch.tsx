import { type Exhibit, IP_TYPES, type IpType } from '@pavilion/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ChoiceSelect } from '../../app/ui/ChoiceSelect';
import { SearchForm } from '../../app/ui/SearchForm';
import { useFormat } from '../../i18n/format';
import { rest } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { boothInHallHref } from '../hall';

const PAGE = 8;

type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; q: string }
  | { status: 'ready'; q: string; items: Exhibit[]; total: number; nextCursor: string | null }
  | { status: 'error'; q: string };

/**
 * Searches exhibits in this hall (the exhibits search API). Choosing a result takes you to its booth:
 * a glide in the 3D hall, or the booth's panel in the list view.
 */
export function ExhibitSearch({ hallId, mode = '3d' }: { hallId: string; mode?: '3d' | 'list' }) {
  const { t } = useTranslation(['search', 'common']);
  const f = useFormat();
  const navigate = useNavigate();
  const id = useId();
  const [q, setQ] = useState('');
  const [type, setType] = useState<IpType | ''>('');
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const expo = useAppStore((s) => s.expo);

  useEffect(() => () => abort.current?.abort(), []);

  async function run(cursor?: string) {
    const query = q.trim();
    if (!query) {
      setState({ status: 'idle' });
      return;
    }
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    if (!cursor) setState({ status: 'loading', q: query });
    try {
      const answer = await rest.searchExhibits(
        { q: query, hallId, type: type || undefined, limit: PAGE, cursor },
        { signal: controller.signal },
      );
      setState((prev) => ({
        status: 'ready',
        q: query,
        items: cursor && prev.status === 'ready' ? [...prev.items, ...answer.items] : answer.items,
        total: answer.total,
        nextCursor: answer.nextCursor,
      }));
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setState({ status: 'error', q: query });
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void run();
  }

  function go(exhibit: Exhibit) {
    const s = useAppStore.getState();
    if (exhibit.hallId !== hallId || !s.boothsById[exhibit.boothId]) {
      navigate(boothInHallHref(exhibit.hallId, exhibit.boothId));
      return;
    }
    s.openBooth(exhibit.boothId, mode === '3d' ? 'search' : 'list');
    if (mode === '3d') s.requestTeleport(exhibit.boothId);
    setState({ status: 'idle' });
  }

  const resultsId = `${id}-results`;
  return (
    <div className="search" data-testid="exhibit-search">
      <SearchForm
        label={t('search:label')}
        className="search__form"
        onSubmit={submit}
        submitLabel={t('search:submit')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('search:placeholder')}
        autoComplete="off"
        aria-controls={resultsId}
      >
        <label htmlFor={`${id}-type`} className="visually-hidden">
          {t('common:ipTypeLabel')}
        </label>
        <ChoiceSelect
          id={`${id}-type`}
          value={type}
          choices={IP_TYPES}
          label={(ty) => t(`common:ipType.${ty}`)}
          anyLabel={t('search:anyType')}
          onChange={setType}
        />
      </SearchForm>
      <div id={resultsId} className="search__results" aria-live="polite">
        {state.status === 'loading' && <p className="search__status">{t('common:loading')}</p>}
        {state.status === 'error' && <p className="search__status">{t('search:failed')}</p>}
        {state.status === 'ready' && (
          <>
            <div className="search__head">
              <p className="search__status">
                {state.total === 0 ? t('search:none', { q: state.q }) : t('search:results', { count: state.total })}
              </p>
              <button type="button" className="link-button" onClick={() => setState({ status: 'idle' })}>
                {t('search:clear')}
              </button>
            </div>
            {state.items.length > 0 && (
              <ul className="search__list">
                {state.items.map((ex) => {
                  const otherHall = ex.hallId !== hallId ? expo?.halls.find((h) => h.id === ex.hallId) : undefined;
                  return (
                    <li key={ex.id}>
                      <button type="button" className="search__hit" onClick={() => go(ex)} data-booth-id={ex.boothId}>
                        <span className={`chip chip--${ex.type}`}>{t(`common:ipType.${ex.type}`)}</span>
                        <span className="search__title">{ex.title}</span>
                        <span className="search__meta">
                          {ex.orgName} · {f.price(ex.askingPrice)}
                          {otherHall ? ` · ${t('search:inOtherHall', { hall: f.hallName(otherHall) })}` : ''}
                        </span>
                        <span className="search__go">{t('search:teleport')} →</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
            {state.nextCursor && (
              <button type="button" className="link-button" onClick={() => void run(state.nextCursor ?? undefined)}>
                {t('common:showMore')}
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
