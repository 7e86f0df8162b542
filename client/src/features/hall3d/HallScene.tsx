import type { Booth, Hall, Region } from '@pavilion/shared';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACESFilmicToneMapping } from 'three';
import { HALL_THEMES } from '../../app/ui/theme/palette';
import { useAppStore } from '../../store/appStore';
import { isSoftwareRenderer } from '../hall';
import { Avatars } from './Avatars';
import { BoothInstances } from './BoothInstances';
import { Floor } from './Floor';
import { BoothGrid, boothEntrance, EYE_HEIGHT } from './hallGeometry';
import { LabelPool } from './LabelPool';
import { LiveBeacons } from './LiveBeacons';
import { createPresence } from './presence';
import { hallRuntime, installDiagnostics } from './runtime';
import { ActiveBoothOutline, WalkMarker } from './SceneMarkers';
import { useHallLiveSessions } from './useHallLiveSessions';
import { sendPose, useHallPresence } from './useHallPresence';
import { type ControllerEvents, VisitorController } from './VisitorController';

/** Props of the lazily loaded 3D hall. */
export interface HallSceneProps {
  hall: Hall;
  booths: Booth[];
  /** Called once the first frames are on screen. */
  onReady: () => void;
  /** WebGL failed or the context was lost for good: the page falls back to the list view. */
  onFailure: () => void;
  /** Booths whose exhibits match the signed-in user's needs: marked in the booths' own instanced meshes. */
  matchingBoothIds?: ReadonlySet<string>;
}

/** Publishes the last frame's draw calls, and tells the page when the first frames are on screen. */
function FrameProbe({ onReady }: { onReady: () => void }) {
  const gl = useThree((s) => s.gl);
  const readyCalled = useRef(false);
  useFrame(() => {
    // Read before this frame renders: info still holds the previous frame's totals.
    hallRuntime.drawCalls = gl.info.render.calls;
    hallRuntime.triangles = gl.info.render.triangles;
    hallRuntime.frames++;
    if (!readyCalled.current && hallRuntime.frames >= 3) {
      readyCalled.current = true;
      hallRuntime.ready = true;
      onReady();
    }
  });
  return null;
}

/** The 3D hall: floor, booths, labels near you, other visitors, and your first-person controls. */
export function HallScene({ hall, booths, onReady, onFailure, matchingBoothIds }: HallSceneProps) {
  const { t, i18n } = useTranslation(['hall', 'programme', 'common']);
  const theme = HALL_THEMES[hall.category];
  const grid = useMemo(() => new BoothGrid(booths), [booths]);
  const boothsById = useMemo(() => Object.fromEntries(booths.map((b) => [b.id, b])), [booths]);
  const teleport = useAppStore((s) => s.teleport);
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const presence = useMemo(() => createPresence(), []);
  const software = useMemo(() => isSoftwareRenderer(), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a language switch must repaint the name boards
  const regionText = useCallback((b: Booth) => t(`common:regionBadge.${b.region as Region}`), [t, i18n.language]);
  const boothSessions = useAppStore((s) => s.boothSessions);
  const liveText = useCallback(
    (b: Booth) => {
      if (!b.live) return null;
      const session = boothSessions[b.id];
      return t('programme:hall.label', { title: session?.live ? session.title : t('programme:hall.untitled') });
    },
    [boothSessions, t],
  );

  useEffect(() => {
    installDiagnostics();
    hallRuntime.hallId = hall.id;
    hallRuntime.ready = false;
    hallRuntime.frames = 0;
    return () => {
      hallRuntime.hallId = null;
      hallRuntime.ready = false;
    };
  }, [hall.id]);

  // Presence: other visitors near us, drawn as avatars.
  useHallPresence(hall.id, presence);
  // Which booths are live (and their sessions' titles), kept right across reconnects.
  useHallLiveSessions(hall.id);

  const events = useMemo<ControllerEvents>(
    () => ({
      onEnterBooth: (booth) => {
        const s = useAppStore.getState();
        s.setCurrentBooth(booth.id);
        // The open panel is the booth room: opening it enters the room (booth:enter), closing it leaves.
        if (s.activeBoothId !== booth.id) s.openBooth(booth.id, 'walk');
      },
      onLeaveBooth: (booth) => {
        const s = useAppStore.getState();
        s.setCurrentBooth(null);
        s.leaveBooth(booth.id);
      },
      onZone: (zone) => useAppStore.getState().setZone(zone),
      onMoved: sendPose,
      onTeleported: (nonce) => useAppStore.getState().clearTeleport(nonce),
    }),
    [],
  );

  const walkToBooth = useCallback((booth: Booth) => {
    const e = boothEntrance(booth);
    hallRuntime.walkTarget = e;
    useAppStore.getState().openBooth(booth.id, 'click');
  }, []);
  const walkTo = useCallback((x: number, z: number) => {
    hallRuntime.walkTarget = { x, z };
  }, []);

  return (
    <div
      ref={setElement}
      className="hall-canvas"
      role="application"
      aria-label={t('hall:canvasLabel', { hall: t(`common:halls.names.${hall.id}`, { defaultValue: hall.name }) })}
      aria-describedby="hall-controls-help"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes keyboard input (walking)
      tabIndex={0}
      data-testid="hall-canvas"
    >
      <Canvas
        dpr={software ? 1 : [1, 1.75]}
        gl={{ antialias: !software, powerPreference: 'high-performance', toneMapping: ACESFilmicToneMapping }}
        camera={{ fov: 66, near: 0.1, far: 260, position: [0, EYE_HEIGHT, hall.depth / 2 - 6] }}
        onCreated={({ gl }) => {
          gl.domElement.addEventListener('webglcontextlost', (e) => {
            e.preventDefault();
            onFailure();
          });
        }}
      >
        <color attach="background" args={[theme.sky]} />
        <fog attach="fog" args={[theme.fog, 45, 200]} />
        <hemisphereLight args={['#ffffff', theme.floor, 2.1]} />
        <directionalLight position={[60, 120, 40]} intensity={1.3} />
        <Floor hall={hall} entranceLabel={t('hall:entrance')} onFloorClick={walkTo} />
        <BoothInstances hall={hall} booths={booths} onBoothClick={walkToBooth} matchingBoothIds={matchingBoothIds} />
        <LiveBeacons booths={booths} word={t('programme:hall.beacon')} />
        <LabelPool hall={hall} grid={grid} regionText={regionText} liveText={liveText} />
        <ActiveBoothOutline boothsById={boothsById} />
        <Avatars presence={presence} />
        <WalkMarker />
        <VisitorController hall={hall} grid={grid} element={element} teleport={teleport} events={events} />
        <FrameProbe onReady={onReady} />
      </Canvas>
    </div>
  );
}

export default HallScene;
