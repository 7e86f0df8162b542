import type { SessionJoinAnswer } from '@pavilion/shared';
import type { MediaTransport } from './MediaTransport';
import { P2pTransport } from './P2pTransport';
import { socketSignalling } from './signalling';

/**
 * The transport the server asked for in the `session:join` ack. `p2p` is built in; an SFU deployment
 * adds its `media` value and a case here (docs/live-video.md), and the page stays as it is.
 */
export function createMediaTransport(sessionId: string, join: Pick<SessionJoinAnswer, 'media' | 'iceServers'>): MediaTransport {
  const media: string = join.media;
  switch (media) {
    case 'p2p':
      return new P2pTransport({ sessionId, iceServers: join.iceServers, signalling: socketSignalling });
    default:
      // A server newer than this client: no video here, everything else on the page still works.
      throw new Error(`unsupported media transport "${media}"`);
  }
}
