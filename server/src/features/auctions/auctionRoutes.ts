import { CreateAuctionBody, Id } from '@pavilion/shared';
import type { Router } from 'express';
import { z } from 'zod';
import { requireUser } from '../../http/requestAuth.js';
import { parseId, parseInput } from '../../http/validate.js';
import type { AuctionService } from './auctionService.js';

const AuctionsQuery = z.strictObject({ orgId: Id.optional() });

/** `POST /api/auctions`, `GET /api/auctions/:id`, `GET /api/auctions` (live, upcoming, closed). */
export function registerAuctionRoutes(router: Router, auctions: AuctionService, onCreated: (exhibitId: string) => void): void {
  router.post('/auctions', async (req, res) => {
    const user = requireUser(req);
    const body = parseInput(CreateAuctionBody, req.body, 'body');
    const auction = await auctions.create(user, body);
    onCreated(auction.exhibitId);
    res.status(201).json({ auction });
  });

  router.get('/auctions', async (req, res) => {
    const q = parseInput(AuctionsQuery, req.query, 'query');
    res.json(await auctions.list(q.orgId));
  });

  router.get('/auctions/:id', async (req, res) => {
    const id = parseId(req.params.id);
    const limit = Math.min(5000, Math.max(1, Number(req.query.limit) || 200));
    const [auction, bids] = await Promise.all([auctions.auction(id), auctions.bids(id, limit)]);
    res.json({ auction, bids });
  });
}
