import { Color, type InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';
import type { BoxInstance } from './boothParts';

const m = new Matrix4();
const q = new Quaternion();
const p = new Vector3();
const s = new Vector3();
const c = new Color();

/** Writes box instances (and optionally a colour per instance) into an InstancedMesh of a unit geometry. */
export function fillInstances(
  mesh: InstancedMesh,
  boxes: readonly BoxInstance[],
  colorOf?: (box: BoxInstance, index: number) => string,
): void {
  mesh.count = boxes.length;
  boxes.forEach((box, i) => {
    p.set(box.x, box.y, box.z);
    s.set(box.sx, box.sy, box.sz);
    m.compose(p, q, s);
    mesh.setMatrixAt(i, m);
    if (colorOf) mesh.setColorAt(i, c.set(colorOf(box, i)));
  });
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  // Bounds for frustum culling and raycasting must cover the new instances.
  mesh.computeBoundingSphere();
  mesh.computeBoundingBox();
}
