import type { Booth, Hall, IpType } from '@pavilion/shared';
import type { ThreeEvent } from '@react-three/fiber';
import { type RefObject, useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, type BufferGeometry, Color, CylinderGeometry, IcosahedronGeometry, type InstancedMesh, PlaneGeometry } from 'three';
import { dominantIpType, standTypes } from '../../app/ui/theme/boothIpType';
import { HALL_THEMES, IP_TYPE_COLORS, REGION_COLORS } from '../../app/ui/theme/palette';
import { brandColour } from '../../lib/brand';
import { type BoxInstance, badgeSpots, carpetColor, fasciaBoxes, MAX_STANDS, NEEDS_MATCH_COLOR, standBoxes, wallBoxes } from './boothParts';
import { fillInstances } from './fillInstances';

interface Props {
  hall: Hall;
  booths: Booth[];
  /** A booth was clicked or tapped (not dragged over). */
  onBoothClick: (booth: Booth) => void;
  /** Booths that match the user's needs: their carpets and back walls turn gold (instance colours, no extra draw call). */
  matchingBoothIds?: ReadonlySet<string>;
}

const NO_MATCHES: ReadonlySet<string> = new Set();

// Unit geometries shared by every instanced part; each instance scales them to size.
const unitBox = new BoxGeometry(1, 1, 1);
const unitPlane = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);
const disc = new CylinderGeometry(0.5, 0.5, 1, 24).rotateX(Math.PI / 2);
const patentItem = new IcosahedronGeometry(0.32, 0);
const trademarkItem = new CylinderGeometry(0.3, 0.3, 0.08, 20).rotateX(Math.PI / 2);
const copyrightItem = new BoxGeometry(0.42, 0.56, 0.08);

/** A click that was really a drag (looking around) must not open a booth. */
const CLICK_SLOP_PX = 6;

/**
 * Every booth in a handful of InstancedMeshes: carpets, walls, fascias, stands, exhibit items (one mesh per
 * IP type), region badges. The draw-call count is the same for 1 booth or 600. Each booth wears the colour of
 * the IP type it shows most, and its stands show its real mix of patents, trademarks and copyrights.
 */
