import type { IncomingMessage } from 'node:http';
import type { ClientAddressResolver } from '../http/clientAddress.js';
import { tokenFrom } from '../http/requestAuth.js';

/** Why a handshake is refused before anyone is authenticated, or null when its origin is acceptable. */
export type OriginRefusal = { code: 'FORBIDDEN' | 'UNAUTHENTICATED'; message: string } | null;

/**
 * Which pages may open a socket that rides on the visitor's session cookie.
 *
 * A browser attaches the `sid` cookie to a WebSocket handshake whatever page opens it, so without this a
 * foreign site could act as its signed-in visitor (cross-site WebSocket hijacking). Browsers always send
 * `Origin` on a WebSocket handshake and on cross-origin requests, and a page cannot forge it.
 *
 * - With `allowed` empty the app's own origin is accepted: the request's protocol (from a trusted
 *   proxy's `X-Forwarded-Proto`, see ClientAddressResolver) and its `Host` header (port included, so the
 *   proxy must forward the client's `Host` as sent). Otherwise exactly the listed origins are accepted.
 * - A handshake without `Origin` is a non-browser client: it must authenticate with `auth.token`; one
 *   that would ride on a cookie is refused. One carrying neither is a guest, which authenticates nothing.
 * - Exception: browsers leave `Origin` off same-origin GETs, which is how the long-polling fallback
 *   starts; `Sec-Fetch-Site: same-origin` (which pages cannot set either) vouches for those.
 */
export class HandshakeOriginPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(
    allowedOrigins: readonly string[],
    private readonly addresses: ClientAddressResolver,
  ) {
    this.allowed = new Set(allowedOrigins.map(normalizeOrigin));
  }

  check(req: IncomingMessage, bearer: boolean): OriginRefusal {
    const origin = req.headers.origin;
    if (typeof origin === 'string' && origin !== '') {
      return this.accepts(origin, req) ? null : { code: 'FORBIDDEN', message: `origin ${origin} may not open a socket here` };
    }
    if (bearer || !hasSessionCookie(req)) return null;
    if (req.headers['sec-fetch-site'] === 'same-origin') return null;
    return { code: 'UNAUTHENTICATED', message: 'a handshake without Origin must authenticate with a bearer token (auth.token)' };
  }

  private accepts(origin: string, req: IncomingMessage): boolean {
    const given = normalizeOrigin(origin);
    if (this.allowed.size > 0) return this.allowed.has(given);
    const host = req.headers.host;
    return typeof host === 'string' && given === normalizeOrigin(`${this.addresses.protocolOf(req)}://${host}`);
  }
}

/** `Https://Expo.Example:443/` and `https://expo.example` are the same origin. */
export function normalizeOrigin(value: string): string {
  try {
    const u = new URL(value);
    return `${u.protocol}//${u.host}`;
  } catch {
    return value.trim().toLowerCase();
  }
}

function hasSessionCookie(req: IncomingMessage): boolean {
  return tokenFrom(undefined, req.headers.cookie) !== null;
}
