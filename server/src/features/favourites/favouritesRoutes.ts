import type { FavouriteSaved, FavouritesAnswer } from '@pavilion/shared';
import type { Request, Router } from 'express';
import { requireUser } from '../../http/requestAuth.js';
import { parseId } from '../../http/validate.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import { toIcs } from '../sessions/ics.js';
import { type FavouritesService, favouritesToCsv } from './favouritesService.js';

function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** The caller's briefcase: saved exhibits and booths, and its CSV and calendar exports. */
export function registerFavouritesRoutes(router: Router, favourites: FavouritesService, redis: Redis): void {
  router.get('/favourites', async (req, res) => {
    res.json((await favourites.list(requireUser(req))) satisfies FavouritesAnswer);
  });

  router.get('/favourites/export.csv', async (req, res) => {
    const list = await favourites.list(requireUser(req));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="pavilion-briefcase.csv"');
    res.send(favouritesToCsv(list, originOf(req)));
  });

  router.get('/favourites/sessions.ics', async (req, res) => {
    const sessions = await favourites.sessionsOfSaved(requireUser(req));
    res
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', 'attachment; filename="pavilion-briefcase.ics"')
      .send(toIcs(sessions, originOf(req), await redisNow(redis), 'Pavilion briefcase'));
  });

  router.put('/favourites/booths/:boothId', async (req, res) => {
    const user = requireUser(req);
    const savedAt = await favourites.saveBooth(user, parseId(req.params.boothId, 'boothId'));
    res.json({ savedAt } satisfies FavouriteSaved);
  });

  router.delete('/favourites/booths/:boothId', async (req, res) => {
    const user = requireUser(req);
    await favourites.removeBooth(user, parseId(req.params.boothId, 'boothId'));
    res.json({ ok: true });
  });

  router.put('/favourites/:exhibitId', async (req, res) => {
    const user = requireUser(req);
    const savedAt = await favourites.saveExhibit(user, parseId(req.params.exhibitId, 'exhibitId'));
    res.json({ savedAt } satisfies FavouriteSaved);
  });

  router.delete('/favourites/:exhibitId', async (req, res) => {
    const user = requireUser(req);
    await favourites.removeExhibit(user, parseId(req.params.exhibitId, 'exhibitId'));
    res.json({ ok: true });
  });
}
