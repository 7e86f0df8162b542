import type { Booth, Exhibit, IpType } from '@pavilion/shared';
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { CanvasTexture, type InstancedMesh, LinearMipmapLinearFilter, Matrix4, Quaternion, SRGBColorSpace, Vector3 } from 'three';
import { IP_TYPE_COLORS } from '../../app/ui/theme/palette';
import { rest } from '../../net/rest';
import { packGrid, tilePixels, tileUv } from './atlas';
import { atlasMaterial, atlasQuad, setInstanceTile } from './atlasMaterial';
import { CANVAS_FONT, fitText } from './brandTile';
import { type BoothGrid, boothFacing } from './hallGeometry';
import { assignLabels } from './labelAssignment';
import { createLazyLoader } from './lazyLoader';
import { MAX_POSTERS_PER_BOOTH, posterSpots, topExhibits } from './posterLayout';
import { hallRuntime } from './runtime';

/** Booths farther than this get no posters (metres): beyond it a poster's text is a few pixels tall. */
export const POSTER_RADIUS = 26;
/** One poster tile in the atlas (pixels): the poster's 0.98 × 1.3 m at about 196 px per metre. */
export const POSTER_TILE = { width: 192, height: 256 } as const;
/** Booth details fetched at once, and kept. */
const MAX_IN_FLIGHT = 2;
const CACHE_BOOTHS = 24;
/** How often the nearest booths are looked up again (seconds). */
const REASSIGN_EVERY = 0.25;

const m = new Matrix4();
const q = new Quaternion();
const p = new Vector3();
const s = new Vector3();
const up = new Vector3(0, 1, 0);

/** What a poster shows of an exhibit. */
type PosterExhibit = Pick<Exhibit, 'id' | 'type' | 'title' | 'registrationNumber' | 'jurisdiction' | 'status'> & { licences?: unknown[] };

/** Wraps `text` into at most `maxLines` lines of `maxWidth` pixels: at spaces for Latin text, anywhere for CJK. */
function wrap(g: CanvasRenderingContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines) {
    if (lines.length === maxLines - 1 || g.measureText(rest).width <= maxWidth) {
      lines.push(fitText(g, rest, maxWidth));
      break;
    }
    let cut = 1;
    while (cut < rest.length && g.measureText(rest.slice(0, cut + 1)).width <= maxWidth) cut++;
    const space = rest.lastIndexOf(' ', cut);
    const at = space > cut * 0.5 ? space : cut;
    lines.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  return lines;
}

function paintPoster(
  g: CanvasRenderingContext2D,
  at: { x: number; y: number; width: number; height: number },
  exhibit: PosterExhibit,
  typeLabel: string,
  numberLabel: string,
): void {
  const { x, y, width: w, height: h } = at;
  const colour = IP_TYPE_COLORS[exhibit.type];
  g.fillStyle = '#fbfbf8';
  g.fillRect(x, y, w, h);
  g.fillStyle = colour;
  g.fillRect(x, y, w, 46);
  g.fillRect(x, y + h - 6, w, 6);
  g.textBaseline = 'middle';
  g.textAlign = 'left';
  g.fillStyle = '#ffffff';
  g.font = `700 22px ${CANVAS_FONT}`;
  g.fillText(fitText(g, typeLabel, w - 24), x + 12, y + 24);
  g.fillStyle = '#1b2330';
  g.font = `700 21px ${CANVAS_FONT}`;
  wrap(g, exhibit.title, w - 24, 6).forEach((line, i) => {
    g.fillText(line, x + 12, y + 72 + i * 27);
  });
  g.fillStyle = '#475467';
  g.font = `500 15px ${CANVAS_FONT}`;
  g.fillText(fitText(g, numberLabel, w - 24), x + 12, y + h - 42);
  g.fillText(fitText(g, exhibit.jurisdiction, w - 24), x + 12, y + h - 22);
}

/**
 * Posters of their top exhibits (title, IP type, registration number) on the walls of the booths nearest the
 * visitor. Every poster is a tile of ONE canvas atlas drawn by ONE InstancedMesh: one draw call for all of them.
 * Booth details are fetched lazily (two requests at a time, the nearest first, {@link CACHE_BOOTHS} kept).
 */
