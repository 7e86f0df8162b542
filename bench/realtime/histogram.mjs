// A fixed-resolution latency histogram (0.1 ms buckets up to 60 s) that load workers fill cheaply
// and ship to the orchestrator in sparse form, where they are merged before taking percentiles.
const BUCKET_MS = 0.1;
const TOP = 600_000;

export class LatencyHistogram {
  constructor() {
    this.counts = new Uint32Array(TOP + 1);
    this.n = 0;
    this.max = 0;
    this.sum = 0;
  }

  add(ms) {
    const b = Math.min(TOP, Math.max(0, Math.round(ms / BUCKET_MS)));
    this.counts[b] += 1;
    this.n += 1;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }

  /** `{ n, max, sum, b: [[bucket, count], …] }` — only the buckets in use. */
  toJSON() {
    const b = [];
    for (let i = 0; i <= TOP; i++) if (this.counts[i] > 0) b.push([i, this.counts[i]]);
    return { n: this.n, max: this.max, sum: this.sum, b };
  }

  merge(sparse) {
    if (!sparse) return this;
    for (const [i, c] of sparse.b) this.counts[i] += c;
    this.n += sparse.n;
    this.sum += sparse.sum;
    if (sparse.max > this.max) this.max = sparse.max;
    return this;
  }

  /** Nearest-rank percentile in ms (NaN when empty). */
  percentile(p) {
    if (this.n === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * this.n));
    let seen = 0;
    for (let i = 0; i <= TOP; i++) {
      seen += this.counts[i];
      if (seen >= rank) return i * BUCKET_MS;
    }
    return this.max;
  }

  mean() {
    return this.n === 0 ? Number.NaN : this.sum / this.n;
  }
}
