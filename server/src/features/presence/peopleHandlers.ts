import { FollowAccept, FollowStart, FollowStop, HallDnd, HallWave } from '@pavilion/shared';
import type { SocketRegistrar } from '../../realtime/eventTable.js';
import type { PeopleService } from './peopleService.js';

/** A wave or an invitation reaches a person: a few in a row, then one every two seconds. */
const TO_A_PERSON = { perSecond: 0.5, burst: 5 } as const;

/** `hall:wave`, `hall:dnd`, `follow:start`, `follow:accept`, `follow:stop`. */
export function peopleHandlers(people: PeopleService): SocketRegistrar {
  return (t) => {
    t.on(
      'hall:wave',
      HallWave,
      'anyone',
      async ({ hallId, to }, { socket }) => {
        await people.wave(socket, hallId, to);
        return {};
      },
      { rate: TO_A_PERSON },
    );
    t.on('hall:dnd', HallDnd, 'anyone', ({ hallId, on }, { socket }) => ({ dnd: people.setDnd(socket, hallId, on) }), {
      rate: { perSecond: 1, burst: 5 },
    });
    t.on(
      'follow:start',
      FollowStart,
      'anyone',
      async ({ hallId, to }, { socket }) => ({ expiresAt: await people.invite(socket, hallId, to) }),
      {
        rate: TO_A_PERSON,
      },
    );
    t.on('follow:accept', FollowAccept, 'anyone', async ({ hallId, hostId }, { socket }) => ({
      host: await people.accept(socket, hallId, hostId),
    }));
    t.on('follow:stop', FollowStop, 'anyone', async ({ hallId }, { socket }) => people.stop(socket, hallId));
  };
}
