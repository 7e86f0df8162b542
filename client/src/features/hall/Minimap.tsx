import { type Booth, type Hall, IP_TYPES } from '@pavilion/shared';
import { type MouseEvent, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dominantIpType } from '../../app/ui/theme/boothIpType';
import { HALL_THEMES, IP_TYPE_COLORS } from '../../app/ui/theme/palette';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';
import { hallRuntime } from '../hall3d';

/** Booths that show nothing yet. */
const EMPTY_BOOTH = '#9aa5b4';

const WIDTH = 240;

/**
 * The hall from above: booths coloured by the IP type they show most, the open booth, and you.
 * The booth layer is painted once per hall; the "you are here" marker redraws in its own animation loop
 * from the scene's mutable runtime, without React.
 */
export function Minimap({ hall, booths }: { hall: Hall; booths: Booth[] }) {
  const { t } = useTranslation(['hall', 'common']);
  const f = useFormat();
  const canvas = useRef<HTMLCanvasElement>(null);
  const activeBoothId = useAppStore((s) => s.activeBoothId);
  const height = Math.round((WIDTH * hall.depth) / hall.width);
  // Only the types this hall's booths actually show go in the legend.
  const shownTypes = useMemo(() => {
    const present = new Set(booths.map((b) => dominantIpType(b.typeCounts)));
    return { types: IP_TYPES.filter((t) => present.has(t)), empty: present.has(null) };
  }, [booths]);
  const active = useRef<string | null>(null);
  active.current = activeBoothId;

  useEffect(() => {
    const el = canvas.current;
    const g = el?.getContext('2d');
    if (!el || !g) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    el.width = WIDTH * dpr;
    el.height = height * dpr;
    const scale = (WIDTH / hall.width) * dpr;
    const px = (x: number) => (x + hall.width / 2) * scale;
    const pz = (z: number) => (z + hall.depth / 2) * scale;
    const base = document.createElement('canvas');
    base.width = el.width;
    base.height = el.height;
    const b = base.getContext('2d');
    if (!b) return;
    b.fillStyle = HALL_THEMES[hall.category].carpet;
    b.globalAlpha = 0.92;
    b.fillRect(0, 0, base.width, base.height);
    b.globalAlpha = 1;
    for (const booth of booths) {
      const type = dominantIpType(booth.typeCounts);
      b.fillStyle = type ? IP_TYPE_COLORS[type] : EMPTY_BOOTH;
      b.fillRect(px(booth.x - booth.width / 2), pz(booth.z - booth.depth / 2), booth.width * scale, booth.depth * scale);
      if (booth.live) {
        b.fillStyle = '#ff3b5c';
        b.beginPath();
        b.arc(px(booth.x), pz(booth.z), 2.2 * dpr, 0, Math.PI * 2);
        b.fill();
      }
    }
    let raf = 0;
    const draw = () => {
      raf = requestAnimationFrame(draw);
      g.clearRect(0, 0, el.width, el.height);
      g.drawImage(base, 0, 0);
      const open = active.current ? booths.find((x) => x.id === active.current) : undefined;
      if (open) {
        g.strokeStyle = '#ffd166';
        g.lineWidth = 2 * dpr;
        g.strokeRect(
          px(open.x - open.width / 2) - dpr,
          pz(open.z - open.depth / 2) - dpr,
          open.width * scale + 2 * dpr,
          open.depth * scale + 2 * dpr,
        );
      }
      const c = hallRuntime.camera;
      const x = px(c.x);
      const z = pz(c.z);
      // View cone, then the dot.
      g.fillStyle = 'rgba(255,255,255,0.28)';
      g.beginPath();
      g.moveTo(x, z);
      const dir = Math.atan2(-Math.cos(c.heading), -Math.sin(c.heading));
      g.arc(x, z, 16 * dpr, dir - 0.5, dir + 0.5);
      g.closePath();
      g.fill();
      g.fillStyle = '#ffffff';
      g.strokeStyle = '#0f1b2d';
      g.lineWidth = 2 * dpr;
      g.beginPath();
      g.arc(x, z, 4 * dpr, 0, Math.PI * 2);
      g.fill();
      g.stroke();
    };
    draw();
    return () => cancelAnimationFrame(raf);
  }, [hall, booths, height]);

  const walk = (e: MouseEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    hallRuntime.walkTarget = {
      x: ((e.clientX - r.left) / r.width) * hall.width - hall.width / 2,
      z: ((e.clientY - r.top) / r.height) * hall.depth - hall.depth / 2,
    };
  };

  const legend = shownTypes.types.map((type) => ({ color: IP_TYPE_COLORS[type], label: t(`common:ipType.${type}`) }));
  if (shownTypes.empty) legend.push({ color: EMPTY_BOOTH, label: t('hall:noExhibitsYet') });

  return (
    <figure className="minimap" data-testid="minimap">
      <canvas
        ref={canvas}
        style={{ width: WIDTH, height }}
        role="img"
        aria-label={`${t('hall:minimap', { hall: f.hallName(hall) })}. ${t('common:halls.booths', { count: booths.length })}`}
        title={t('hall:minimapHint')}
        onClick={walk}
      />
      <figcaption>
        <span className="minimap__you">
          <span className="minimap__dot" aria-hidden="true" />
          {t('hall:youAreHere')}
        </span>
        {legend.map((l) => (
          <span key={l.label} className="minimap__key">
            <span className="minimap__swatch" style={{ background: l.color }} aria-hidden="true" />
            {l.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
