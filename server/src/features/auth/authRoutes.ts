import { LoginBody, PasswordChangeBody, RegisterBody } from '@pavilion/shared';
import type { Router } from 'express';
import { clearSessionCookie, requireUser, setSessionCookie } from '../../http/requestAuth.js';
import { parseInput } from '../../http/validate.js';
import type { AuthService } from './authService.js';

/** `/api/auth/*` and `/api/me`. */
export function registerAuthRoutes(router: Router, auth: AuthService): void {
  router.post('/auth/register', async (req, res) => {
    const body = parseInput(RegisterBody, req.body, 'body');
    const answer = await auth.register(body, req.ip ?? 'unknown');
    setSessionCookie(req, res, answer.token);
    res.status(201).json(answer);
  });

  router.post('/auth/login', async (req, res) => {
    const body = parseInput(LoginBody, req.body, 'body');
    const answer = await auth.login(body.email, body.password, req.ip ?? 'unknown');
    setSessionCookie(req, res, answer.token);
    res.json(answer);
  });

  router.post('/auth/logout', async (req, res) => {
    if (req.sessionToken) await auth.revokeSession(req.sessionToken);
    clearSessionCookie(res);
    res.json({ ok: true });
  });

  // Wrong current password → 403 FORBIDDEN (the caller is signed in; a 401 would read as "signed out").
  router.post('/auth/password', async (req, res) => {
    const user = requireUser(req);
    const body = parseInput(PasswordChangeBody, req.body, 'body');
    await auth.changePassword(user, req.sessionToken ?? null, body.currentPassword, body.newPassword, req.ip ?? 'unknown');
    res.json({ ok: true });
  });

  // A guest (no token at all) is an ordinary answer, not an error: every page asks, and browsers log a 401 as an
  // error. A token that no longer works is still UNAUTHENTICATED: the client learns its session has ended.
  router.get('/me', async (req, res) => {
    if (!req.sessionToken) {
      res.json({ user: null });
      return;
    }
    const user = requireUser(req);
    res.json({ user: await auth.publicUser(user) });
  });
}
