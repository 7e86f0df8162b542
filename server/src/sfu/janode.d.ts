// The part of Meetecho's `janode` (plain JavaScript, no types of its own) that Pavilion uses.
declare module 'janode' {
  import type { EventEmitter } from 'node:events';

  export interface JanusMessage {
    janus: string;
    plugindata?: { plugin: string; data: Record<string, unknown> };
    jsep?: { type: 'offer' | 'answer'; sdp: string };
    [key: string]: unknown;
  }
  export interface JanodeHandle extends EventEmitter {
    id: number;
    message(body: Record<string, unknown>, jsep?: Record<string, unknown>): Promise<JanusMessage>;
    trickle(candidate: object): Promise<unknown>;
    trickleComplete(): Promise<unknown>;
    hangup(): Promise<unknown>;
    detach(): Promise<unknown>;
  }
  export interface JanodeSession extends EventEmitter {
    id: number;
    attach(plugin: unknown): Promise<JanodeHandle>;
    destroy(): Promise<unknown>;
  }
  export interface JanodeConnection extends EventEmitter {
    create(ka_interval?: number): Promise<JanodeSession>;
    close(): Promise<unknown>;
  }
  const Janode: {
    connect(config: {
      address: { url: string; apisecret?: string; token?: string } | { url: string; apisecret?: string; token?: string }[];
      retry_time_secs?: number;
      max_retries?: number;
      is_admin?: boolean;
    }): Promise<JanodeConnection>;
    Logger: { setLevel(level: 'debug' | 'verb' | 'info' | 'warn' | 'error' | 'none'): string };
    EVENT: {
      CONNECTION_CLOSED: string;
      SESSION_DESTROYED: string;
      HANDLE_DETACHED: string;
      HANDLE_HANGUP: string;
      CONNECTION_ERROR: string;
    };
  };
  export default Janode;
}

declare module 'janode/plugins/videoroom' {
  const VideoRoomPlugin: { EVENT: Record<string, string> };
  export default VideoRoomPlugin;
}
