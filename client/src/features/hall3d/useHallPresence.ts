import { useEffect } from 'react';
import { isConnected, onConnected, onServer, sendMove, socketId, socketRequest } from '../../net/gateway';
import { applyPresence, type PresenceState } from './presence';
import { hallRuntime } from './runtime';

/** Sends our pose, rounded as the server stores it; the heading in [0, 2π). */
export function sendPose({ x, z, heading }: { x: number; z: number; heading: number }): void {
  const h = ((heading % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  sendMove({ x: Math.round(x * 100) / 100, z: Math.round(z * 100) / 100, heading: Math.round(h * 1000) / 1000 });
}

/**
 * Presence in a hall: joins its area-of-interest rooms on every (re)connect and feeds `hall:presence`
 * batches into the mutable presence state the avatars draw from.
 */
export function useHallPresence(hallId: string, presence: PresenceState): void {
  useEffect(() => {
    let active = true;
    presence.visitors.clear();
    hallRuntime.presence = presence;
    const offPresence = onServer('hall:presence', (batch) => {
      if (batch.hallId === hallId) applyPresence(presence, batch, socketId(), performance.now());
    });
    const offConnect = onConnected(() => {
      // A new connection is a new presence id; whoever we saw before may have gone meanwhile.
      presence.visitors.clear();
      hallRuntime.presenceId = null;
      socketRequest('hall:join', { hallId })
        .then(({ visitors }) => {
          if (!active) return;
          hallRuntime.presenceId = socketId();
          applyPresence(presence, { joined: visitors }, socketId(), performance.now());
          // The server placed us at a spawn point: tell it where we really are, even if we stand still.
          sendPose(hallRuntime.camera);
        })
        .catch(() => {
          // Presence is a nicety: the hall works without it. The next reconnect tries again.
        });
    });
    return () => {
      active = false;
      offPresence();
      offConnect();
      presence.visitors.clear();
      hallRuntime.presence = null;
      hallRuntime.presenceId = null;
      // Only on a live connection: a leave buffered while offline would go out after the next join.
      if (isConnected()) socketRequest('hall:leave', { hallId }).catch(() => undefined);
    };
  }, [hallId, presence]);
}
