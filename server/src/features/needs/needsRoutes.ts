import {
  AnswerNeedBody,
  CreateNeedBody,
  type MatchingBoothsAnswer,
  MatchingBoothsQuery,
  type MatchingNeedsAnswer,
  type NeedsAnswer,
  type RecommendationsAnswer,
  RecommendationsQuery,
  UpdateNeedBody,
} from '@pavilion/shared';
import type { Router } from 'express';
import { PreparedJson } from '../../http/preparedJson.js';
import { requireUser } from '../../http/requestAuth.js';
import { parseId, parseInput, userIdBody } from '../../http/validate.js';
import type { RateLimit } from '../../redis/rateLimiter.js';
import type { NeedsService } from './needsService.js';

/**
 * Buyers' needs (the caller's own only), the recommendations they drive, the booths of a hall that match them,
 * and exhibitors' side: matching public needs and answering one. The ranking reads count against `limiter` per user. `onExhibitChanged` tells the catalog that an
 * answer's negotiation may have changed the exhibit's status.
 */
export function registerNeedsRoutes(
  router: Router,
  needs: NeedsService,
  limiter: RateLimit,
  onExhibitChanged: (exhibitId: string) => void,
): void {
  router.post('/needs', async (req, res) => {
    const user = requireUser(req);
    const body = parseInput(CreateNeedBody, req.body, 'body');
    res.status(201).json({ need: await needs.create(user, body) });
  });

  router.get('/needs', async (req, res) => {
    res.json({ items: await needs.mine(requireUser(req)) } satisfies NeedsAnswer);
  });

  router.get('/needs/:id', async (req, res) => {
    const user = requireUser(req);
    res.json({ need: await needs.own(user, parseId(req.params.id)) });
  });

  router.patch('/needs/:id', async (req, res) => {
    const { user, id, body } = userIdBody(req, UpdateNeedBody);
    res.json({ need: await needs.update(user, id, body) });
  });

  router.delete('/needs/:id', async (req, res) => {
    const user = requireUser(req);
    await needs.withdraw(user, parseId(req.params.id));
    res.json({ ok: true });
  });

  router.post('/needs/:id/answer', async (req, res) => {
    const { user, id, body } = userIdBody(req, AnswerNeedBody);
    const { answer } = await needs.answer(user, id, body.exhibitId);
    onExhibitChanged(body.exhibitId);
    res.status(201).json({ answer });
  });

  router.get('/recommendations', async (req, res) => {
    const user = requireUser(req);
    const { limit } = parseInput(RecommendationsQuery, req.query, 'query');
    await limiter.consume(user.id);
    const answer: RecommendationsAnswer = { items: await needs.recommendations(user, limit) };
    // Serialized once: the ETag, a 304 on revalidation and a quick gzip come from the same bytes.
    new PreparedJson(JSON.stringify(answer)).send(req, res);
  });

  router.get('/recommendations/booths', async (req, res) => {
    const user = requireUser(req);
    const { hallId } = parseInput(MatchingBoothsQuery, req.query, 'query');
    await limiter.consume(user.id);
    res.json({ boothIds: await needs.matchingBooths(user, hallId) } satisfies MatchingBoothsAnswer);
  });

  router.get('/exhibitor/needs', async (req, res) => {
    const user = requireUser(req);
    await limiter.consume(user.id);
    res.json({ items: await needs.forExhibitor(user) } satisfies MatchingNeedsAnswer);
  });
}
