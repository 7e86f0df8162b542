import type { Booth } from '@pavilion/shared';
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  BoxGeometry,
  ConeGeometry,
  EdgesGeometry,
  type InstancedMesh,
  type LineSegments,
  type Mesh,
  type MeshBasicMaterial,
  RingGeometry,
} from 'three';
import { useAppStore } from '../../store/appStore';
import { fillInstances } from './fillInstances';
import { WALL } from './hallGeometry';
import { hallRuntime } from './runtime';

const ring = new RingGeometry(0.35, 0.5, 32).rotateX(-Math.PI / 2);
const cone = new ConeGeometry(0.35, 0.7, 16).rotateX(Math.PI);
const outline = new EdgesGeometry(new BoxGeometry(1, 1, 1));

/** The ring on the floor where a click-walk is heading. */
export function WalkMarker() {
  const mesh = useRef<Mesh>(null);
  useFrame((state) => {
    const m = mesh.current;
    if (!m) return;
    const t = hallRuntime.walkTarget;
    m.visible = !!t;
    if (t) {
      m.position.set(t.x, 0.03, t.z);
      const s = 1 + 0.15 * Math.sin(state.clock.elapsedTime * 5);
      m.scale.set(s, 1, s);
    }
  });
  return (
    <mesh ref={mesh} geometry={ring} visible={false}>
      <meshBasicMaterial color="#ffffff" transparent opacity={0.9} />
    </mesh>
  );
}

/** An outline around the booth whose panel is open. */
export function ActiveBoothOutline({ boothsById }: { boothsById: Record<string, Booth> }) {
  const lines = useRef<LineSegments>(null);
  const activeId = useAppStore((s) => s.activeBoothId);
  useLayoutEffect(() => {
    const l = lines.current;
    if (!l) return;
    const b = activeId ? boothsById[activeId] : undefined;
    l.visible = !!b;
    if (b) {
      l.position.set(b.x, WALL.height / 2 + 0.02, b.z);
      l.scale.set(b.width + 0.3, WALL.height + 0.1, b.depth + 0.3);
    }
  }, [activeId, boothsById]);
  return (
    <lineSegments ref={lines} geometry={outline} visible={false}>
      <lineBasicMaterial color="#ffd166" />
    </lineSegments>
  );
}

/** A pulsing beacon over every booth hosting a live session: one InstancedMesh, one animated opacity. */
export function LiveBeacons({ booths }: { booths: Booth[] }) {
  const live = useMemo(() => booths.filter((b) => b.live), [booths]);
  const mesh = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    if (mesh.current)
      fillInstances(
        mesh.current,
        live.map((b, i) => ({ boothIndex: i, x: b.x, y: WALL.height + 2.1, z: b.z, sx: 1, sy: 1, sz: 1 })),
      );
  }, [live]);
  useFrame((state) => {
    const material = mesh.current?.material as MeshBasicMaterial | undefined;
    if (material) material.opacity = 0.55 + 0.4 * Math.sin(state.clock.elapsedTime * 3);
  });
  return (
    <instancedMesh ref={mesh} args={[cone, undefined, Math.max(1, live.length)]} frustumCulled={false} visible={live.length > 0}>
      <meshBasicMaterial color="#ff3b5c" transparent />
    </instancedMesh>
  );
}
