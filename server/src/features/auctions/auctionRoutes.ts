import {
  type AuctionInvitationsAnswer,
  CreateAuctionBody,
  Id,
  type InvitationAnswer,
  type InvitationsAnswer,
  type InviteAnswer,
  InviteBody,
} from '@pavilion/shared';
import type { Router } from 'express';
import { z } from 'zod';
import { requireUser } from '../../http/requestAuth.js';
import { parseId, parseInput, userIdBody } from '../../http/validate.js';
import type { AuctionService } from './auctionService.js';
import type { InvitationService } from './invitationService.js';

const AuctionsQuery = z.strictObject({ orgId: Id.optional() });

/**
 * `POST /api/auctions`, `GET /api/auctions/:id`, `GET /api/auctions` (live, upcoming, closed); after a close
 * below the reserve, the seller's invitations to bidders and the bidders' answers.
 */
export function registerAuctionRoutes(
  router: Router,
  auctions: AuctionService,
  invitations: InvitationService,
  onExhibitChanged: (exhibitId: string) => void,
): void {
  router.post('/auctions/:id/invite', async (req, res) => {
    const { user, id, body } = userIdBody(req, InviteBody);
    res.json({ invitations: await invitations.invite(user, id, body.ranks) } satisfies InviteAnswer);
  });

  router.get('/auctions/:id/invitations', async (req, res) => {
    const user = requireUser(req);
    res.json((await invitations.forAuction(user, parseId(req.params.id))) satisfies AuctionInvitationsAnswer);
  });

  router.get('/invitations', async (req, res) => {
    const user = requireUser(req);
    res.json({ items: await invitations.mine(user) } satisfies InvitationsAnswer);
  });

  router.post('/invitations/:id/accept', async (req, res) => {
    const user = requireUser(req);
    const invitation = await invitations.accept(user, parseId(req.params.id));
    onExhibitChanged(invitation.exhibitId);
    res.json({ invitation } satisfies InvitationAnswer);
  });

  router.post('/invitations/:id/decline', async (req, res) => {
    const user = requireUser(req);
    res.json({ invitation: await invitations.decline(user, parseId(req.params.id)) } satisfies InvitationAnswer);
  });

  router.post('/auctions', async (req, res) => {
    const user = requireUser(req);
    const body = parseInput(CreateAuctionBody, req.body, 'body');
    const auction = await auctions.create(user, body);
    onExhibitChanged(auction.exhibitId);
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
