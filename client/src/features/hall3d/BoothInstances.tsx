import type { Booth, Hall } from '@pavilion/shared';
import type { ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, Color, CylinderGeometry, IcosahedronGeometry, type InstancedMesh, OctahedronGeometry, PlaneGeometry } from 'three';
import { HALL_THEMES, IP_TYPE_COLORS, ipTypeOfHall, REGION_COLORS } from '../theme/palette';
import { type BoxInstance, badgeSpots, fasciaBoxes, standBoxes, wallBoxes } from './boothParts';
import { fillInstances } from './fillInstances';

interface Props {
  hall: Hall;
  booths: Booth[];
  /** A booth was clicked or tapped (not dragged over). */
  onBoothClick: (booth: Booth) => void;
}

// Unit geometries shared by every instanced part; each instance scales them to size.
const unitBox = new BoxGeometry(1, 1, 1);
const unitPlane = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);
const disc = new CylinderGeometry(0.5, 0.5, 1, 24).rotateX(Math.PI / 2);
const patentItem = new IcosahedronGeometry(0.32, 0);
const trademarkItem = new CylinderGeometry(0.3, 0.3, 0.08, 20).rotateX(Math.PI / 2);
const copyrightItem = new BoxGeometry(0.42, 0.56, 0.08);
const mixedItem = new OctahedronGeometry(0.3, 0);

/** A click that was really a drag (looking around) must not open a booth. */
const CLICK_SLOP_PX = 6;

/**
 * Every booth in a handful of InstancedMeshes: carpets, walls, fascias, stands, exhibit items, region badges.
 * The draw-call count is the same for 1 booth or 600.
 */
export function BoothInstances({ hall, booths, onBoothClick }: Props) {
  const theme = HALL_THEMES[hall.category];
  const hallType = ipTypeOfHall(hall.category);
  const accent = hallType ? IP_TYPE_COLORS[hallType] : theme.accent;

  const parts = useMemo(() => {
    const carpets: BoxInstance[] = booths.map((b, i) => ({ boothIndex: i, x: b.x, y: 0.012, z: b.z, sx: b.width, sy: 1, sz: b.depth }));
    const stands = standBoxes(booths);
    const items = stands.map((s) => ({ ...s, y: s.sy + 0.42, sx: 1, sy: 1, sz: 1 }));
    return { carpets, walls: wallBoxes(booths), fascias: fasciaBoxes(booths), stands, items, badges: badgeSpots(booths) };
  }, [booths]);

  const carpets = useRef<InstancedMesh>(null);
  const walls = useRef<InstancedMesh>(null);
  const fascias = useRef<InstancedMesh>(null);
  const stands = useRef<InstancedMesh>(null);
  const items = useRef<InstancedMesh>(null);
  const badges = useRef<InstancedMesh>(null);

  useLayoutEffect(() => {
    const carpet = new Color(theme.carpet);
    const liveCarpet = carpet.clone().lerp(new Color('#c81d4e'), 0.35).getStyle();
    if (carpets.current) fillInstances(carpets.current, parts.carpets, (b) => (booths[b.boothIndex]?.live ? liveCarpet : theme.carpet));
    if (walls.current)
      fillInstances(walls.current, parts.walls, (_, i) =>
        i % 3 === 0 ? new Color(theme.wall).lerp(new Color(accent), 0.12).getStyle() : theme.wall,
      );
    if (fascias.current) fillInstances(fascias.current, parts.fascias, () => accent);
    if (stands.current) fillInstances(stands.current, parts.stands, () => '#ffffff');
    if (items.current) fillInstances(items.current, parts.items, () => accent);
    if (badges.current) fillInstances(badges.current, parts.badges, (b) => REGION_COLORS[booths[b.boothIndex]?.region ?? 'MAINLAND']);
  }, [parts, booths, theme, accent]);

  const click = (boothIndexOf: (instanceId: number) => number | undefined) => (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > CLICK_SLOP_PX || e.instanceId === undefined) return;
    e.stopPropagation();
    const booth = booths[boothIndexOf(e.instanceId) ?? -1];
    if (booth) onBoothClick(booth);
  };
  const capacity = Math.max(1, booths.length);
  const itemGeometry =
    hallType === 'patent' ? patentItem : hallType === 'trademark' ? trademarkItem : hallType === 'copyright' ? copyrightItem : mixedItem;

  return (
    <group>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a three.js object, not a DOM element; the list view is the accessible path */}
      <instancedMesh
        ref={carpets}
        args={[unitPlane, undefined, capacity]}
        onClick={click((i) => parts.carpets[i]?.boothIndex)}
        frustumCulled={false}
      >
        <meshLambertMaterial />
      </instancedMesh>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a three.js object, not a DOM element */}
      <instancedMesh
        ref={walls}
        args={[unitBox, undefined, capacity * 3]}
        onClick={click((i) => parts.walls[i]?.boothIndex)}
        frustumCulled={false}
      >
        <meshLambertMaterial />
      </instancedMesh>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a three.js object, not a DOM element */}
      <instancedMesh
        ref={fascias}
        args={[unitBox, undefined, capacity]}
        onClick={click((i) => parts.fascias[i]?.boothIndex)}
        frustumCulled={false}
      >
        <meshLambertMaterial />
      </instancedMesh>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a three.js object, not a DOM element */}
      <instancedMesh
        ref={stands}
        args={[unitBox, undefined, Math.max(1, parts.stands.length)]}
        onClick={click((i) => parts.stands[i]?.boothIndex)}
        frustumCulled={false}
      >
        <meshLambertMaterial />
      </instancedMesh>
      <instancedMesh ref={items} args={[itemGeometry, undefined, Math.max(1, parts.items.length)]} frustumCulled={false}>
        <meshLambertMaterial emissive={accent} emissiveIntensity={0.25} />
      </instancedMesh>
      <instancedMesh ref={badges} args={[disc, undefined, capacity]} frustumCulled={false}>
        <meshBasicMaterial toneMapped={false} />
      </instancedMesh>
    </group>
  );
}