export function BoothInstances({ hall, booths, onBoothClick, matchingBoothIds = NO_MATCHES }: Props) {
  const theme = HALL_THEMES[hall.category];

  const parts = useMemo(() => {
    const carpets: BoxInstance[] = booths.map((b, i) => ({ boothIndex: i, x: b.x, y: 0.012, z: b.z, sx: b.width, sy: 1, sz: b.depth }));
    const stands = standBoxes(booths);
    const items: Record<IpType, BoxInstance[]> = { patent: [], trademark: [], copyright: [] };
    let k = 0;
    stands.forEach((s, i) => {
      k = i > 0 && stands[i - 1]?.boothIndex === s.boothIndex ? k + 1 : 0;
      const booth = booths[s.boothIndex];
      const type = standTypes(booth?.typeCounts, Math.min(MAX_STANDS, booth?.exhibitCount ?? 0))[k] ?? 'patent';
      items[type].push({ ...s, y: s.sy + 0.42, sx: 1, sy: 1, sz: 1 });
    });
    const fasciaColors = booths.map((b) => {
      const type = dominantIpType(b.typeCounts);
      return type ? IP_TYPE_COLORS[type] : theme.accent;
    });
    // The back wall carries the organization's brand colour (generated from its name and region).
    const brandWalls = booths.map((b) => brandWall(brandColour(b.orgName, b.region)));
    return {
      carpets,
      walls: wallBoxes(booths),
      fascias: fasciaBoxes(booths),
      fasciaColors,
      brandWalls,
      stands,
      items,
      badges: badgeSpots(booths),
    };
  }, [booths, theme]);

  const carpets = useRef<InstancedMesh>(null);
  const walls = useRef<InstancedMesh>(null);
  const fascias = useRef<InstancedMesh>(null);
  const stands = useRef<InstancedMesh>(null);
  const patentItems = useRef<InstancedMesh>(null);
  const trademarkItems = useRef<InstancedMesh>(null);
  const copyrightItems = useRef<InstancedMesh>(null);
  const badges = useRef<InstancedMesh>(null);

  useLayoutEffect(() => {
    const carpet = new Color(theme.carpet);
    const liveCarpet = carpet.clone().lerp(new Color('#c81d4e'), 0.35).getStyle();
    if (carpets.current)
      fillInstances(carpets.current, parts.carpets, (b) => carpetColor(booths[b.boothIndex], matchingBoothIds, theme.carpet, liveCarpet));
    const matches = (boothIndex: number) => matchingBoothIds.has(booths[boothIndex]?.id ?? '');
    if (walls.current)
      fillInstances(walls.current, parts.walls, (b, i) =>
        i % 3 === 0 ? (matches(b.boothIndex) ? NEEDS_MATCH_COLOR : (parts.brandWalls[b.boothIndex] ?? theme.wall)) : theme.wall,
      );
    if (fascias.current) fillInstances(fascias.current, parts.fascias, (b) => parts.fasciaColors[b.boothIndex] ?? theme.accent);
    if (stands.current) fillInstances(stands.current, parts.stands, () => '#ffffff');
    if (patentItems.current) fillInstances(patentItems.current, parts.items.patent);
    if (trademarkItems.current) fillInstances(trademarkItems.current, parts.items.trademark);
    if (copyrightItems.current) fillInstances(copyrightItems.current, parts.items.copyright);
    if (badges.current) fillInstances(badges.current, parts.badges, (b) => REGION_COLORS[booths[b.boothIndex]?.region ?? 'MAINLAND']);
  }, [parts, booths, theme, matchingBoothIds]);

  const click = (boothIndexOf: (instanceId: number) => number | undefined) => (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > CLICK_SLOP_PX || e.instanceId === undefined) return;
    e.stopPropagation();
    const booth = booths[boothIndexOf(e.instanceId) ?? -1];
    if (booth) onBoothClick(booth);
  };
  const capacity = Math.max(1, booths.length);

  return (
    <group>
      <PartMesh meshRef={carpets} geometry={unitPlane} count={capacity} parts={parts.carpets} onPick={click} />
      <PartMesh meshRef={walls} geometry={unitBox} count={capacity * 3} parts={parts.walls} onPick={click} />
      <PartMesh meshRef={fascias} geometry={unitBox} count={capacity} parts={parts.fascias} onPick={click} />
      <PartMesh meshRef={stands} geometry={unitBox} count={Math.max(1, parts.stands.length)} parts={parts.stands} onPick={click} />
      <ItemMesh meshRef={patentItems} geometry={patentItem} count={parts.items.patent.length} type="patent" />
      <ItemMesh meshRef={trademarkItems} geometry={trademarkItem} count={parts.items.trademark.length} type="trademark" />
      <ItemMesh meshRef={copyrightItems} geometry={copyrightItem} count={parts.items.copyright.length} type="copyright" />
      <instancedMesh ref={badges} args={[disc, undefined, capacity]} frustumCulled={false}>
        <meshBasicMaterial toneMapped={false} />
      </instancedMesh>
    </group>
  );
}

/** A back wall painted in a brand colour, softened so the exhibits in front of it stay the eye's target. */
function brandWall(color: string): string {
  return new Color('#f4f6f9').lerp(new Color(color), 0.6).getStyle();
}

/** One kind of booth part (carpets, walls…) in one draw call; clicking a part (not dragging over it) opens its booth. */
function PartMesh({
  meshRef,
  geometry,
  count,
  parts,
  onPick,
}: {
  meshRef: RefObject<InstancedMesh | null>;
  geometry: BufferGeometry;
  count: number;
  parts: readonly { boothIndex: number }[];
  onPick: (boothIndexOf: (instanceId: number) => number | undefined) => (e: ThreeEvent<MouseEvent>) => void;
}) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a three.js object, not a DOM element; the list view is the accessible path
    <instancedMesh ref={meshRef} args={[geometry, undefined, count]} onClick={onPick((i) => parts[i]?.boothIndex)} frustumCulled={false}>
      <meshLambertMaterial />
    </instancedMesh>
  );
}

/** The exhibit items of one IP type: its own shape and colour, one draw call for the whole hall. */
function ItemMesh({
  meshRef,
  geometry,
  count,
  type,
}: {
  meshRef: RefObject<InstancedMesh | null>;
  geometry: BufferGeometry;
  count: number;
  type: IpType;
}) {
  return (
    <instancedMesh ref={meshRef} args={[geometry, undefined, Math.max(1, count)]} frustumCulled={false} visible={count > 0}>
      <meshLambertMaterial color={IP_TYPE_COLORS[type]} emissive={IP_TYPE_COLORS[type]} emissiveIntensity={0.25} />
    </instancedMesh>
  );
}
