import type { SessionJoinAnswer } from '@pavilion/shared';
import type { MediaTransport } from './MediaTransport';
import { P2pTransport } from './P2pTransport';
import { SfuTransport } from './SfuTransport';
import { socketSignalling } from './signalling';

/**
 * The transport the server asked for in the `session:join` ack: `sfu` (through the session's Janus VideoRoom)
 * or `p2p` (docs/live-video.md); the page stays the same for both.
 */
export function createMediaTransport(sessionId: string, join: Pick<SessionJoinAnswer, 'media' | 'iceServers'>): MediaTransport {
  const media: string = join.media;
  switch (media) {
    case 'p2p':
      return new P2pTransport({ sessionId, iceServers: join.iceServers, signalling: socketSignalling });
    case 'sfu':
      return new SfuTransport({ sessionId, iceServers: join.iceServers });
    default:
      // A server newer than this client: no video here, everything else on the page still works.
      throw new Error(`unsupported media transport "${media}"`);
  }
}
