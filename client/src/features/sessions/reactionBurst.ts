/**
 * How many reaction particles float on screen at once. A popular moment can bring hundreds of
 * `session:reaction` events a second; drawing each one would swamp the page, so a fixed budget of
 * particles is shared and the rest of a burst only counts (the counters still show every reaction).
 */

/** Particles on screen at most. */
export const MAX_PARTICLES = 24;
/** How long one particle floats (ms); its slot is free again after this even if no animationend fires. */
export const PARTICLE_LIFETIME_MS = 2200;

/** Slots for on-screen particles: a particle needs one to be drawn and gives it back when its animation ends. */
export class ParticleBudget {
  private readonly live = new Map<number, number>();
  private nextId = 1;

  constructor(
    readonly cap = MAX_PARTICLES,
    readonly lifetimeMs = PARTICLE_LIFETIME_MS,
  ) {}

  /** A slot for a new particle (its id), or null when every slot is taken. Slots past their lifetime are freed first. */
  admit(now: number): number | null {
    for (const [id, until] of this.live) if (until <= now) this.live.delete(id);
    if (this.live.size >= this.cap) return null;
    const id = this.nextId++;
    this.live.set(id, now + this.lifetimeMs);
    return id;
  }

  /** The particle finished (animationend): its slot is free. */
  release(id: number): void {
    this.live.delete(id);
  }

  /** Particles on screen now. */
  active(now: number): number {
    let n = 0;
    for (const until of this.live.values()) if (until > now) n += 1;
    return n;
  }
}

/** Where and how one particle floats: a horizontal start (% of the lane), a sideways drift (px), a duration and a size. */
export function particleLook(random: () => number = Math.random): { left: number; drift: number; durationMs: number; scale: number } {
  return {
    left: 10 + random() * 80,
    drift: (random() - 0.5) * 60,
    durationMs: Math.round(PARTICLE_LIFETIME_MS * (0.75 + random() * 0.25)),
    scale: 0.85 + random() * 0.5,
  };
}
