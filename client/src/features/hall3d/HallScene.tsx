import type { Booth, Hall, IpType, Region } from '@pavilion/shared';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACESFilmicToneMapping,
  Box3,
  Frustum,
  LinearFilter,
  type Material,
  Matrix4,
  type Mesh,
  type MeshBasicMaterial,
  NearestFilter,
  type PerspectiveCamera,
  Vector3,
} from 'three';
import { HALL_THEMES } from '../../app/ui/theme/palette';
import { useAppStore } from '../../store/appStore';
import { isSoftwareRenderer } from '../hall';
import { Avatars } from './Avatars';
import { arrivalPose, loadPose, prefersReducedMotion, savePose } from './arrival';
import { textureBytes } from './atlas';
import { BoothInstances } from './BoothInstances';
import { FasciaLogos } from './FasciaLogos';
import { Floor } from './Floor';
import { BoothGrid, boothEntrance, EYE_HEIGHT, WALL } from './hallGeometry';
import { LabelPool } from './LabelPool';
import { LiveBeacons } from './LiveBeacons';
import { LiveWayfinder } from './LiveWayfinder';
import { Posters } from './Posters';
import { createPresence } from './presence';
import { chooseQuality, currentDevice, fieldOfView, SLOW_FRAME_SECONDS } from './quality';
import { hallRuntime, installDiagnostics, type TextureUse } from './runtime';
import { ActiveBoothOutline, WalkMarker } from './SceneMarkers';
import { Signage } from './Signage';
import { useHallLiveSessions } from './useHallLiveSessions';
import { sendPose, useHallPresence } from './useHallPresence';
import { type ControllerEvents, type HallStart, VisitorController } from './VisitorController';

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
  /** The arrival fly-in started (true) or ended (false): the page shows its Skip button meanwhile. */
  onIntro?: (playing: boolean) => void;
}

/** A portrait phone would see only the aisle floor at the desktop's field of view: widen it to keep the booths in sight. */
function AdaptiveFieldOfView() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);
  useEffect(() => {
    const fov = fieldOfView(size.width / Math.max(1, size.height));
    if (camera.fov !== fov) {
      camera.fov = fov;
      camera.updateProjectionMatrix();
    }
  }, [camera, size]);
  return null;
}

/** Drops the pixel ratio to 1 once, if the first couple of seconds show frames coming too slowly for this device. */
function QualityGovernor({ maxDpr }: { maxDpr: number }) {
  const setDpr = useThree((s) => s.setDpr);
  const sample = useRef({ frames: 0, seconds: 0, done: maxDpr <= 1 });
  useFrame((_, delta) => {
    const s = sample.current;
    if (s.done) return;
    s.frames++;
    // Skip the first frames: shader compilation and texture uploads make them slow everywhere.
    if (s.frames <= 30) return;
    s.seconds += delta;
    if (s.frames < 120) return;
    s.done = true;
    if (s.seconds / (s.frames - 30) > SLOW_FRAME_SECONDS) setDpr(1);
  });
  return null;
}

/** How often the visitor's pose is remembered for their return (ms). */
const REMEMBER_POSE_EVERY_MS = 2000;

/**
 * Lets tests (and the diagnostics) ask how many booths the camera sees, without any per-frame cost: the count is
 * made from the camera's current matrices when read.
 */
function ViewProbe({ booths }: { booths: Booth[] }) {
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const frustum = new Frustum();
    const m = new Matrix4();
    const box = new Box3();
    const lo = new Vector3();
    const hi = new Vector3();
    hallRuntime.countBoothsInView = () => {
      camera.updateMatrixWorld();
      frustum.setFromProjectionMatrix(m.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse));
      let n = 0;
      for (const b of booths) {
        box.set(lo.set(b.x - b.width / 2, 0, b.z - b.depth / 2), hi.set(b.x + b.width / 2, WALL.height, b.z + b.depth / 2));
        if (frustum.intersectsBox(box)) n++;
      }
      return n;
    };
    return () => {
      hallRuntime.countBoothsInView = null;
    };
  }, [camera, booths]);
  return null;
}

/**
 * Lets tests (and the diagnostics) list every texture the scene holds with its estimated GPU bytes, without any
 * per-frame cost: the scene graph is walked when read.
 */
