import { parse as parseCookie } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import { fail } from '../errors/appError.js';
import type { AuthService, Principal } from '../features/auth/authService.js';
import { SESSION_TTL_S } from '../features/auth/authService.js';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal | null;
    sessionToken?: string | null;
  }
}

/** The session token a request or handshake carries: `Authorization: Bearer …` first, then the `sid` cookie. */
export function tokenFrom(authorization: string | undefined, cookieHeader: string | undefined): string | null {
  if (authorization?.startsWith('Bearer ')) return authorization.slice(7).trim() || null;
  if (cookieHeader) return parseCookie(cookieHeader).sid ?? null;
  return null;
}

/** Resolves the caller (or null) onto `req.principal` for every API request. */
export function resolvePrincipal(auth: AuthService) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const token = tokenFrom(req.headers.authorization, req.headers.cookie);
    req.sessionToken = token;
    req.principal = token ? await auth.authenticate(token) : null;
    next();
  };
}

/** The signed-in caller, or UNAUTHENTICATED. */
export function requireUser(req: Request): Principal {
  if (!req.principal) throw fail.unauthenticated();
  return req.principal;
}

/** The signed-in caller if the organizer; UNAUTHENTICATED, or FORBIDDEN (`organizersOnly`) saying `why`. */
export function requireOrganizer(req: Request, why = 'organizers only'): Principal {
  const user = requireUser(req);
  if (user.role !== 'organizer') throw fail.forbidden(why, 'organizersOnly');
  return user;
}

/** Sets the httpOnly SameSite=Lax session cookie. */
export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie('sid', token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    maxAge: SESSION_TTL_S * 1000,
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(res: Response): void {
  res.clearCookie('sid', { path: '/' });
}