export function Posters({
  grid,
  booths: boothCount,
  typeLabel,
  numberLabel,
}: {
  grid: BoothGrid<Booth>;
  /** How many booths hang posters at once (by quality tier). */
  booths: number;
  typeLabel: (type: IpType) => string;
  numberLabel: (registrationNumber: string) => string;
}) {
  const capacity = boothCount * MAX_POSTERS_PER_BOOTH;
  const atlas = useMemo(() => {
    const layout = packGrid(capacity, POSTER_TILE.width, POSTER_TILE.height, 1024);
    const canvas = document.createElement('canvas');
    canvas.width = layout.width;
    canvas.height = layout.height;
    const texture = new CanvasTexture(canvas);
    texture.name = 'poster-atlas';
    texture.colorSpace = SRGBColorSpace;
    texture.minFilter = LinearMipmapLinearFilter;
    texture.anisotropy = 4;
    return { layout, canvas, texture, material: atlasMaterial(texture, { toneMapped: false }), geometry: atlasQuad(capacity) };
  }, [capacity]);
  useEffect(
    () => () => {
      atlas.texture.dispose();
      atlas.material.dispose();
      atlas.geometry.dispose();
    },
    [atlas],
  );

  const settled = useRef(false);
  const loader = useMemo(
    () =>
      createLazyLoader<PosterExhibit[]>({
        load: async (boothId, signal) => topExhibits((await rest.booth(boothId, { signal })).exhibits),
        maxInFlight: MAX_IN_FLIGHT,
        cacheSize: CACHE_BOOTHS,
        onSettled: () => {
          settled.current = true;
        },
      }),
    [],
  );
  useEffect(() => () => loader.close(), [loader]);

  // Which booth each atlas slot (three tiles) shows now; a language switch repaints them all (booths of another hall
  // are simply no longer wanted, and their slots go to the new hall's booths).
  const slots = useRef<(string | null)[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: new words or another hall invalidate every painted poster
  useEffect(() => {
    slots.current = Array.from({ length: boothCount }, () => null);
    settled.current = true;
  }, [boothCount, typeLabel, numberLabel, atlas]);
  useEffect(
    () => () => {
      hallRuntime.posters = 0;
      hallRuntime.posterBoothIds = [];
    },
    [],
  );

  const mesh = useRef<InstancedMesh>(null);
  // Every poster starts folded away (a new InstancedMesh's matrices are identities: quads at the origin).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new atlas comes with a new mesh, to fold away again
  useLayoutEffect(() => {
    const target = mesh.current;
    if (!target) return;
    s.set(0, 0, 0);
    for (let i = 0; i < capacity; i++) target.setMatrixAt(i, m.compose(p.set(0, 0, 0), q.identity(), s));
    target.instanceMatrix.needsUpdate = true;
  }, [atlas, capacity]);
  const since = useRef(REASSIGN_EVERY);
  useFrame((_, delta) => {
    const target = mesh.current;
    since.current += delta;
    if (!target || (since.current < REASSIGN_EVERY && !settled.current)) return;
    since.current = 0;
    settled.current = false;
    const { x, z } = hallRuntime.camera;
    const near = grid.nearest(x, z, POSTER_RADIUS, boothCount * 2).filter((b) => b.exhibitCount > 0);
    const wanted = near.slice(0, boothCount);
    loader.want(wanted.map((b) => b.id));
    // Only booths whose details have arrived take a slot; a booth already shown keeps its slot (no repaint).
    const ready = new Map<string, { booth: Booth; exhibits: PosterExhibit[] }>();
    for (const b of wanted) {
      const state = loader.peek(b.id);
      if (state.status === 'ready' && state.value.length > 0) ready.set(b.id, { booth: b, exhibits: state.value });
    }
    const next = assignLabels(slots.current, [...ready.keys()]);
    const g = atlas.canvas.getContext('2d');
    let painted = false;
    let matrices = false;
    let posters = 0;
    next.forEach((boothId, slot) => {
      const entry = boothId ? ready.get(boothId) : undefined;
      const spots = entry ? posterSpots(entry.booth, boothFacing(entry.booth.slot), entry.exhibits.length) : [];
      if (boothId !== slots.current[slot]) {
        for (let k = 0; k < MAX_POSTERS_PER_BOOTH; k++) {
          const i = slot * MAX_POSTERS_PER_BOOTH + k;
          const spot = spots[k];
          const exhibit = entry?.exhibits[k];
          if (spot && exhibit && g) {
            paintPoster(g, tilePixels(atlas.layout, i), exhibit, typeLabel(exhibit.type), numberLabel(exhibit.registrationNumber));
            painted = true;
            p.set(spot.x, spot.y, spot.z);
            q.setFromAxisAngle(up, spot.rotationY);
            s.set(spot.width, spot.height, 1);
          } else {
            s.set(0, 0, 0);
          }
          target.setMatrixAt(i, m.compose(p, q, s));
          setInstanceTile(target, i, tileUv(atlas.layout, i));
        }
        matrices = true;
      }
      posters += Math.min(spots.length, entry?.exhibits.length ?? 0);
    });
    slots.current = next;
    if (painted) atlas.texture.needsUpdate = true;
    if (matrices) target.instanceMatrix.needsUpdate = true;
    hallRuntime.posters = posters;
    hallRuntime.posterBoothIds = next.filter((id): id is string => id !== null);
  });

  return <instancedMesh ref={mesh} args={[atlas.geometry, atlas.material, Math.max(1, capacity)]} frustumCulled={false} />;
}
