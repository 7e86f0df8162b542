import type { MeetingJoinAnswer } from '@pavilion/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { onServer } from '../../net/gateway';
import { P2pTransport, type SubscriptionEvent } from '../sessions';
import { meetingChannel, meetingSignalling } from './meetingSignalling';

/**
 * How long this side waits for the other camera before a request from the other party (which proves its tab is
 * now listening) makes it ask again at once, instead of at the transport's next retry. Shorter than a normal
 * connection so a lost request costs about a second; long enough that the two sides never ask each other in a loop
 * (the side that was just asked has itself only just asked).
 */
const ASK_AGAIN_AFTER_MS = 1000;

/** Where the camera stands on this side. */
export type CameraState = 'starting' | 'on' | 'denied' | 'unavailable';

/**
 * 1:1 video over the live sessions' peer-to-peer transport, once per direction: this side publishes its
 * camera on its own channel and subscribes to the other party's. Asks again whenever the other party
 * (re-)enters the room; everything is closed with the page.
 */
export function useMeetingVideo(join: MeetingJoinAnswer | null, peerArrivals: number) {
  const [local, setLocal] = useState<MediaStream | null>(null);
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const [remoteState, setRemoteState] = useState<Extract<SubscriptionEvent, { type: 'state' }>['state']>('connecting');
  const [camera, setCamera] = useState<CameraState>('starting');
  const receiver = useRef<P2pTransport | null>(null);
  const connected = useRef(false);
  const lastAsk = useRef(0);
  const onEvent = useRef((e: SubscriptionEvent) => {
    if (e.type === 'stream') setRemote(e.stream);
    else {
      connected.current = e.state === 'connected';
      setRemoteState(e.state);
    }
  });
  const ask = useCallback(() => {
    lastAsk.current = performance.now();
    receiver.current?.subscribe((e) => onEvent.current(e));
  }, []);

  // The camera, once per page.
  useEffect(() => {
    let stream: MediaStream | null = null;
    let alive = true;
    if (!navigator.mediaDevices?.getUserMedia) {
      setCamera('unavailable');
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 } }, audio: true })
      .catch(() => navigator.mediaDevices.getUserMedia({ video: true }))
      .then((s) => {
        if (!alive) {
          for (const track of s.getTracks()) track.stop();
          return;
        }
        stream = s;
        setLocal(s);
        setCamera('on');
      })
      .catch((error: unknown) => {
        if (alive) setCamera(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'unavailable');
      });
    return () => {
      alive = false;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  const meetingId = join?.meeting.id ?? null;
  const mine = join?.stream ?? null;
  const iceKey = join ? JSON.stringify(join.iceServers) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `iceKey` stands for the join's ICE servers
  useEffect(() => {
    if (!join || !meetingId || !mine || typeof RTCPeerConnection === 'undefined') return;
    const signalling = meetingSignalling(meetingId);
    const theirs = mine === 'visitor' ? 'staff' : 'visitor';
    const sender = new P2pTransport({ sessionId: meetingChannel(meetingId, mine), iceServers: join.iceServers, signalling });
    const rx = new P2pTransport({ sessionId: meetingChannel(meetingId, theirs), iceServers: join.iceServers, signalling });
    receiver.current = rx;
    if (local) void sender.publish(local);
    ask();
    // Both parties entering at once: our first request can reach the other tab before its transport listens, and
    // would wait for the transport's retry. The other side asking for our camera shows it listens now.
    const offWant = onServer('meeting:want', (p) => {
      if (p.meetingId !== meetingId || p.stream !== mine || connected.current) return;
      if (performance.now() - lastAsk.current >= ASK_AGAIN_AFTER_MS) ask();
    });
    return () => {
      offWant();
      receiver.current = null;
      sender.close();
      rx.close();
      setRemote(null);
    };
  }, [meetingId, mine, iceKey, local]);

  // The other party (re-)entered: ask for its camera again.
  useEffect(() => {
    if (peerArrivals > 0) ask();
  }, [peerArrivals, ask]);

  return { local, remote, remoteState, camera, retry: ask };
}
