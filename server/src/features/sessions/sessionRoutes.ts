import { Id, SessionsQuery } from '@pavilion/shared';
import type { Request, Router } from 'express';
import { z } from 'zod';
import { requireUser } from '../../http/requestAuth.js';
import { parseId, parseInput } from '../../http/validate.js';
import type { Redis } from '../../redis/client.js';
import { toIcs } from './ics.js';
import type { SessionService } from './sessionService.js';

const ProgrammeQuery = z.strictObject({ hallId: Id.optional() });

function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

async function redisNow(redis: Redis): Promise<number> {
  const [s, us] = await redis.time();
  return Number(s) * 1000 + Math.floor(Number(us) / 1000);
}

/**
 * The programme (`GET /api/sessions…`), calendar exports and reminders. The service needs the Socket.IO
 * server, which is built after the routes: `sessions()` resolves it per request.
 */
export function registerSessionRoutes(router: Router, sessions: () => SessionService, redis: Redis): void {
  router.get('/sessions', async (req, res) => {
    const q = parseInput(SessionsQuery, req.query, 'query');
    res.json({ items: await sessions().list(q) });
  });

  router.get('/sessions/programme.ics', async (req, res) => {
    const q = parseInput(ProgrammeQuery, req.query, 'query');
    const items = await sessions().list({ hallId: q.hallId, limit: 500 });
    res
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', 'attachment; filename="pavilion-programme.ics"')
      .send(toIcs(items, originOf(req), await redisNow(redis), 'Pavilion programme'));
  });

  router.get('/sessions/reminders', async (req, res) => {
    const user = requireUser(req);
    res.json({ sessionIds: await sessions().reminders(user.id) });
  });

  router.get('/sessions/:id', async (req, res) => {
    const id = parseId(req.params.id);
    const [session, page] = await Promise.all([sessions().session(id), sessions().questions(id)]);
    res.json({ session, questions: page.questions, questionCount: page.total });
  });

  router.get('/sessions/:id/ics', async (req, res) => {
    const session = await sessions().session(parseId(req.params.id));
    res
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="session-${session.id}.ics"`)
      .send(toIcs([session], originOf(req), await redisNow(redis), session.title));
  });

  router.put('/sessions/:id/reminder', async (req, res) => {
    const user = requireUser(req);
    res.json({ reminded: await sessions().setReminder(user.id, parseId(req.params.id), true) });
  });

  router.delete('/sessions/:id/reminder', async (req, res) => {
    const user = requireUser(req);
    res.json({ reminded: await sessions().setReminder(user.id, parseId(req.params.id), false) });
  });
}
