import type { HallSummary } from '@pavilion/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorState } from '../../app/ui/ErrorState';
import { PageLoading } from '../../app/ui/PageLoading';
import { usePageTitle } from '../../app/usePageTitle';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';
import { ClassTree, HeaderSearch } from '../expoSearch';
import { LobbySessions } from '../sessions';
import { HeadlineStats, HeroFigures, useLiveStats } from '../stats';

/** How often the lobby refreshes visitor counts and live booths (ms). */
const LOBBY_REFRESH_MS = 30_000;

/** `/`: the halls, sessions live now and coming up, and the headline figures. */
export default function LobbyPage() {
  const { t } = useTranslation(['lobby', 'common', 'expoSearch']);
  usePageTitle(null);
  const expo = useAppStore((s) => s.expo);
  const expoStatus = useAppStore((s) => s.expoStatus);
  const loadExpo = useAppStore((s) => s.loadExpo);
  const stats = useAppStore((s) => s.stats);
  const { live } = useLiveStats();

  // Visitor counts and live booths change all the time: refresh the summary while the lobby is open.
  useEffect(() => {
    void loadExpo();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void loadExpo();
    }, LOBBY_REFRESH_MS);
    return () => clearInterval(timer);
  }, [loadExpo]);

  return (
    <div className="page lobby">
      {/* Above the fold: what this is, a search over the whole expo, and its live numbers. */}
      <section className="hero" aria-labelledby="lobby-title">
        <h1 id="lobby-title">{t('lobby:title')}</h1>
        <p className="hero__sub">{t('lobby:subtitle')}</p>
        <section className="hero__search" aria-labelledby="lobby-search-title">
          <h2 id="lobby-search-title" className="visually-hidden">
            {t('expoSearch:lobbySearchHeading')}
          </h2>
          <HeaderSearch variant="lobby" />
        </section>
        {/* Drawn before the numbers arrive (as dashes), so the halls below never move down when they do. */}
        <HeroFigures stats={stats} live={live} />
      </section>

      <section aria-labelledby="halls-title" className="lobby__halls">
        <h2 id="halls-title">{t('lobby:hallsHeading')}</h2>
        {expoStatus === 'error' && !expo && <ErrorState message={t('lobby:loadFailed')} onRetry={() => void loadExpo()} />}
        {/* Holds the grid's place (a screen tall), so the sections below start off screen instead of moving down. */}
        {!expo && expoStatus !== 'error' && (
          <div className="lobby__halls-pending">
            <PageLoading />
          </div>
        )}
        {expo && expo.halls.length === 0 && <p className="muted">{t('lobby:noHalls')}</p>}
        {expo && (
          <ul className="hall-grid">
            {expo.halls.map((hall) => (
              <HallCard key={hall.id} hall={hall} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="lobby-browse-title" className="card lobby__search">
        <h2 id="lobby-browse-title">{t('expoSearch:browseHeading')}</h2>
        <p className="muted">{t('expoSearch:browseIntro')}</p>
        <ClassTree idPrefix="lobby-tree" />
      </section>

      <div className="lobby__bottom lobby__bottom--sessions">
        <section aria-labelledby="live-title" className="card lobby__live">
          <LobbySessions headingId="live-title" />
        </section>
        <section aria-labelledby="figures-title" className="card lobby__figures">
          <div className="section-head">
            <h2 id="figures-title">{t('lobby:statsHeading')}</h2>
            <Link to="/stats">{t('lobby:allStats')}</Link>
          </div>
          {stats ? <HeadlineStats stats={stats} live={live} /> : <PageLoading />}
        </section>
      </div>
    </div>
  );
}

function HallCard({ hall }: { hall: HallSummary }) {
  const { t } = useTranslation(['lobby', 'common']);
  const f = useFormat();
  const name = f.hallName(hall);
  // How much of the floor is let (in slots: doubles and islands take more than one).
  const fill = hall.capacity > 0 ? Math.min(100, ((hall.capacity - hall.freeSlots) / hall.capacity) * 100) : 0;
  return (
    <li className={`hall-card theme-${hall.category}`} data-hall-id={hall.id}>
      <div className="hall-card__art" aria-hidden="true">
        <span className="hall-card__glyph">{t(`common:halls.category.${hall.category}`).slice(0, 1)}</span>
      </div>
      <div className="hall-card__body">
        <p className="hall-card__category">{t(`common:halls.category.${hall.category}`)}</p>
        <h3 className="hall-card__name">
          <Link to={`/hall/${encodeURIComponent(hall.id)}`} className="stretched-link">
            {name}
          </Link>
        </h3>
        <p className="hall-card__blurb">{t(`common:halls.blurb.${hall.category}`)}</p>
        <p className="hall-card__count">
          <strong>{t('common:halls.booths', { count: hall.boothCount })}</strong>
          <span
            className={hall.visitors > 0 ? 'hall-card__visitors hall-card__visitors--on' : 'hall-card__visitors'}
            data-testid="hall-visitors"
          >
            <span className="presence-dot" aria-hidden="true" />
            {t('common:halls.visitors', { count: hall.visitors, formatted: f.count(hall.visitors) })}
          </span>
          {hall.liveBooths > 0 && <span className="chip chip--live">{t('common:halls.liveBooths', { count: hall.liveBooths })}</span>}
        </p>
        <div
          className="meter"
          role="img"
          aria-label={t('common:halls.capacity', { taken: f.count(hall.capacity - hall.freeSlots), capacity: f.count(hall.capacity) })}
        >
          <span style={{ width: `${fill}%` }} />
        </div>
        <div className="hall-card__actions">
          <Link
            className="button button--small"
            to={`/hall/${encodeURIComponent(hall.id)}`}
            aria-label={`${t('common:halls.enter3d')}: ${name}`}
          >
            {t('common:halls.enter3d')}
          </Link>
          <Link
            className="button button--ghost button--small"
            to={`/hall/${encodeURIComponent(hall.id)}?view=list`}
            aria-label={`${t('common:halls.enterList')}: ${name}`}
          >
            {t('common:halls.enterList')}
          </Link>
        </div>
      </div>
    </li>
  );
}
