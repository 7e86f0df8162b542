import { StatsSubscribe } from '@pavilion/shared';
import type { SocketRegistrar } from '../../realtime/eventTable.js';
import { rooms } from '../../realtime/rooms.js';
import type { AppServer } from '../../realtime/types.js';
import type { StatsService } from './statsService.js';

/** `stats:subscribe`: join the stats room and get the figures now. */
export function statsHandlers(stats: StatsService): SocketRegistrar {
  return (t) => {
    t.onConnect((socket) => {
      stats.countVisitor(socket.data.userId ?? `guest:${socket.id}`).catch(() => {});
    });
    t.on('stats:subscribe', StatsSubscribe, 'anyone', async (_p, { socket }) => {
      await socket.join(rooms.stats);
      return { stats: await stats.stats() };
    });
  };
}

/**
 * Pushes `stats:updated` to subscribers on every node at most twice a second after a change made on
 * this node (the adapter carries it to the others, so each change is pushed once, not once per node).
 */
export class StatsBroadcaster {
  private timer: NodeJS.Timeout | null = null;
  private lastPush = 0;
  private stopped = false;

  constructor(
    private readonly io: AppServer,
    private readonly stats: StatsService,
    private readonly onError: (err: unknown) => void,
    private readonly minIntervalMs = 500,
  ) {}

  /** Something that changes the figures happened on this node. */
  changed(): void {
    if (this.timer || this.stopped) return;
    const wait = Math.max(0, this.lastPush + this.minIntervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.lastPush = Date.now();
      this.stats
        .stats()
        // A read that finishes after stop() must not publish on Redis clients that are closing.
        .then((s) => {
          if (!this.stopped) this.io.to(rooms.stats).emit('stats:updated', { stats: s });
        })
        .catch(this.onError);
    }, wait);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
