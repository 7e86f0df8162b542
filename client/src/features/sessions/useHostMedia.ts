import { useCallback, useEffect, useRef, useState } from 'react';
import { isConnected } from '../../net/gateway';
import type { MediaTransport } from './media/MediaTransport';

/** What the host is sending: the camera or a screen. */
export type VideoSource = 'camera' | 'screen';

/** Why capture did not start, as the host console words it. */
export type CaptureFailure = 'denied' | 'noDevice' | 'busy' | 'other' | 'notAnnounced';

function failureOf(error: unknown): CaptureFailure {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noDevice';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'other';
}

async function captureCamera(): Promise<MediaStream> {
  const video = { width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 30 } };
  try {
    return await navigator.mediaDevices.getUserMedia({ video, audio: { echoCancellation: true, noiseSuppression: true } });
  } catch (error) {
    // No microphone (or it is busy) should not cost the picture.
    if (failureOf(error) === 'denied') throw error;
    return navigator.mediaDevices.getUserMedia({ video });
  }
}

function stopTracks(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

interface Options {
  transport: MediaTransport | null;
  /** The session is live (video only runs then). */
  live: boolean;
  /** Successful joins so far: after a rejoin the host's socket must say it broadcasts again. */
  joins: number;
  broadcast: (on: boolean) => Promise<void>;
}

/**
 * The host's camera or screen in this tab: capture, hand it to the transport, and tell the server
 * (`session:broadcast`) so viewers ask for it. Stopped when the session ends or the page goes away.
 */
export function useHostMedia({ transport, live, joins, broadcast }: Options) {
  const [local, setLocal] = useState<{ stream: MediaStream; source: VideoSource } | null>(null);
  const [failure, setFailure] = useState<{ source: VideoSource; reason: CaptureFailure } | null>(null);
  const [busy, setBusy] = useState(false);
  const stream = useRef<MediaStream | null>(null);
  const broadcastRef = useRef(broadcast);
  broadcastRef.current = broadcast;
  const transportRef = useRef(transport);
  transportRef.current = transport;

  const supported = typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
  const canShareScreen = supported && typeof navigator.mediaDevices.getDisplayMedia === 'function';

  const stop = useCallback(async () => {
    const had = stream.current;
    stream.current = null;
    setLocal(null);
    transportRef.current?.unpublish();
    stopTracks(had);
    if (had && isConnected()) await broadcastRef.current(false).catch(() => {});
  }, []);

  const start = useCallback(
    async (source: VideoSource) => {
      const t = transportRef.current;
      if (!t) return;
      setBusy(true);
      setFailure(null);
      let next: MediaStream;
      try {
        next = source === 'camera' ? await captureCamera() : await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
      } catch (error) {
        setFailure({ source, reason: failureOf(error) });
        setBusy(false);
        return;
      }
      const previous = stream.current;
      stream.current = next;
      setLocal({ stream: next, source });
      // The browser's own "Stop sharing" button ends the screen track: stop with it.
      for (const track of next.getVideoTracks()) {
        track.addEventListener('ended', () => {
          if (stream.current === next) void stop();
        });
      }
      try {
        await t.publish(next);
        stopTracks(previous);
        await broadcastRef.current(true);
      } catch (error) {
        console.warn('video on, but not announced', error);
        setFailure({ source, reason: 'notAnnounced' });
      } finally {
        setBusy(false);
      }
    },
    [stop],
  );

  // A new transport (new media settings from a rejoin) takes over what is being sent.
  useEffect(() => {
    if (transport && stream.current) void transport.publish(stream.current);
  }, [transport]);

  // The session ended (or was never live here): nothing to send.
  useEffect(() => {
    if (!live && stream.current) void stop();
  }, [live, stop]);

  // A rejoin is a new socket: it sends again where the transport needs it (SFU), then says it broadcasts.
  useEffect(() => {
    const sending = stream.current;
    if (joins <= 1 || !sending) return;
    const resume = transportRef.current?.resume?.(sending) ?? Promise.resolve();
    resume.then(() => broadcastRef.current(true)).catch(() => setFailure({ source: 'camera', reason: 'notAnnounced' }));
  }, [joins]);

  // The page goes away: camera off, viewers told.
  useEffect(() => () => void stop(), [stop]);

  return { local, failure, busy, supported, canShareScreen, start, stop };
}
