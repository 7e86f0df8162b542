import { ClockOffsetEstimator } from './clock';

describe('estimating the server clock from acks', () => {
  test('nothing is known before the first sample (the countdown says so rather than guess)', () => {
    const clock = new ClockOffsetEstimator();
    expect(clock.ready).toBe(false);
    expect(clock.offset()).toBeNull();
    expect(clock.uncertainty()).toBeNull();
  });

  test('one round trip: the server stamped its time half-way, so offset = serverTime − midpoint', () => {
    const clock = new ClockOffsetEstimator();
    // Device clock 5 minutes slow: sent at 1,000, answered at 1,100, server said 301,050.
    clock.add(1000, 1100, 301_050);
    expect(clock.offset()).toBe(300_000);
    expect(clock.uncertainty()).toBe(50);
  });

  test('the lowest-RTT samples decide; a slow, skewed round trip does not drag the estimate', () => {
    const clock = new ClockOffsetEstimator({ keep: 16, best: 3 });
    clock.add(0, 20, 10 + 5000); // rtt 20 → offset 5000
    clock.add(100, 118, 109 + 5002); // rtt 18 → 5002
    clock.add(200, 222, 211 + 4998); // rtt 22 → 4998
    // A congested trip whose stamp came late in a 2 s round trip: naive offset 5900.
    clock.add(300, 2300, 1300 + 5000 + 900);
    expect(clock.offset()).toBe(5000);
    expect(clock.uncertainty()).toBe(9);
  });

  test('old samples age out, so a changed offset (another node, a corrected clock) is followed', () => {
    const clock = new ClockOffsetEstimator({ keep: 4, best: 2 });
    for (let i = 0; i < 4; i++) clock.add(i * 100, i * 100 + 10, i * 100 + 5 + 1000);
    expect(clock.offset()).toBe(1000);
    for (let i = 4; i < 8; i++) clock.add(i * 100, i * 100 + 30, i * 100 + 15 + 2000);
    expect(clock.size).toBe(4);
    expect(clock.offset()).toBe(2000);
  });

  test('nonsense samples (negative round trips, non-numbers) are ignored', () => {
    const clock = new ClockOffsetEstimator();
    clock.add(100, 50, 1000);
    clock.add(0, 10, Number.NaN);
    expect(clock.ready).toBe(false);
  });
});
