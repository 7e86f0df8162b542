import type { Redis } from '../redis/client.js';
import { channels } from '../redis/keys.js';

/** The Lua library a script composes in to publish its outcome in order (`announce(kind, data)`). */
export const FANOUT_LUA = { file: './fanout.lua', base: import.meta.url };

/** What a node does with one kind of announcement: usually map it and emit to its own sockets (`io.local`). */
export type FanoutHandler = (data: unknown) => void;

/**
 * Broadcasts whose order Redis decides. A script that changes a watched object announces its outcome
 * itself (`fanout.lua`); every node subscribes once and hands each announcement to the feature that
 * registered its kind, which emits to the sockets of this node only. The node that ran the script does
 * not emit on its own: if it did, its broadcast and another node's could reach a watcher in either order.
 */
export class OrderedFanout {
  private readonly handlers = new Map<string, FanoutHandler>();

  constructor(private readonly onError: (err: unknown, kind: string) => void) {}

  /** Registers the handler of one kind (once per node). */
  on(kind: string, handler: FanoutHandler): void {
    if (this.handlers.has(kind)) throw new Error(`fanout kind ${kind} registered twice`);
    this.handlers.set(kind, handler);
  }

  /** Subscribes to the fanout channel; returns the unsubscribe function. */
  async follow(subscriber: Redis): Promise<() => Promise<void>> {
    const listener = (message: string) => this.deliver(message);
    await subscriber.subscribe(channels.fanout, listener);
    return () => subscriber.unsubscribe(channels.fanout, listener);
  }

  /** Hands one published message to its handler; a bad message or a failing handler is reported, never thrown. */
  deliver(message: string): void {
    let kind = '?';
    try {
      const parsed = JSON.parse(message) as { k?: unknown; d?: unknown };
      kind = typeof parsed.k === 'string' ? parsed.k : '?';
      const handler = this.handlers.get(kind);
      if (handler) handler(parsed.d);
    } catch (err) {
      this.onError(err, kind);
    }
  }
}
