import { type PointerEvent, useRef, useState } from 'react';
import { setHallStick } from '../hall3d';

/** How far the thumb travels from the centre (CSS px): a full push is a full walk. */
const RADIUS = 44;

/**
 * A thumb stick for touch screens (shown only where the main pointer is coarse): push to walk, the further the
 * faster; let go to stop. Looking around stays a drag on the canvas; a tap on the floor still walks there.
 * Keyboard and screen-reader users walk with the keys and the list view, so it stays out of their way.
 */
export function TouchJoystick() {
  const [thumb, setThumb] = useState({ x: 0, y: 0 });
  const active = useRef<{ id: number; cx: number; cy: number } | null>(null);

  const move = (e: PointerEvent<HTMLDivElement>) => {
    const a = active.current;
    if (!a || e.pointerId !== a.id) return;
    let dx = e.clientX - a.cx;
    let dy = e.clientY - a.cy;
    const len = Math.hypot(dx, dy);
    if (len > RADIUS) {
      dx = (dx / len) * RADIUS;
      dy = (dy / len) * RADIUS;
    }
    setThumb({ x: dx, y: dy });
    // Screen up is forward.
    setHallStick(dx / RADIUS, -dy / RADIUS);
  };
  const release = (e: PointerEvent<HTMLDivElement>) => {
    if (active.current?.id !== e.pointerId) return;
    active.current = null;
    setThumb({ x: 0, y: 0 });
    setHallStick(0, 0);
  };

  return (
    <div
      className="joystick"
      aria-hidden="true"
      data-testid="joystick"
      onPointerDown={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        active.current = { id: e.pointerId, cx: r.left + r.width / 2, cy: r.top + r.height / 2 };
        e.currentTarget.setPointerCapture(e.pointerId);
        move(e);
      }}
      onPointerMove={move}
      onPointerUp={release}
      onPointerCancel={release}
    >
      <span className="joystick__thumb" style={{ transform: `translate(${thumb.x}px, ${thumb.y}px)` }} />
    </div>
  );
}
