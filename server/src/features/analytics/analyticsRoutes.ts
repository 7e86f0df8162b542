import {
  type BoothAnalytics,
  type LeadsAnswer,
  type ModerationAnswer,
  type OrganizationsAnswer,
  REGIONS,
  type VerifyAnswer,
} from '@pavilion/shared';
import type { Router } from 'express';
import { z } from 'zod';
import { requireOrganizer, requireUser } from '../../http/requestAuth.js';
import { parseId, parseInput } from '../../http/validate.js';
import { type AnalyticsService, leadsToCsv } from './analyticsService.js';

const OrgQuery = z.strictObject({
  verified: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  region: z.enum(REGIONS, { error: `must be one of ${REGIONS.join(', ')}` }).optional(),
});
const VerifyBody = z.strictObject({ verified: z.boolean({ error: 'must be true or false' }) });

/** Exhibitor analytics and leads; the organizer's verification queue and moderation log. */
export function registerAnalyticsRoutes(router: Router, analytics: AnalyticsService, onVerified: () => void): void {
  router.get('/exhibitor/analytics', async (req, res) => {
    res.json((await analytics.forExhibitor(requireUser(req))) satisfies BoothAnalytics);
  });

  router.get('/exhibitor/leads', async (req, res) => {
    const user = requireUser(req);
    const { leads } = await analytics.forExhibitor(user);
    if (req.query.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="pavilion-leads.csv"');
      res.send(leadsToCsv(leads));
      return;
    }
    res.json({ leads } satisfies LeadsAnswer);
  });

  router.get('/organizations', async (req, res) => {
    requireOrganizer(req);
    const q = parseInput(OrgQuery, req.query, 'query');
    res.json({
      items: await analytics.organizations({ verified: q.verified === undefined ? undefined : q.verified === 'true', region: q.region }),
    } satisfies OrganizationsAnswer);
  });

  router.post('/organizations/:id/verify', async (req, res) => {
    requireOrganizer(req);
    const { verified } = parseInput(VerifyBody, req.body, 'body');
    await analytics.setVerified(parseId(req.params.id), verified);
    onVerified();
    res.json({ ok: true, verified } satisfies VerifyAnswer);
  });

  router.get('/moderation', async (req, res) => {
    requireOrganizer(req);
    res.json({ items: await analytics.moderationLog() } satisfies ModerationAnswer);
  });
}
