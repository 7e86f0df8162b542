import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The node's Prometheus metrics (one registry per application instance). */
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'pavilion_http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly socketsConnected = new Gauge({
    name: 'pavilion_sockets_connected',
    help: 'Socket.IO connections open on this node',
    registers: [this.registry],
  });
  readonly socketEvents = new Counter({
    name: 'pavilion_socket_events_total',
    help: 'Socket events handled, by event and outcome (ok or error code)',
    labelNames: ['event', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly redisErrors = new Counter({
    name: 'pavilion_redis_errors_total',
    help: 'Redis client errors (connection drops, command failures)',
    registers: [this.registry],
  });

  constructor(opts: { defaultMetrics?: boolean } = {}) {
    if (opts.defaultMetrics) collectDefaultMetrics({ register: this.registry });
  }
}
