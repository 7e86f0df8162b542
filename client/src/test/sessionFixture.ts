/** Test fixture (never shipped: only tests import it): a LiveSession with sensible defaults. */
import type { LiveSession } from '@pavilion/shared';

export function liveSession(over: Partial<LiveSession> & { id: string }): LiveSession {
  return {
    boothId: `booth-${over.id}`,
    hallId: 'patents',
    orgId: 'org-1',
    boothName: 'Battery Lab',
    orgName: 'Volta Works',
    title: `Session ${over.id}`,
    hostId: 'u-host',
    hostName: 'Hana Host',
    status: 'scheduled',
    startsAt: Date.UTC(2025, 2, 4, 10, 0),
    spotlight: null,
    viewers: 0,
    broadcasting: false,
    transport: 'p2p',
    recorded: false,
    audience: 'public',
    recording: null,
    seq: 1,
    ...over,
  };
}
