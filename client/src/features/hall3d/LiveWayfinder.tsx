import type { Booth } from '@pavilion/shared';
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { type Mesh, Shape, ShapeGeometry } from 'three';
import { nearestLiveBooth } from './hallGeometry';
import { hallRuntime } from './runtime';

/** An arrow painted on the floor (metres): a shaft and a head, pointing along -z before it is turned. */
const arrowShape = (() => {
  const s = new Shape();
  // Drawn with the head towards +y, which lying flat (below) becomes -z.
  s.moveTo(-0.18, -0.9);
  s.lineTo(0.18, -0.9);
  s.lineTo(0.18, 0.1);
  s.lineTo(0.5, 0.1);
  s.lineTo(0, 0.9);
  s.lineTo(-0.5, 0.1);
  s.lineTo(-0.18, 0.1);
  s.closePath();
  return s;
})();
// Lying flat, facing up: +y of the drawing points along -z.
const arrow = new ShapeGeometry(arrowShape).rotateX(-Math.PI / 2);
/** How far ahead of the visitor the arrow lies, and below which distance the beacon itself is guide enough (metres). */
const AHEAD = 3.2;
const NEAR_ENOUGH = 14;
const RECHOOSE_EVERY = 0.3;

/**
 * A red arrow on the floor a few steps ahead, pointing towards the nearest live session: one small mesh, re-aimed
 * a few times a second, hidden when nothing is live, while flying in or gliding, or once the booth is close.
 */
export function LiveWayfinder({ booths }: { booths: Booth[] }) {
  const mesh = useRef<Mesh>(null);
  const target = useRef<Booth | null>(null);
  const since = useRef(RECHOOSE_EVERY);
  useFrame((state, delta) => {
    const m = mesh.current;
    if (!m) return;
    const c = hallRuntime.camera;
    since.current += delta;
    if (since.current >= RECHOOSE_EVERY) {
      since.current = 0;
      target.current = hallRuntime.introPlaying ? null : nearestLiveBooth(booths, c.x, c.z, NEAR_ENOUGH);
    }
    const t = target.current;
    m.visible = !!t;
    if (!t) return;
    const heading = Math.atan2(-(t.x - c.x), -(t.z - c.z));
    const pulse = 0.5 + 0.5 * Math.sin(state.clock.elapsedTime * 4);
    m.position.set(c.x - Math.sin(heading) * AHEAD, 0.03, c.z - Math.cos(heading) * AHEAD);
    m.rotation.set(0, heading, 0);
    m.scale.setScalar(1 + 0.08 * pulse);
  });
  return (
    <mesh ref={mesh} geometry={arrow} visible={false} renderOrder={1}>
      <meshBasicMaterial color="#e11d48" transparent opacity={0.85} depthWrite={false} />
    </mesh>
  );
}