function TextureProbe() {
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    hallRuntime.listTextures = () => {
      const seen = new Map<string, TextureUse>();
      scene.traverse((object) => {
        const material = (object as Mesh).material as Material | Material[] | undefined;
        for (const mat of Array.isArray(material) ? material : material ? [material] : []) {
          const map = (mat as MeshBasicMaterial).map;
          const image = map?.image as { width?: number; height?: number } | undefined;
          if (!map || seen.has(map.uuid) || !image?.width || !image.height) continue;
          const mipmaps = map.generateMipmaps && map.minFilter !== LinearFilter && map.minFilter !== NearestFilter;
          seen.set(map.uuid, {
            name: map.name || `${object.name || object.type} ${image.width}×${image.height}`,
            width: image.width,
            height: image.height,
            bytes: textureBytes(image.width, image.height, mipmaps),
          });
        }
      });
      return [...seen.values()];
    };
    return () => {
      hallRuntime.listTextures = null;
    };
  }, [scene]);
  return null;
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
export function HallScene({ hall, booths, onReady, onFailure, matchingBoothIds, onIntro }: HallSceneProps) {
  const { t, i18n } = useTranslation(['hall', 'programme', 'common', 'people']);
  const theme = HALL_THEMES[hall.category];
  const grid = useMemo(() => new BoothGrid(booths), [booths]);
  const boothsById = useMemo(() => Object.fromEntries(booths.map((b) => [b.id, b])), [booths]);
  const teleport = useAppStore((s) => s.teleport);
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const presence = useMemo(() => createPresence(), []);
  const quality = useMemo(() => chooseQuality(currentDevice(isSoftwareRenderer())), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a language change repaints the tags
  const avatarWords = useMemo(() => ({ visitor: t('people:visitor'), dnd: t('people:dndMark') }), [t, i18n.language]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a language switch must repaint the name boards
  const regionText = useCallback((b: Booth) => t(`common:regionBadge.${b.region as Region}`), [t, i18n.language]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a language switch must repaint the signs
  const blockLabel = useCallback((zone: string) => t('hall:zone', { zone }), [t, i18n.language]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a language switch must repaint the posters
  const ipTypeLabel = useCallback((type: IpType) => t(`common:ipType.${type}`), [t, i18n.language]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a language switch must repaint the posters
  const posterNumber = useCallback((number: string) => t('hall:poster.number', { number }), [t, i18n.language]);
  const boothSessions = useAppStore((s) => s.boothSessions);
  const liveText = useCallback(
    (b: Booth) => {
      if (!b.live) return null;
      const session = boothSessions[b.id];
      return t('programme:hall.label', { title: session?.live ? session.title : t('programme:hall.untitled') });
    },
    [boothSessions, t],
  );

  // A returning visitor resumes where they stood; a newcomer arrives at the entrance facing the booths, after the fly-in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: decided once per hall; later booth changes do not move the visitor
  const start = useMemo<HallStart>(() => {
    const saved = loadPose(hall.id, hall.width, hall.depth);
    return saved ? { pose: saved, intro: false } : { pose: arrivalPose(booths), intro: !prefersReducedMotion() };
  }, [hall.id]);
  const onIntroRef = useRef(onIntro);
  onIntroRef.current = onIntro;

  // Remember the pose now and then, and on leaving, so coming back resumes here (never mid-flight).
  useEffect(() => {
    const remember = () => {
      if (hallRuntime.hallId === hall.id && hallRuntime.ready && !hallRuntime.introPlaying) savePose(hall.id, hallRuntime.camera);
    };
    const timer = window.setInterval(remember, REMEMBER_POSE_EVERY_MS);
    window.addEventListener('pagehide', remember);
    return () => {
      remember();
      window.clearInterval(timer);
      window.removeEventListener('pagehide', remember);
    };
  }, [hall.id]);

  useEffect(() => {
    installDiagnostics();
    hallRuntime.hallId = hall.id;
    hallRuntime.textureBudgetBytes = quality.textureBudgetBytes;
    hallRuntime.ready = false;
    hallRuntime.frames = 0;
    return () => {
      hallRuntime.hallId = null;
      hallRuntime.ready = false;
    };
  }, [hall.id, quality]);

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
      onIntro: (playing) => onIntroRef.current?.(playing),
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
        dpr={quality.dpr}
        gl={{ antialias: quality.antialias, powerPreference: 'high-performance', toneMapping: ACESFilmicToneMapping }}
        camera={{ fov: 66, near: 0.1, far: 260, position: [start.pose.x, EYE_HEIGHT, start.pose.z] }}
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
        <LiveWayfinder booths={booths} />
        <Signage
          hall={hall}
          title={t(`common:halls.names.${hall.id}`, { defaultValue: hall.name })}
          theme={t(`common:halls.blurb.${hall.category}`)}
          blockLabel={blockLabel}
        />
        <LabelPool hall={hall} grid={grid} regionText={regionText} liveText={liveText} poolSize={quality.labels} />
        <FasciaLogos booths={booths} tile={quality.logoTile} />
        <Posters grid={grid} booths={quality.posterBooths} typeLabel={ipTypeLabel} numberLabel={posterNumber} />
        <ActiveBoothOutline boothsById={boothsById} />
        <Avatars presence={presence} words={avatarWords} />
        <WalkMarker />
        <VisitorController hall={hall} grid={grid} element={element} teleport={teleport} events={events} start={start} />
        <ViewProbe booths={booths} />
        <TextureProbe />
        <AdaptiveFieldOfView />
        <QualityGovernor maxDpr={quality.dpr[1]} />
        <FrameProbe onReady={onReady} />
      </Canvas>
    </div>
  );
}

export default HallScene;
