import { createHmac } from 'node:crypto';
import type { IceServer } from '@pavilion/shared';

/** TURN servers that take coturn's `use-auth-secret` credentials (the "TURN REST API" scheme). */
export interface TurnConfig {
  /** `turn:` / `turns:` URLs (`TURN_URLS`). */
  urls: string[];
  /** coturn's `static-auth-secret` (`TURN_SECRET`). */
  secret: string;
  /** How long a credential is good for, in seconds (`TURN_TTL_S`). */
  ttlS: number;
}

/** One TURN credential: what a browser puts in `RTCIceServer.username` / `.credential`. */
export interface TurnCredential {
  username: string;
  credential: string;
}

/**
 * coturn's time-limited credential for one user: username `<expiry unix seconds>:<user>`, credential
 * base64(HMAC-SHA1(secret, username)). coturn recomputes the HMAC with its `static-auth-secret` and refuses the
 * allocation once the expiry has passed; nothing is stored anywhere.
 */
export function turnCredential(secret: string, user: string, expiresAtS: number): TurnCredential {
  // ':' separates the expiry from the user in coturn's parsing: keep it out of the user part.
  const username = `${expiresAtS}:${user.replace(/:/g, '_')}`;
  return { username, credential: createHmac('sha1', secret).update(username).digest('base64') };
}

/** The ICE servers one participant gets: `who` is a user id (or a guest's stand-in), named in its TURN username. */
export type IceServersFor = (who: string) => IceServer[];

/**
 * The ICE servers handed to browsers, per participant and per join: the STUN URLs as they are, and the TURN URLs
 * with a credential of that participant's own that expires `ttlS` after it was made (the join that asked).
 */
export function iceServersFor(stunUrls: string[], turn: TurnConfig | null, nowMs: () => number = Date.now): IceServersFor {
  const stun: IceServer[] = stunUrls.length > 0 ? [{ urls: stunUrls }] : [];
  if (!turn || turn.urls.length === 0) return () => stun;
  return (who) => {
    const expiresAtS = Math.floor(nowMs() / 1000) + turn.ttlS;
    return [...stun, { urls: turn.urls, ...turnCredential(turn.secret, who, expiresAtS) }];
  };
}

/** The same ICE servers for everyone (no TURN credentials to make): what a node is given without TURN. */
export function fixedIceServers(servers: IceServer[]): IceServersFor {
  return () => servers;
}
