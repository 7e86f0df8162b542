import type { SessionJoinAnswer } from '@pavilion/shared';
import { useEffect, useState } from 'react';
import { createMediaTransport } from './media/createMediaTransport';
import type { MediaTransport } from './media/MediaTransport';

/**
 * The session's media transport, made from the join ack's `media` settings and closed with the page.
 * `unavailable` when this browser (or this client version) cannot do the transport the server chose.
 */
export function useMediaTransport(sessionId: string, media: Pick<SessionJoinAnswer, 'media' | 'iceServers'> | null) {
  const [transport, setTransport] = useState<MediaTransport | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  // The settings rarely change between joins; a new transport only when they do.
  const key = media ? JSON.stringify(media) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `media`'s content
  useEffect(() => {
    if (!media) return;
    let made: MediaTransport;
    try {
      if (typeof RTCPeerConnection === 'undefined') throw new Error('no WebRTC in this browser');
      made = createMediaTransport(sessionId, media);
    } catch (error) {
      console.warn('live video unavailable', error);
      setUnavailable(true);
      return;
    }
    setUnavailable(false);
    setTransport(made);
    return () => {
      made.close();
      setTransport(null);
    };
  }, [sessionId, key]);
  return { transport, unavailable };
}
