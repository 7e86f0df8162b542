/**
 * One material for many pictures: an InstancedMesh of unit quads where each instance shows its own tile of an
 * atlas texture, chosen by a per-instance attribute `uvRect` = (u offset, v offset, u scale, v scale). Every poster
 * (or every fascia logo) in the hall is then one draw call and one texture.
 */
import {
  InstancedBufferAttribute,
  type InstancedMesh,
  MeshBasicMaterial,
  type MeshBasicMaterialParameters,
  PlaneGeometry,
  type Texture,
} from 'three';

/** A unit quad (facing +z) carrying a `uvRect` attribute for `capacity` instances. */
export function atlasQuad(capacity: number): PlaneGeometry {
  const geometry = new PlaneGeometry(1, 1);
  geometry.setAttribute('uvRect', new InstancedBufferAttribute(new Float32Array(Math.max(1, capacity) * 4), 4));
  return geometry;
}

/** An unlit material whose map is read through each instance's `uvRect`. */
export function atlasMaterial(map: Texture, params: Omit<MeshBasicMaterialParameters, 'map'> = {}): MeshBasicMaterial {
  const material = new MeshBasicMaterial({ ...params, map });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute vec4 uvRect;')
      .replace('#include <uv_vertex>', '#include <uv_vertex>\n\tvMapUv = vMapUv * uvRect.zw + uvRect.xy;');
  };
  material.customProgramCacheKey = () => 'atlas-uvrect';
  return material;
}

/** Points instance `index` of `mesh` (made with {@link atlasQuad}) at an atlas tile. */
export function setInstanceTile(mesh: InstancedMesh, index: number, rect: readonly [number, number, number, number]): void {
  const attribute = mesh.geometry.getAttribute('uvRect') as InstancedBufferAttribute;
  attribute.setXYZW(index, rect[0], rect[1], rect[2], rect[3]);
  attribute.needsUpdate = true;
}
