import type { MeetingStream } from '@pavilion/shared';
import { onConnectionState, onServer, socketRequest } from '../../net/gateway';
import type { RtcSignalling } from '../sessions';

/** The channel one camera of a meeting travels on, as the peer-to-peer transport names its "session". */
export function meetingChannel(meetingId: string, stream: MeetingStream): string {
  return `${meetingId}:${stream}`;
}

function streamOf(channel: string): MeetingStream {
  return channel.endsWith(':staff') ? 'staff' : 'visitor';
}

/**
 * The live sessions' peer-to-peer transport, carried by the `meeting:*` events: each party's camera is one
 * channel (`<meetingId>:visitor`, `<meetingId>:staff`) whose sender offers and whose receiver answers.
 */
export function meetingSignalling(meetingId: string): RtcSignalling {
  return {
    want: async (channel) => {
      await socketRequest('meeting:want', { meetingId, stream: streamOf(channel) });
    },
    send: (signal) => {
      const { sessionId: channel, ...rest } = signal;
      socketRequest('meeting:signal', { meetingId, stream: streamOf(channel), ...rest }).catch((error: unknown) => {
        console.debug('meeting:signal not delivered', error);
      });
    },
    onWant: (handler) =>
      onServer('meeting:want', (p) => {
        if (p.meetingId === meetingId) handler({ sessionId: meetingChannel(meetingId, p.stream), from: p.from });
      }),
    onSignal: (handler) =>
      onServer('meeting:signal', (p) => {
        if (p.meetingId !== meetingId) return;
        const { meetingId: _m, stream, ...rest } = p;
        handler({ ...rest, sessionId: meetingChannel(meetingId, stream) });
      }),
    onGone: (handler) =>
      onServer('meeting:gone', (p) => {
        if (p.meetingId !== meetingId) return;
        handler({ sessionId: meetingChannel(meetingId, 'visitor'), from: p.from });
        handler({ sessionId: meetingChannel(meetingId, 'staff'), from: p.from });
      }),
    onOffline: (handler) =>
      onConnectionState((state) => {
        if (state !== 'online') handler();
      }),
  };
}
