import type { ServerToClientEvents } from '@pavilion/shared';
import { onConnectionState, onServer, socketRequest } from '../../../net/gateway';

/** A signal from a peer, as the server relays it. */
export type IncomingSignal = Parameters<ServerToClientEvents['rtc:signal']>[0];
/** An offer or answer on the wire. */
export type WireDescription = NonNullable<IncomingSignal['description']>;
/** An ICE candidate on the wire. */
export type WireCandidate = NonNullable<IncomingSignal['candidate']>;

/** A signal this side sends to one peer (a socket id): a description or a candidate. */
export type OutgoingSignal = { sessionId: string; to: string } & (
  | { description: WireDescription; candidate?: never }
  | { candidate: WireCandidate; description?: never }
);

/** How a peer-to-peer transport reaches the other side: the `rtc:*` events, and whether the socket is up. */
export interface RtcSignalling {
  /** Viewer: asks the host for video (`rtc:want`); rejects with the server's refusal. */
  want(sessionId: string): Promise<void>;
  /** Sends an offer, answer or candidate to one peer (`rtc:signal`). */
  send(signal: OutgoingSignal): void;
  /** Host: a viewer wants video. */
  onWant(handler: (p: { sessionId: string; from: string }) => void): () => void;
  onSignal(handler: (p: IncomingSignal) => void): () => void;
  /** Host: a viewer left or disconnected. */
  onGone(handler: (p: { sessionId: string; from: string }) => void): () => void;
  /** The socket dropped: every peer id we know is stale (they change with each connection). */
  onOffline(handler: () => void): () => void;
}

/** Signalling over the app's one Socket.IO connection. */
export const socketSignalling: RtcSignalling = {
  want: async (sessionId) => {
    await socketRequest('rtc:want', { sessionId });
  },
  send: (signal) => {
    socketRequest('rtc:signal', signal).catch((error: unknown) => {
      // A lost signal shows up as a connection that never completes; the viewer side retries that.
      console.debug('rtc:signal not delivered', error);
    });
  },
  onWant: (handler) => onServer('rtc:want', handler),
  onSignal: (handler) => onServer('rtc:signal', handler),
  onGone: (handler) => onServer('rtc:gone', handler),
  onOffline: (handler) =>
    onConnectionState((state) => {
      if (state !== 'online') handler();
    }),
};
