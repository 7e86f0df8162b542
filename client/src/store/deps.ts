import { rest } from '../net/rest';
import { isConnected, sendTyping, request as socketRequest } from '../net/socket';

/** What the store needs from the socket half of the gateway. */
export interface SocketDeps {
  request: typeof socketRequest;
  sendTyping: (room: string) => void;
  isConnected: () => boolean;
}

/**
 * What the store needs from the network: the gateway's REST calls and socket requests
 * (tests pass an in-memory server instead).
 */
export type StoreDeps = {
  rest: Pick<typeof rest, 'me' | 'login' | 'register' | 'logout' | 'expo' | 'hall' | 'stats'>;
  socket: SocketDeps;
};

export const defaultDeps: StoreDeps = { rest, socket: { request: socketRequest, sendTyping, isConnected } };
