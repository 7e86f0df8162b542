import { createClient } from 'redis';

/** The node-redis client type every feature receives. */
export type Redis = ReturnType<typeof createClient>;

/** Options for {@link connectRedis}. */
export interface ConnectRedisOptions {
  url: string;
  /** Called on every client error (connection drops included): counted in /metrics. */
  onError?: (err: Error) => void;
  name?: string;
}

/**
 * Connects a client that fails fast while Redis is unreachable (no offline queue: a write either
 * reaches Redis or errors — never half-applied later) and reconnects with capped backoff.
 */
export async function connectRedis(opts: ConnectRedisOptions): Promise<Redis> {
  const client = createClient({
    url: opts.url,
    name: opts.name,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5_000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** Math.min(retries, 6), 2_000),
    },
  });
  client.on('error', (err: Error) => opts.onError?.(err));
  await client.connect();
  return client;
}

/** Closes a client whether or not it is still connected. */
export async function closeRedis(client: Redis): Promise<void> {
  try {
    if (client.isOpen) await client.close();
  } catch {
    client.destroy();
  }
}
