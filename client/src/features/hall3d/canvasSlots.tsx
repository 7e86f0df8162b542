import { useEffect, useMemo } from 'react';
import { type BufferGeometry, CanvasTexture, type Mesh, MeshBasicMaterial, type MeshBasicMaterialParameters, SRGBColorSpace } from 'three';

/** One pooled board: a canvas painted into a texture, its material, and the mesh that shows it once mounted. */
export interface CanvasSlot {
  mesh: Mesh | null;
  canvas: HTMLCanvasElement;
  texture: CanvasTexture;
  material: MeshBasicMaterial;
}

/**
 * A fixed pool of `count` canvas boards (name tags, booth name boards), made once and disposed with the
 * component; `state` gives each slot its own bookkeeping (what it shows now).
 */
export function useCanvasSlots<S extends object>(
  count: number,
  canvasSize: { width: number; height: number },
  look: { anisotropy?: number; material: Omit<MeshBasicMaterialParameters, 'map'> },
  state: () => S,
): (CanvasSlot & S)[] {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the pool is made once for the component's life
  const slots = useMemo(
    () =>
      Array.from({ length: count }, () => {
        const canvas = document.createElement('canvas');
        canvas.width = canvasSize.width;
        canvas.height = canvasSize.height;
        const texture = new CanvasTexture(canvas);
        texture.colorSpace = SRGBColorSpace;
        if (look.anisotropy !== undefined) texture.anisotropy = look.anisotropy;
        const material = new MeshBasicMaterial({ map: texture, ...look.material });
        return { mesh: null, canvas, texture, material, ...state() };
      }),
    [],
  );
  useEffect(
    () => () => {
      for (const s of slots) {
        s.texture.dispose();
        s.material.dispose();
      }
    },
    [slots],
  );
  return slots;
}

/** The pool's meshes, hidden until the frame loop places one and shows it. */
export function SlotMeshes({ slots, geometry, renderOrder }: { slots: CanvasSlot[]; geometry: BufferGeometry; renderOrder?: number }) {
  return slots.map((slot, k) => (
    <mesh
      // biome-ignore lint/suspicious/noArrayIndexKey: the pool is fixed-size; index is the identity
      key={k}
      ref={(el) => {
        slot.mesh = el;
      }}
      geometry={geometry}
      material={slot.material}
      visible={false}
      {...(renderOrder !== undefined && { renderOrder })}
    />
  ));
}
