import { HALL_DEPTH, HALL_ENTRANCE, HALL_WIDTH, slotFootprint } from '@pavilion/shared';
import { arrivalPose, INTRO, introPoseAt, parsePose, STANDING_PITCH } from './arrival';

describe('arrival in a hall', () => {
  test('a newcomer stands at the entrance looking straight in when the booths fill from the entrance', () => {
    // The two slots either side of the entrance aisle, in the front row.
    const front = [slotFootprint(584), slotFootprint(585)];
    const pose = arrivalPose(front);
    expect(pose).toMatchObject({ x: HALL_ENTRANCE.x, z: HALL_ENTRANCE.z });
    expect(Math.abs(pose.heading)).toBeLessThan(0.05);
  });

  test('a newcomer faces the booths even when they stand far to one side (a hall filled in the old order)', () => {
    const corner = [0, 1, 2, 30, 31].map(slotFootprint);
    const pose = arrivalPose(corner);
    // Heading 0 looks towards -z; turning left (towards -x) is a positive heading.
    const lookX = -Math.sin(pose.heading);
    const lookZ = -Math.cos(pose.heading);
    const toBooths = { x: corner[0]!.x - pose.x, z: corner[0]!.z - pose.z };
    const cos = (lookX * toBooths.x + lookZ * toBooths.z) / Math.hypot(toBooths.x, toBooths.z);
    expect(cos).toBeGreaterThan(0.95);
  });

  test('an empty hall: look straight into it', () => {
    expect(arrivalPose([]).heading).toBe(0);
  });

  test('the fly-in starts high over the entrance looking down and lands exactly on the arrival pose', () => {
    const arrival = { x: 0, z: HALL_ENTRANCE.z, heading: 0.3 };
    const first = introPoseAt(0, arrival);
    expect(first.lift).toBe(INTRO.lift);
    expect(first.pitch).toBeLessThan(-0.5);
    const last = introPoseAt(1, arrival);
    expect(last).toEqual({ ...arrival, lift: 0, pitch: STANDING_PITCH });
    // Always descending.
    let lift = Number.POSITIVE_INFINITY;
    for (let t = 0; t <= 1; t += 0.05) {
      const p = introPoseAt(t, arrival);
      expect(p.lift).toBeLessThanOrEqual(lift);
      lift = p.lift;
    }
  });

  test('a remembered pose is used only when it is sane and inside the hall', () => {
    expect(parsePose('{"x":3,"z":-4,"heading":1.5}', HALL_WIDTH, HALL_DEPTH)).toEqual({ x: 3, z: -4, heading: 1.5 });
    expect(parsePose(null, HALL_WIDTH, HALL_DEPTH)).toBeNull();
    expect(parsePose('not json', HALL_WIDTH, HALL_DEPTH)).toBeNull();
    expect(parsePose('{"x":"3","z":0,"heading":0}', HALL_WIDTH, HALL_DEPTH)).toBeNull();
    expect(parsePose(`{"x":${HALL_WIDTH},"z":0,"heading":0}`, HALL_WIDTH, HALL_DEPTH)).toBeNull();
    expect(parsePose('{"x":0,"z":0,"heading":null}', HALL_WIDTH, HALL_DEPTH)).toBeNull();
  });
});
