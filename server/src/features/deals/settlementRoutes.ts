import { type ContractAnswer, type DealAnswer, DealStageBody, type DealsAnswer, SignContractBody } from '@pavilion/shared';
import type { Router } from 'express';
import { requireOrganizer, requireUser } from '../../http/requestAuth.js';
import { parseId, parseInput, userIdBody } from '../../http/validate.js';
import type { PdfRenderer } from '../../pdf/pdfRenderer.js';
import type { SettlementService } from './settlementService.js';

/** How many deals the escrow agent's queue shows. */
const ESCROW_QUEUE_LIMIT = 200;

/**
 * One deal, its contract and signatures, and its settlement steps. `changed` runs after a step that may move the
 * expo's figures or the exhibit (signature, stage).
 */
export function registerSettlementRoutes(
  router: Router,
  settlement: SettlementService,
  pdf: PdfRenderer,
  changed: (exhibitId: string) => void,
): void {
  router.get('/escrow/deals', async (req, res) => {
    requireOrganizer(req, 'only the organizer acts as escrow agent');
    res.json({ items: await settlement.awaitingEscrow(ESCROW_QUEUE_LIMIT) } satisfies DealsAnswer);
  });

  router.get('/deals/:id', async (req, res) => {
    res.json({ deal: await settlement.get(requireUser(req), parseId(req.params.id)) } satisfies DealAnswer);
  });

  router.get('/deals/:id/contract', async (req, res) => {
    res.json({ contract: await settlement.contract(requireUser(req), parseId(req.params.id)) } satisfies ContractAnswer);
  });

  router.get('/deals/:id/contract.pdf', async (req, res) => {
    const user = requireUser(req);
    const id = parseId(req.params.id);
    const contract = await settlement.contract(user, id);
    const bytes = await pdf.contract(await settlement.get(user, id), contract);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="contract-${id}.pdf"`);
    res.send(Buffer.from(bytes));
  });

  router.post('/deals/:id/sign', async (req, res) => {
    const { user, id, body } = userIdBody(req, SignContractBody);
    const contract = await settlement.sign(user, id, body);
    const deal = await settlement.get(user, id);
    changed(deal.exhibitId);
    res.json({ contract } satisfies ContractAnswer);
  });

  router.post('/deals/:id/stage', async (req, res) => {
    const user = requireUser(req);
    const body = parseInput(DealStageBody, req.body, 'body');
    const deal = await settlement.stage(user, parseId(req.params.id), body);
    changed(deal.exhibitId);
    res.json({ deal } satisfies DealAnswer);
  });
}
