import type { FavouriteSaved, FavouritesAnswer } from '@pavilion/shared';
import type { Request, Router } from 'express';
import { requireUser } from '../../http/requestAuth.js';
import { parseId } from '../../http/validate.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import type { Principal } from '../auth/authService.js';
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

  // Booths and exhibits are saved and removed alike; the booth routes come first so `/:exhibitId` does not take them.
  const kinds = [
    {
      path: '/favourites/booths/:id',
      field: 'boothId',
      save: (user: Principal, id: string) => favourites.saveBooth(user, id),
      remove: (user: Principal, id: string) => favourites.removeBooth(user, id),
    },
    {
      path: '/favourites/:id',
      field: 'exhibitId',
      save: (user: Principal, id: string) => favourites.saveExhibit(user, id),
      remove: (user: Principal, id: string) => favourites.removeExhibit(user, id),
    },
  ];
  for (const { path, field, save, remove } of kinds) {
    router.put(path, async (req, res) => {
      const savedAt = await save(requireUser(req), parseId(req.params.id, field));
      res.json({ savedAt } satisfies FavouriteSaved);
    });

    router.delete(path, async (req, res) => {
      await remove(requireUser(req), parseId(req.params.id, field));
      res.json({ ok: true });
    });
  }
}
