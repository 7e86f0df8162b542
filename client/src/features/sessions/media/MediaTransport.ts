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
}
