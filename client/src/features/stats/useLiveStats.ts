import { useEffect, useState } from 'react';
import { onConnected, onServer, socketRequest } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';

/**
 * The expo's statistics: fetched over REST at once, then kept live through `stats:subscribe` / `stats:updated`.
 * Returns whether the live subscription is active (the "Live" badge shows only then).
 */
export function useLiveStats(): { live: boolean } {
  const loadStats = useAppStore((s) => s.loadStats);
  const applyStats = useAppStore((s) => s.applyStats);
  const [live, setLive] = useState(false);

  useEffect(() => {
    void loadStats();
    let active = true;
    const offUpdate = onServer('stats:updated', ({ stats }) => applyStats(stats));
    const offConnect = onConnected(() => {
      socketRequest('stats:subscribe', {})
        .then(({ stats }) => {
          if (!active) return;
          applyStats(stats);
          setLive(true);
        })
        .catch(() => {
          // No live feed (server without it, or offline): the REST figures stay on screen, without the Live badge.
          if (active) setLive(false);
        });
    });
    return () => {
      active = false;
      offUpdate();
      offConnect();
    };
  }, [loadStats, applyStats]);

  return { live };
}
