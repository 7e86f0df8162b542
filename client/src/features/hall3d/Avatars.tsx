import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import { CapsuleGeometry, Color, type InstancedMesh, Object3D } from 'three';
import { damp } from './hallGeometry';
import type { PresenceState } from './presence';

/** At most this many nearby visitors are drawn (the server only sends those near you anyway). */
export const MAX_AVATARS = 256;
const body = new CapsuleGeometry(0.26, 1.05, 4, 10);
const dummy = new Object3D();
const color = new Color();

function hue(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return (h % 360) / 360;
}

/** Other visitors as one InstancedMesh, eased towards their latest pose each frame (moves arrive at ≤ 10 Hz). */
export function Avatars({ presence }: { presence: PresenceState }) {
  const mesh = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    // Create the colour buffer before the first render so the shader is compiled with per-instance colour.
    const m = mesh.current;
    if (!m) return;
    m.setColorAt(0, color.set('#ffffff'));
    m.count = 0;
  }, []);
  useFrame((_, delta) => {
    const m = mesh.current;
    if (!m) return;
    const k = damp(8, delta);
    let i = 0;
    for (const [id, v] of presence.visitors) {
      if (i >= MAX_AVATARS) break;
      v.shownX += (v.x - v.shownX) * k;
      v.shownZ += (v.z - v.shownZ) * k;
      dummy.position.set(v.shownX, 0.8, v.shownZ);
      dummy.rotation.set(0, v.heading, 0);
      dummy.updateMatrix();
      m.setMatrixAt(i, dummy.matrix);
      m.setColorAt(i, color.setHSL(hue(id), 0.55, 0.55));
      i++;
    }
    m.count = i;
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
  });
  return (
    <instancedMesh ref={mesh} args={[body, undefined, MAX_AVATARS]} frustumCulled={false}>
      <meshLambertMaterial />
    </instancedMesh>
  );
}
