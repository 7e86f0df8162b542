import { LoginBody, RegisterBody } from '@pavilion/shared';
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

  router.get('/me', async (req, res) => {
    const user = requireUser(req);
    res.json({ user: await auth.publicUser(user) });
  });
}
