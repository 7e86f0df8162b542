import { fail } from '../errors/appError.js';
import type { Principal } from '../features/auth/authService.js';
import type { AppSocket } from './types.js';

/** The signed-in user behind a socket, as the services take it; UNAUTHENTICATED for a guest. */
export function principalOf(socket: AppSocket): Principal {
  const d = socket.data;
  if (!d.userId) throw fail.unauthenticated();
  return { id: d.userId, displayName: d.displayName, role: d.role === 'guest' ? 'visitor' : d.role, email: '', orgId: d.orgId };
}
