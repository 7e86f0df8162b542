import { MAX_PARTICLES, PARTICLE_LIFETIME_MS, ParticleBudget, particleLook } from './reactionBurst';

test(`a burst never puts more than ${MAX_PARTICLES} particles on screen: the rest are dropped`, () => {
  const budget = new ParticleBudget();
  const admitted = Array.from({ length: 100 }, () => budget.admit(1000)).filter((id) => id !== null);
  expect(admitted).toHaveLength(MAX_PARTICLES);
  expect(budget.active(1000)).toBe(MAX_PARTICLES);
  expect(budget.admit(1001)).toBeNull();
});

test('a particle that finished gives its slot back at once', () => {
  const budget = new ParticleBudget(2);
  const first = budget.admit(0) as number;
  budget.admit(0);
  expect(budget.admit(10)).toBeNull();
  budget.release(first);
  expect(budget.admit(20)).not.toBeNull();
});

test('a particle whose animation never reported its end frees its slot after its lifetime', () => {
  const budget = new ParticleBudget(1);
  expect(budget.admit(0)).not.toBeNull();
  expect(budget.admit(PARTICLE_LIFETIME_MS - 1)).toBeNull();
  expect(budget.admit(PARTICLE_LIFETIME_MS)).not.toBeNull();
  expect(budget.active(PARTICLE_LIFETIME_MS)).toBe(1);
});

test('a particle starts inside its lane and never outlives its slot', () => {
  for (const r of [0, 0.5, 0.999]) {
    const look = particleLook(() => r);
    expect(look.left).toBeGreaterThanOrEqual(10);
    expect(look.left).toBeLessThanOrEqual(90);
    expect(look.durationMs).toBeLessThanOrEqual(PARTICLE_LIFETIME_MS);
  }
});
