import { EventEmitter } from 'node:events';
import type { SessionRevocation } from '../features/auth/authService.js';

/**
 * What one part of a node tells parts built before it can know them (the socket server is built from
 * the auth service, and must hear from it which sessions ended). Listeners must not throw.
 */
export interface AppEventMap {
  /** Sessions ended (sign-out, password change): their open sockets must be closed, on every node. */
  sessionsRevoked: [revocation: SessionRevocation];
}

/** The node's in-process event bus, typed by {@link AppEventMap}. */
export class AppEvents extends EventEmitter<AppEventMap> {}
