import type { ComponentType } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../app/ui/ErrorBoundary';
import { ErrorState } from '../../app/ui/ErrorState';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';
import { BoothPanel } from '../booth';
import { type HallSceneProps, loadHallScene, skipHallIntro } from '../hall3d';
import { NeedsMatchTag, useMatchingBooths } from '../needs';
import { PeoplePanel } from '../people';
import { ExhibitSearch } from '../search';
import { ControlsHelp } from './ControlsHelp';
import { HallBreadcrumb } from './HallBreadcrumb';
import { HallListView } from './HallListView';
import { LoadingProgress } from './LoadingProgress';
import { Minimap } from './Minimap';
import { TouchJoystick } from './TouchJoystick';
import { ViewSwitch } from './ViewSwitch';

/** The 3D hall page: lazy-loads the scene behind a progress bar and lays the HUD (search, map, panel) over it. */
export function Hall3DView({ hallId, focusBoothId }: { hallId: string; focusBoothId: string | null }) {
  const { t } = useTranslation(['booth', 'hall']);
  const f = useFormat();
  const hall = useAppStore((s) => (s.hallId === hallId ? s.hall : null));
  const booths = useAppStore((s) => s.booths);
  const activeBoothId = useAppStore((s) => s.activeBoothId);
  const closeBooth = useAppStore((s) => s.closeBooth);
  const [Scene, setScene] = useState<ComponentType<HallSceneProps> | null>(null);
  const [engineFailed, setEngineFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [ready, setReady] = useState(false);
  const [sceneFailed, setSceneFailed] = useState(false);
  const [introPlaying, setIntroPlaying] = useState(false);
  const focused = useRef<string | null>(null);
  const matching = useMatchingBooths(hallId);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    let alive = true;
    setEngineFailed(false);
    loadHallScene()
      .then((m) => alive && setScene(() => m.HallScene))
      .catch(() => alive && setEngineFailed(true));
    return () => {
      alive = false;
    };
  }, [attempt]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: another hall means a new first frame to wait for
  useEffect(() => setReady(false), [hallId]);

  // `?booth=` (from a booth page or a search in another hall): glide there once the hall is on screen.
  useEffect(() => {
    if (!ready || !focusBoothId || focused.current === focusBoothId) return;
    const s = useAppStore.getState();
    if (!s.boothsById[focusBoothId]) return;
    focused.current = focusBoothId;
    s.openBooth(focusBoothId, 'search');
    s.requestTeleport(focusBoothId);
  }, [ready, focusBoothId]);

  // Escape closes the booth panel.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') closeBooth();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeBooth]);

  if (sceneFailed) return <HallListView hallId={hallId} notice={t('hall:sceneFailed')} focusBoothId={focusBoothId} />;

  const name = hall ? f.hallName(hall) : hallId;
  return (
    <div className={`hall-3d theme-${hall?.category ?? 'patent'}`} data-testid="hall-3d">
      <h1 className="visually-hidden">{name}</h1>
      {Scene && hall && (
        <ErrorBoundary onError={() => setSceneFailed(true)}>
          <Scene
            hall={hall}
            booths={booths}
            matchingBoothIds={matching}
            onReady={() => setReady(true)}
            onFailure={() => setSceneFailed(true)}
            onIntro={setIntroPlaying}
          />
        </ErrorBoundary>
      )}
      {engineFailed && (
        <div className="hall-loading">
          <div className="hall-loading__card">
            <ErrorState onRetry={() => setAttempt((n) => n + 1)} />
          </div>
        </div>
      )}
      {!ready && !engineFailed && (
        <LoadingProgress title={t('hall:loadingTitle', { hall: name })} stages={{ data: !!hall, engine: !!Scene, scene: ready }} />
      )}
      {hall && (
        <div className="hud">
          <div className="hud__top">
            <div className="hud__left">
              <HallBreadcrumb />
              {ready && <PeoplePanel hallId={hall.id} />}
            </div>
            <div className="hud__tools">
              <ExhibitSearch hallId={hall.id} />
              <ViewSwitch hallId={hall.id} current="3d" />
              {matching.size > 0 && <NeedsMatchTag count={matching.size} />}
            </div>
          </div>
          {introPlaying && ready && (
            <button type="button" className="button hud__skip" onClick={skipHallIntro} data-testid="skip-intro">
              {t('hall:skipIntro')}
            </button>
          )}
          {booths.length === 0 && ready && (
            <div className="hud__notice" role="status">
              <strong>{t('hall:empty')}</strong> {t('hall:emptyHint')}
            </div>
          )}
          <div className="hud__bottom">
            <Minimap hall={hall} booths={booths} />
            <ControlsHelp />
          </div>
          <TouchJoystick />
          {activeBoothId && (
            <aside className="hud__panel" aria-label={t('booth:organization')}>
              <BoothPanel boothId={activeBoothId} variant="overlay" onClose={closeBooth} />
            </aside>
          )}
        </div>
      )}
    </div>
  );
}
