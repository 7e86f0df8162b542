import type { LiveSession } from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import { rooms } from '../../realtime/rooms.js';
import type { AppServer } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';

/** Who asked to be told when a session starts, and telling them. */
export class SessionReminders {
  constructor(
    private readonly io: AppServer,
    private readonly redis: Redis,
  ) {}

  async setReminder(userId: string, id: string, on: boolean): Promise<boolean> {
    const status = await this.redis.hGet(keys.liveSession(id), 'status');
    if (!status) throw fail.notFound('session');
    if (on && status === 'ended') throw fail.conflict('the session has ended', 'ended');
    if (on) {
      await Promise.all([this.redis.sAdd(keys.liveSessionReminders(id), userId), this.redis.sAdd(keys.userReminders(userId), id)]);
    } else {
      await Promise.all([this.redis.sRem(keys.liveSessionReminders(id), userId), this.redis.sRem(keys.userReminders(userId), id)]);
    }
    return on;
  }

  /** The sessions a user asked to be reminded of that have not ended. */
  async reminders(userId: string): Promise<string[]> {
    const ids = await this.redis.sMembers(keys.userReminders(userId));
    const statuses = await Promise.all(ids.map((id) => this.redis.hGet(keys.liveSession(id), 'status')));
    return ids.filter((_, i) => statuses[i] && statuses[i] !== 'ended').sort();
  }

  /** The session went live: everyone who asked hears of it. */
  async remind(session: LiveSession): Promise<void> {
    const users = await this.redis.sMembers(keys.liveSessionReminders(session.id));
    if (users.length > 0) this.io.to(users.map(rooms.user)).emit('session:reminder', { session });
  }
}
