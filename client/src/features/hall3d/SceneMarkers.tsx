import type { Booth } from '@pavilion/shared';
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import { BoxGeometry, EdgesGeometry, type LineSegments, type Mesh, RingGeometry } from 'three';
import { useAppStore } from '../../store/appStore';
import { WALL } from './hallGeometry';
import { hallRuntime } from './runtime';

const ring = new RingGeometry(0.35, 0.5, 32).rotateX(-Math.PI / 2);
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
