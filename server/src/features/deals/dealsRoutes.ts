import { type DealProofAnswer, type DealsAnswer, DealsQuery, type LedgerRootsAnswer, LedgerRootsQuery } from '@pavilion/shared';
import type { Router } from 'express';
import { fail } from '../../errors/appError.js';
import { requireUser } from '../../http/requestAuth.js';
import { parseId, parseInput } from '../../http/validate.js';
import { type DealsService, dealsToCsv } from './dealsService.js';
import type { MerkleLedger } from './merkleLedger.js';

/**
 * `GET /api/deals` (own deals; the organizer's whole ledger) as JSON or `?format=csv`; the public Merkle
 * roots of each day's deals and a party's inclusion proof of its deal.
 */
export function registerDealsRoutes(router: Router, deals: DealsService, merkle: MerkleLedger): void {
  router.get('/ledger/roots', async (req, res) => {
    const q = parseInput(LedgerRootsQuery, req.query, 'query');
    res.json({ items: await merkle.roots(q.limit) } satisfies LedgerRootsAnswer);
  });

  router.get('/deals/:id/proof', async (req, res) => {
    const user = requireUser(req);
    res.json((await merkle.proof(user, parseId(req.params.id))) satisfies DealProofAnswer);
  });

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
