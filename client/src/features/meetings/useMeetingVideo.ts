import type { MeetingJoinAnswer } from '@pavilion/shared';
import { useEffect, useRef, useState } from 'react';
import { P2pTransport, type SubscriptionEvent } from '../sessions';
import { meetingChannel, meetingSignalling } from './meetingSignalling';

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
  const onEvent = useRef((e: SubscriptionEvent) => {
    if (e.type === 'stream') setRemote(e.stream);
    else setRemoteState(e.state);
  });

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
    rx.subscribe((e) => onEvent.current(e));
    return () => {
      receiver.current = null;
      sender.close();
      rx.close();
      setRemote(null);
    };
  }, [meetingId, mine, iceKey, local]);

  // The other party (re-)entered: ask for its camera again.
  useEffect(() => {
    if (peerArrivals > 0) receiver.current?.subscribe((e) => onEvent.current(e));
  }, [peerArrivals]);

  return { local, remote, remoteState, camera, retry: () => receiver.current?.subscribe((e) => onEvent.current(e)) };
}
