import { type DealsAnswer, DealsQuery } from '@pavilion/shared';
import type { Router } from 'express';
import { fail } from '../../errors/appError.js';
import { requireUser } from '../../http/requestAuth.js';
import { parseInput } from '../../http/validate.js';
import { type DealsService, dealsToCsv } from './dealsService.js';

/** `GET /api/deals` (own deals; the organizer's whole ledger) as JSON or `?format=csv`. */
export function registerDealsRoutes(router: Router, deals: DealsService): void {
  router.get('/deals', async (req, res) => {
    const user = requireUser(req);
    const q = parseInput(DealsQuery, req.query, 'query');
    if (q.scope === 'all' && user.role !== 'organizer') throw fail.forbidden('only organizers may read the whole ledger', 'organizersOnly');
    const scoped = q.scope === 'own' && user.role === 'organizer' ? { ...user, role: 'visitor' as const } : user;
    const items = await deals.list(scoped, q);
    if (q.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="pavilion-deals-${new Date().toISOString().slice(0, 10)}.csv"`);
      res.send(dealsToCsv(items));
      return;
    }
    res.json({ items } satisfies DealsAnswer);
  });
}
