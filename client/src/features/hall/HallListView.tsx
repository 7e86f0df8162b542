import type { Booth } from '@pavilion/shared';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Breadcrumb } from '../../app/ui/Breadcrumb';
import { PageLoading } from '../../app/ui/PageLoading';
import { RegionBadge } from '../../app/ui/RegionBadge';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';
import type { BoothSessionState } from '../../store/hallSlice';
import { BoothPanel } from '../booth';
import { FavouriteButton } from '../favourites';
import { useHallLiveSessions } from '../hall3d';
import { NeedsMatchTag, useMatchingBooths } from '../needs';
import { ExhibitSearch } from '../search';
import { groupBoothsByZone } from './groupBooths';
import { ViewSwitch } from './ViewSwitch';

/**
 * The accessible list view of a hall: landmarks, headings per block, one labelled button per booth.
 * Opening a booth shows its panel beside the list and moves focus to it; closing returns focus to the booth.
 */
export function HallListView({
  hallId,
  noWebgl = false,
  notice,
  focusBoothId,
}: {
  hallId: string;
  noWebgl?: boolean;
  notice?: string;
  focusBoothId: string | null;
}) {
  const { t } = useTranslation(['booth', 'hall', 'programme', 'search', 'common']);
  const f = useFormat();
  const hall = useAppStore((s) => (s.hallId === hallId ? s.hall : null));
  const booths = useAppStore((s) => s.booths);
  const boothSessions = useAppStore((s) => s.boothSessions);
  const activeBoothId = useAppStore((s) => s.activeBoothId);
  const openBooth = useAppStore((s) => s.openBooth);
  const closeBooth = useAppStore((s) => s.closeBooth);
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const opener = useRef<string | null>(null);
  // Booths going live or quiet while the list is open (the list view is in no hall room: it takes the expo feed).
  useHallLiveSessions(hallId, { subscribe: true });
  const matching = useMatchingBooths(hallId);

  useEffect(() => {
    if (focusBoothId && hall) openBooth(focusBoothId, 'list');
  }, [focusBoothId, hall, openBooth]);

  // Focus follows the panel: into it when it opens, back to the booth's button when it closes.
  useEffect(() => {
    if (activeBoothId) {
      opener.current = activeBoothId;
      panelRef.current?.focus();
    } else if (opener.current) {
      document.querySelector<HTMLButtonElement>(`[data-open-booth="${CSS.escape(opener.current)}"]`)?.focus();
      opener.current = null;
    }
  }, [activeBoothId]);

  // Escape closes the booth panel (focus then returns to the booth's button).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && useAppStore.getState().activeBoothId) closeBooth();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeBooth]);

  const groups = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const shown = q ? booths.filter((b) => `${b.name} ${b.orgName} ${b.tagline ?? ''}`.toLowerCase().includes(q)) : booths;
    return groupBoothsByZone(shown);
  }, [booths, filter]);

  if (!hall) return <PageLoading />;
  const name = f.hallName(hall);

  return (
    <div className={`page hall-list theme-${hall.category}`}>
      <Breadcrumb current={name} />
      <header className="page-header hall-list__header">
        <div>
          <h1>{t('hall:listHeading', { hall: name })}</h1>
          <p className="muted">
            {t('hall:listIntro')} {t('common:halls.booths', { count: booths.length })}
          </p>
        </div>
        <ViewSwitch hallId={hall.id} current="list" />
      </header>
      {(noWebgl || notice) && (
        <p className="notice" role="status">
          {notice ?? t('hall:noWebgl')}
        </p>
      )}
      <div className="hall-list__layout">
        <div className="hall-list__main">
          <section className="card hall-list__search" aria-label={t('search:label')}>
            <ExhibitSearch hallId={hall.id} mode="list" />
          </section>
          <div className="field hall-list__filter">
            <label htmlFor={filterId}>{t('hall:filterLabel')}</label>
            <input
              id={filterId}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              placeholder={t('hall:filterPlaceholder')}
            />
          </div>
          {booths.length === 0 && (
            <p className="empty">
              <strong>{t('hall:empty')}</strong> {t('hall:emptyHint')}
            </p>
          )}
          {booths.length > 0 && groups.length === 0 && <p className="empty">{t('hall:filterNone', { q: filter })}</p>}
          {groups.map(({ zone, booths: list }) => (
            <section key={zone} aria-labelledby={`zone-${zone}`} className="zone">
              <h2 id={`zone-${zone}`} className="zone__title">
                {t('hall:listBlock', { zone })} <span className="muted">({list.length})</span>
              </h2>
              <ul className="booth-list">
                {list.map((b) => (
                  <BoothRow
                    key={b.id}
                    booth={b}
                    session={boothSessions[b.id]}
                    active={b.id === activeBoothId}
                    matches={matching.has(b.id)}
                    onOpen={() => openBooth(b.id, 'list')}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
        {activeBoothId && (
          <aside className="hall-list__panel" aria-label={t('booth:organization')}>
            <div ref={panelRef} tabIndex={-1} className="hall-list__panel-inner">
              <BoothPanel boothId={activeBoothId} variant="overlay" onClose={closeBooth} />
            </div>
          </aside>
        )}
      </div>
    </div>
  );
}

function BoothRow({
  booth,
  session,
  active,
  matches,
  onOpen,
}: {
  booth: Booth;
  session: BoothSessionState | undefined;
  active: boolean;
  /** Something in the booth fits the signed-in user's needs. */
  matches: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation(['booth', 'hall', 'programme', 'search', 'common']);
  return (
    <li className={`booth-row${active ? ' booth-row--active' : ''}${booth.live ? ' booth-row--live' : ''}`} data-booth-id={booth.id}>
      <button type="button" className="booth-row__button" onClick={onOpen} data-open-booth={booth.id} aria-pressed={active}>
        <span className="booth-row__name">{booth.name}</span>
        <span className="booth-row__org">
          <RegionBadge region={booth.region} />
          {booth.orgName}
        </span>
        <span className="booth-row__meta">{t('hall:exhibitsCount', { count: booth.exhibitCount })}</span>
      </button>
      <Link className="booth-row__link" to={`/booth/${encodeURIComponent(booth.id)}`} aria-label={`${t('booth:openPage')}: ${booth.name}`}>
        ↗
      </Link>
      {booth.live && <LiveTag session={session?.live ? session : undefined} />}
      {matches && <NeedsMatchTag />}
      <FavouriteButton what="booth" id={booth.id} label={booth.name} />
    </li>
  );
}

/** A live booth's session: "LIVE · title", a link to watch it once its id is known. */
function LiveTag({ session }: { session: BoothSessionState | undefined }) {
  const { t } = useTranslation(['booth', 'hall', 'programme', 'search', 'common']);
  const content = (
    <>
      <span className="live-badge">{t('programme:hall.tag')}</span>
      <span className="booth-row__live-title">{session?.title ?? t('programme:hall.untitled')}</span>
    </>
  );
  if (!session) return <span className="booth-row__live">{content}</span>;
  return (
    <Link className="booth-row__live" to={`/sessions/${encodeURIComponent(session.sessionId)}`} data-testid="booth-live-link">
      {content}
      <span className="visually-hidden"> — {t('programme:hall.watchHint')}</span>
    </Link>
  );
}
