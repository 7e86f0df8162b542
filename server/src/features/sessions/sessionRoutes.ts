import { Id, type SessionAnswer, SessionsQuery } from '@pavilion/shared';
import type { Request, Router } from 'express';
import { z } from 'zod';
import { fail } from '../../errors/appError.js';
import type { FileStore } from '../../files/fileStore.js';
import { requireUser } from '../../http/requestAuth.js';
import { parseId, parseInput } from '../../http/validate.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import { keys } from '../../redis/keys.js';
import { toIcs } from './ics.js';
import { assertMayWatch, audienceOf } from './sessionAccess.js';
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
  /** Where replays are kept. */
  files: FileStore;
}

/** The programme (`GET /api/sessions…`), calendar exports and reminders. */
export function registerSessionRoutes(router: Router, { lifecycle, audience, reminders, files }: SessionRouteParts, redis: Redis): void {
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
    const session = await lifecycle.session(id);
    // A registered session's programme entry is public (a guest sees what it is, and a sign-in prompt); its Q&A and
    // the replay's timeline are not.
    if (session.audience === 'registered' && !req.principal) {
      const answer: SessionAnswer = { session, questions: [], questionCount: 0, spotlights: [] };
      res.json(answer);
      return;
    }
    const [page, spotlights] = await Promise.all([audience.questions(id), lifecycle.spotlights(id)]);
    const answer: SessionAnswer = { session, questions: page.questions, questionCount: page.total, spotlights };
    res.json(answer);
  });

  // The replay (WebM, VP8 + Opus) of an ended, recorded session; for whoever may watch the session (a registered
  // one's needs a signed-in caller). Byte ranges are served, so a player can seek (the replay's timeline jumps to a
  // spotlight) without reading the whole file.
  router.get('/sessions/:id/recording', async (req, res) => {
    const id = parseId(req.params.id);
    const [exists, sha, stored] = await redis.hmGet(keys.liveSession(id), ['id', 'recordingSha', 'audience']);
    if (!exists) throw fail.notFound('session');
    assertMayWatch(stored, req.principal?.id);
    const file = sha ? await files.stat(sha) : null;
    if (!file) throw fail.notFound('session', 'no replay for this session');
    // A shared cache may keep a public replay; a registered one's only the signed-in browser that fetched it.
    const cache = audienceOf(stored) === 'public' ? 'public, max-age=31536000, immutable' : 'private, max-age=31536000, immutable';
    const headers = { 'Accept-Ranges': 'bytes', 'Cache-Control': cache, ETag: `"${file.sha256}"` };
    const ranges = req.headers.range ? req.range(file.size, { combine: true }) : undefined;
    if (ranges === -1) {
      res
        .status(416)
        .set({ ...headers, 'Content-Range': `bytes */${file.size}` })
        .end();
      return;
    }
    const slice = Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1 ? ranges[0] : undefined;
    const body = await files.get(file.sha256, slice);
    if (!body) throw fail.notFound('session', 'no replay for this session');
    res.type(file.contentType);
    if (slice) {
      res.status(206).set({
        ...headers,
        'Content-Range': `bytes ${slice.start}-${slice.end}/${file.size}`,
        'Content-Length': String(slice.end - slice.start + 1),
      });
    } else {
      res.status(200).set({ ...headers, 'Content-Length': String(file.size) });
    }
    body.pipe(res);
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
