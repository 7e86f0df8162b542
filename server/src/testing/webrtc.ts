import { MediaStreamTrack, RTCPeerConnection } from 'werift';
import { emitAck, type TestSocket } from './harness.js';

/** A headless peer's offer to send these tracks, with every ICE candidate in it (no trickle): its SDP. */
export async function sendOnlyOffer(pc: RTCPeerConnection, tracks: MediaStreamTrack[]): Promise<string> {
  for (const track of tracks) pc.addTransceiver(track, { direction: 'sendonly' });
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise<void>((res) => {
    if (pc.iceGatheringState === 'complete') return res();
    pc.iceGatheringStateChange.subscribe((s) => {
      if (s === 'complete') res();
    });
  });
  return pc.localDescription?.sdp ?? '';
}

/** Resolves once the peer connection is connected. */
export function connected(pc: RTCPeerConnection): Promise<void> {
  return new Promise<void>((done) => {
    if (pc.connectionState === 'connected') return done();
    pc.connectionStateChange.subscribe((s) => {
      if (s === 'connected') done();
    });
  });
}

/**
 * A host's headless camera published through `sfu:publish` (the server answers with Janus's SDP), once connected:
 * `track` is what the caller writes RTP to, if it wants frames to flow. Throws when the server refuses.
 */
export async function publishThroughSfu(
  socket: TestSocket,
  sessionId: string,
  pc: RTCPeerConnection = new RTCPeerConnection(),
  track: MediaStreamTrack = new MediaStreamTrack({ kind: 'video' }),
): Promise<{ type: 'answer'; sdp: string }> {
  const sdp = await sendOnlyOffer(pc, [track]);
  const res = await emitAck<{ description: { type: 'answer'; sdp: string } }>(socket, 'sfu:publish', {
    sessionId,
    description: { type: 'offer', sdp },
  });
  if (!res.ok) throw new Error(res.error.message);
  await pc.setRemoteDescription(res.description);
  await connected(pc);
  return res.description;
}
