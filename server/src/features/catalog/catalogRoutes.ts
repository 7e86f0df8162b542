import {
  type ClassTreeAnswer,
  ClassTreeQuery,
  CreateBoothBody,
  CreateExhibitBody,
  type LegalQueueAnswer,
  LegalQueueQuery,
  SearchExhibitsQuery,
  SetBoothPackageBody,
  UpdateBoothBody,
  UpdateExhibitBody,
  VerifyLegalStatusBody,
} from '@pavilion/shared';
import { childrenOf, classNode } from '@pavilion/shared/classification';
import type { Router } from 'express';
import { fail } from '../../errors/appError.js';
import type { HotReads } from '../../http/hotReads.js';
import { requireOrganizer, requireUser } from '../../http/requestAuth.js';
import { MemoParser, parseId, parseInput, userIdBody } from '../../http/validate.js';
import type { RateLimit } from '../../redis/rateLimiter.js';
import type { CatalogService } from './catalogService.js';
import type { SearchIndex } from './searchIndex.js';

/** Distinct query strings of `GET /api/exhibits` whose parsed form a node keeps (a visitor paging repeats them). */
const PARSED_QUERIES_KEPT = 2048;

/**
 * Expo, halls, booths and exhibits; text searches count against `searchLimiter` per client address. Hall layouts
 * and searches, the same for every visitor and read by all of them, are `hot` reads.
 */
export function registerCatalogRoutes(
  router: Router,
  hot: HotReads,
  catalog: CatalogService,
  search: SearchIndex,
  searchLimiter: RateLimit,
): void {
  router.get('/expo', async (_req, res) => {
    res.json(await catalog.expo());
  });

  // A HallAnswer, serialized once per node for a moment; revalidation answers 304.
  hot.get('/halls/:id', async (req, res) => {
    (await catalog.hall(parseId(req.params.id))).send(req, res);
  });

  router.post('/booths', async (req, res) => {
    const user = requireUser(req);
    const body = parseInput(CreateBoothBody, req.body, 'body');
    res.status(201).json({ booth: await catalog.createBooth(user, body) });
  });

  router.get('/booths/:id', async (req, res) => {
    res.json(await catalog.booth(parseId(req.params.id)));
  });

  router.patch('/booths/:id', async (req, res) => {
    const { user, id, body } = userIdBody(req, UpdateBoothBody);
    res.json({ booth: await catalog.updateBooth(user, id, body) });
  });

  router.put('/booths/:id/package', async (req, res) => {
    requireOrganizer(req, 'only organizers set booth packages');
    const id = parseId(req.params.id);
    const body = parseInput(SetBoothPackageBody, req.body, 'body');
    res.json({ booth: await catalog.setBoothPackage(id, body.package) });
  });

  router.post('/exhibits', async (req, res) => {
    const user = requireUser(req);
    const body = parseInput(CreateExhibitBody, req.body, 'body');
    res.status(201).json({ exhibit: await catalog.createExhibit(user, body) });
  });

  const searchQueries = new MemoParser(SearchExhibitsQuery, 'query', PARSED_QUERIES_KEPT);
  hot.get('/exhibits', async (req, res) => {
    const query = searchQueries.parse(queryStringOf(req.originalUrl), () => req.query);
    // Only a text query costs CPU worth limiting; listing by type, hall or booth is a cheap filter.
    if (query.q?.trim()) {
      await searchLimiter.consume(req.ip ?? 'unknown');
    }
    // A SearchExhibitsAnswer, serialized once per page until the catalog changes; revalidation answers 304.
    search.answer(query).send(req, res);
  });

  router.get('/classes', (req, res) => {
    const query = parseInput(ClassTreeQuery, req.query, 'query');
    const counts = search.catalog;
    const parentNode = query.parent ? classNode(query.parent) : undefined;
    const answer: ClassTreeAnswer = {
      scheme: query.scheme,
      parent: parentNode
        ? { code: parentNode.code, title: parentNode.title, parent: parentNode.parent, count: counts.countUnder(parentNode.code) }
        : null,
      items: childrenOf(query.scheme, query.parent).map((node) => ({
        code: node.code,
        level: node.level,
        title: node.title,
        count: counts.countUnder(node.code),
        hasChildren: childrenOf(query.scheme, node.code).length > 0,
      })),
    };
    res.json(answer);
  });

  router.get('/exhibits/:id', async (req, res) => {
    res.json({ exhibit: await catalog.exhibit(parseId(req.params.id)) });
  });

  router.patch('/exhibits/:id', async (req, res) => {
    const { user, id, body } = userIdBody(req, UpdateExhibitBody);
    res.json({ exhibit: await catalog.updateExhibit(user, id, body) });
  });

  router.get('/legal-status/queue', async (req, res) => {
    requireOrganizer(req, 'only organizers check legal statuses');
    const q = parseInput(LegalQueueQuery, req.query, 'query');
    res.json((await catalog.legalQueue(q.limit)) satisfies LegalQueueAnswer);
  });

  router.post('/exhibits/:id/legal-status/verify', async (req, res) => {
    const user = requireUser(req);
    const id = parseId(req.params.id);
    if (user.role !== 'organizer') throw fail.forbidden('only organizers check legal statuses', 'organizersOnly');
    const { version } = parseInput(VerifyLegalStatusBody, req.body, 'body');
    res.json({ exhibit: await catalog.verifyLegalStatus(user.id, id, version) });
  });
}

/** The query string of a URL as sent ('' without one): the key of a parsed query. */
function queryStringOf(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at + 1);
}
