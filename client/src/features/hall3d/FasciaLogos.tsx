import type { Booth } from '@pavilion/shared';
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { CanvasTexture, type InstancedMesh, LinearMipmapLinearFilter, Matrix4, Quaternion, SRGBColorSpace, Vector3 } from 'three';
import { packGrid, tilePixels, tileUv } from './atlas';
import { atlasMaterial, atlasQuad, setInstanceTile } from './atlasMaterial';
import { FASCIA, fasciaSpot } from './boothParts';
import { paintBrandTile } from './brandTile';
import { boothFacing } from './hallGeometry';
import { onLogoLoaded } from './logoImages';
import { hallRuntime } from './runtime';

/** The logo square on a fascia (metres): nearly the fascia's height, centred on it. */
export const FASCIA_LOGO_SIZE = 0.6;
/** How far in front of the fascia's face the logo floats (metres): enough to never z-fight at 200 m. */
const OFF_FASCIA = 0.02;
/** How often hidden/shown logos follow the name boards, and how often newly loaded logos are re-uploaded (seconds). */
const FOLLOW_LABELS_EVERY = 0.2;
const REUPLOAD_EVERY = 1;

const m = new Matrix4();
const q = new Quaternion();
const p = new Vector3();
const s = new Vector3();
const up = new Vector3(0, 1, 0);

/**
 * The far level of detail: every booth shows its logo (or monogram) on its fascia, all of them from one logo atlas
 * of `tile`-pixel squares in one InstancedMesh — one draw call for the whole hall. A booth near enough to have a
 * name board (which carries the same logo, larger, with its name) hides its fascia logo meanwhile.
 */
export function FasciaLogos({ booths: latest, tile }: { booths: Booth[]; tile: number }) {
  // A booth going live (or quiet) gives a new booths array with the same brands: the atlas is kept, not repainted.
  const brandKey = latest.map((b) => `${b.id}|${b.orgName}|${b.region}|${b.logoUrl ?? ''}|${b.slot}|${b.x}|${b.z}|${b.depth}`).join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: only what the tiles and their placement show counts
  const booths = useMemo(() => latest, [brandKey]);
  const atlas = useMemo(() => {
    const grid = packGrid(booths.length, tile, tile);
    const canvas = document.createElement('canvas');
    canvas.width = grid.width;
    canvas.height = grid.height;
    const texture = new CanvasTexture(canvas);
    texture.name = 'fascia-logo-atlas';
    texture.colorSpace = SRGBColorSpace;
    texture.minFilter = LinearMipmapLinearFilter;
    texture.anisotropy = 4;
    const material = atlasMaterial(texture, { toneMapped: false });
    const geometry = atlasQuad(booths.length);
    return { grid, canvas, texture, material, geometry, withLogo: new Set<number>() };
  }, [booths, tile]);
  useEffect(
    () => () => {
      atlas.texture.dispose();
      atlas.material.dispose();
      atlas.geometry.dispose();
    },
    [atlas],
  );

  const mesh = useRef<InstancedMesh>(null);
  const indexOf = useMemo(() => new Map(booths.map((b, i) => [b.id, i])), [booths]);
  const hidden = useRef(new Set<string>());

  /** Paints tile i; answers whether the uploaded logo (not the monogram) is on it. */
  const paint = (i: number): boolean => {
    const g = atlas.canvas.getContext('2d');
    const booth = booths[i];
    if (!g || !booth) return false;
    const px = tilePixels(atlas.grid, i);
    const pad = Math.max(2, Math.round(tile * 0.08));
    g.clearRect(px.x, px.y, px.width, px.height);
    return paintBrandTile(
      g,
      booth,
      { x: px.x, y: px.y, width: px.width, height: px.height, radius: 0 },
      { x: px.x + pad, y: px.y + pad, size: tile - 2 * pad },
      false,
    );
  };

  const place = (mesh: InstancedMesh, i: number, show: boolean) => {
    const b = booths[i];
    if (!b) return;
    const facing = boothFacing(b.slot);
    // Just in front of the fascia's face (an island's fascia tops its central wall).
    const spot = fasciaSpot(b);
    p.set(spot.x, FASCIA.bottom + FASCIA.height / 2, spot.z + facing * (FASCIA.depth / 2 + OFF_FASCIA));
    q.setFromAxisAngle(up, facing === 1 ? 0 : Math.PI);
    const size = show ? FASCIA_LOGO_SIZE : 0;
    s.set(size, size, 1);
    mesh.setMatrixAt(i, m.compose(p, q, s));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: paint and place read the same booths and atlas
  useLayoutEffect(() => {
    const target = mesh.current;
    if (!target) return;
    atlas.withLogo.clear();
    booths.forEach((_, i) => {
      if (paint(i)) atlas.withLogo.add(i);
      place(target, i, true);
      setInstanceTile(target, i, tileUv(atlas.grid, i));
    });
    target.count = booths.length;
    target.instanceMatrix.needsUpdate = true;
    target.computeBoundingSphere();
    atlas.texture.needsUpdate = true;
    hidden.current.clear();
    hallRuntime.logoTiles = booths.length;
    hallRuntime.uploadedLogoTiles = atlas.withLogo.size;
    return () => {
      hallRuntime.logoTiles = 0;
      hallRuntime.uploadedLogoTiles = 0;
    };
  }, [atlas, booths]);

  // Logos arrive over time: their tiles are repainted, and the atlas uploaded again at most once a second.
  const logosArrived = useRef(false);
  useEffect(
    () =>
      onLogoLoaded(() => {
        logosArrived.current = true;
      }),
    [],
  );

  const sinceLabels = useRef(0);
  const sinceUpload = useRef(0);
  useFrame((_, delta) => {
    const target = mesh.current;
    if (!target) return;
    sinceLabels.current += delta;
    sinceUpload.current += delta;
    if (logosArrived.current && sinceUpload.current >= REUPLOAD_EVERY) {
      logosArrived.current = false;
      sinceUpload.current = 0;
      let changed = false;
      booths.forEach((b, i) => {
        if (b.logoUrl && !atlas.withLogo.has(i) && paint(i)) {
          atlas.withLogo.add(i);
          changed = true;
        }
      });
      if (changed) atlas.texture.needsUpdate = true;
      hallRuntime.uploadedLogoTiles = atlas.withLogo.size;
    }
    if (sinceLabels.current < FOLLOW_LABELS_EVERY) return;
    sinceLabels.current = 0;
    // The near level of detail: booths with a name board hide their fascia logo (the board shows it).
    const labelled = new Set(hallRuntime.labelledBoothIds);
    let moved = false;
    for (const id of hidden.current) {
      if (labelled.has(id)) continue;
      const i = indexOf.get(id);
      if (i !== undefined) place(target, i, true);
      hidden.current.delete(id);
      moved = true;
    }
    for (const id of labelled) {
      if (hidden.current.has(id)) continue;
      const i = indexOf.get(id);
      if (i === undefined) continue;
      place(target, i, false);
      hidden.current.add(id);
      moved = true;
    }
    if (moved) target.instanceMatrix.needsUpdate = true;
  });

  return <instancedMesh ref={mesh} args={[atlas.geometry, atlas.material, Math.max(1, booths.length)]} frustumCulled={false} />;
}
