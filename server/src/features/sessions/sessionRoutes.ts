import { Id, SessionsQuery } from '@pavilion/shared';
import type { Request, Router } from 'express';
import { z } from 'zod';
import { requireUser } from '../../http/requestAuth.js';
import { parseId, parseInput } from '../../http/validate.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import { toIcs } from './ics.js';
import type { SessionAudience } from './sessionAudience.js';
import type { SessionLifecycle } from './sessionLifecycle.js';
import type { SessionReminders } from './sessionReminders.js';

const ProgrammeQuery = z.strictObject({ hallId: Id.optional() });

function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** What the session routes read: the programme, the Q&A and reminders. */
export interface SessionRouteParts {
  lifecycle: SessionLifecycle;
  audience: SessionAudience;
  reminders: SessionReminders;
}

/** The programme (`GET /api/sessions…`), calendar exports and reminders. */
export function registerSessionRoutes(router: Router, { lifecycle, audience, reminders }: SessionRouteParts, redis: Redis): void {
  router.get('/sessions', async (req, res) => {
    const q = parseInput(SessionsQuery, req.query, 'query');
    res.json({ items: await lifecycle.list(q) });
  });

  router.get('/sessions/programme.ics', async (req, res) => {
    const q = parseInput(ProgrammeQuery, req.query, 'query');
    const items = await lifecycle.list({ hallId: q.hallId, limit: 500 });
    res
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', 'attachment; filename="pavilion-programme.ics"')
      .send(toIcs(items, originOf(req), await redisNow(redis), 'Pavilion programme'));
  });

  router.get('/sessions/reminders', async (req, res) => {
    const user = requireUser(req);
    res.json({ sessionIds: await reminders.reminders(user.id) });
  });

  router.get('/sessions/:id', async (req, res) => {
    const id = parseId(req.params.id);
    const [session, page] = await Promise.all([lifecycle.session(id), audience.questions(id)]);
    res.json({ session, questions: page.questions, questionCount: page.total });
  });

  router.get('/sessions/:id/ics', async (req, res) => {
    const session = await lifecycle.session(parseId(req.params.id));
    res
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="session-${session.id}.ics"`)
      .send(toIcs([session], originOf(req), await redisNow(redis), session.title));
  });

  router.put('/sessions/:id/reminder', async (req, res) => {
    const user = requireUser(req);
    res.json({ reminded: await reminders.setReminder(user.id, parseId(req.params.id), true) });
  });

  router.delete('/sessions/:id/reminder', async (req, res) => {
    const user = requireUser(req);
    res.json({ reminded: await reminders.setReminder(user.id, parseId(req.params.id), false) });
  });
}
