/**
 * The seam between the session page and how video travels. The page only ever talks to a
 * {@link MediaTransport}; which one it gets is decided by the `media` field of the `session:join` ack
 * (see {@link createMediaTransport} and docs/live-video.md), so a deployment can swap the peer-to-peer
 * transport for an SFU without touching the page.
 */

/** Where a viewer's video stands. */
export type SubscriptionState = 'connecting' | 'connected' | 'failed' | 'closed';

/** What a viewer's subscription reports: the host's stream (again after every reconnect) and state changes. */
export type SubscriptionEvent = { type: 'stream'; stream: MediaStream } | { type: 'state'; state: SubscriptionState };

/** One session's video, for its host and for its viewers. */
export interface MediaTransport {
  /**
   * Host: sends `stream` to every viewer who asks, now and later. Publishing a new stream while one is
   * out (camera → screen) swaps the tracks in place: viewers keep their connection.
   */
  publish(stream: MediaStream): Promise<void>;
  /** Host: stops sending and drops every viewer's connection. */
  unpublish(): void;
  /**
   * Viewer: asks the host for video and reports through `onEvent`. Calling it again restarts the
   * subscription (after a reconnect, or when the user asks to try again).
   */
  subscribe(onEvent: (event: SubscriptionEvent) => void): void;
  /** Viewer: stops receiving (the host stopped broadcasting, or the session ended). */
  unsubscribe(): void;
  /** Drops everything and stops listening: the page is going away. */
  close(): void;
  /**
   * Host, after the socket reconnected: sends `stream` again where the server forgot the old connection
   * (the SFU's); absent where nothing needs redoing (peer to peer: viewers ask again).
   */
  resume?(stream: MediaStream): Promise<void>;
  /** Viewer: picks a simulcast layer (0 low … 2 high), where the transport has layers (the SFU's). */
  setLayer?(layer: 0 | 1 | 2): Promise<void>;
  /** The layer the viewer gets now or next, where the transport has layers. */
  currentLayer?(): 0 | 1 | 2;
}
