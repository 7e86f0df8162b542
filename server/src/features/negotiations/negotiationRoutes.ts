import { formatMoney, NegotiationQuery, OFFER_PAGE } from '@pavilion/shared';
import type { Router } from 'express';
import { fail } from '../../errors/appError.js';
import { requireUser } from '../../http/requestAuth.js';
import { parseId, parseInput } from '../../http/validate.js';
import type { NegotiationService } from './negotiationService.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Inbox, one negotiation, read markers, the audit trail and the deal summary. */
export function registerNegotiationRoutes(router: Router, negotiations: NegotiationService): void {
  router.get('/negotiations', async (req, res) => {
    res.json({ items: await negotiations.inbox(requireUser(req)) });
  });

  // One page of the offer history (the newest by default; `?before=<version>` pages back).
  router.get('/negotiations/:id', async (req, res) => {
    const q = parseInput(NegotiationQuery, req.query, 'query');
    const page = { before: q.before, limit: q.limit ?? OFFER_PAGE.default };
    res.json({ negotiation: await negotiations.get(requireUser(req), parseId(req.params.id), page) });
  });

  router.post('/negotiations/:id/read', async (req, res) => {
    await negotiations.markRead(requireUser(req), parseId(req.params.id));
    res.json({ ok: true });
  });

  router.get('/negotiations/:id/audit', async (req, res) => {
    res.json(await negotiations.audit(requireUser(req), parseId(req.params.id)));
  });

  // The deal summary of an agreed negotiation: the final terms and the audit chain's head hash,
  // as JSON or a printable HTML page.
  router.get('/negotiations/:id/summary', async (req, res) => {
    const user = requireUser(req);
    const id = parseId(req.params.id);
    const negotiation = await negotiations.get(user, id, { limit: 1 });
    if (negotiation.status !== 'agreed') throw fail.conflict('only an agreed negotiation has a deal summary', 'notAgreed');
    const { entries, valid } = await negotiations.audit(user, id);
    const final = negotiation.offers[negotiation.offers.length - 1];
    const summary = {
      negotiationId: id,
      dealId: negotiation.dealId,
      exhibitId: negotiation.exhibitId,
      exhibitTitle: negotiation.exhibitTitle,
      buyer: negotiation.buyerName,
      seller: negotiation.sellerOrgName,
      finalOffer: final,
      agreedAt: negotiation.updatedAt,
      auditEntries: entries.length,
      chainHead: entries[entries.length - 1]?.hash,
      chainValid: valid,
    };
    if (req.query.format !== 'html') {
      res.setHeader('Content-Disposition', `attachment; filename="deal-summary-${id}.json"`);
      res.json(summary);
      return;
    }
    const t = final?.terms;
    const rows: [string, string][] = [
      ['Exhibit', `${negotiation.exhibitTitle ?? ''} (${negotiation.exhibitId})`],
      ['Seller', negotiation.sellerOrgName ?? negotiation.sellerOrgId],
      ['Buyer', negotiation.buyerName ?? negotiation.buyerId],
      ['Price', t ? formatMoney(t.price, 'en') : ''],
      ['Licence type', t?.licenseType ?? ''],
      ['Territory', t ? (t.territory === 'WORLDWIDE' ? 'Worldwide' : t.territory.join(', ')) : ''],
      ['Term', t?.termMonths ? `${t.termMonths} months` : '—'],
      ['Royalty', t?.royaltyPercent !== undefined ? `${t.royaltyPercent}%` : '—'],
      ['Note', t?.note ?? '—'],
      ['Agreed', new Date(negotiation.updatedAt).toISOString()],
      ['Deal id', negotiation.dealId ?? ''],
      ['Audit entries', String(entries.length)],
      ['Chain head (SHA-256)', summary.chainHead ?? ''],
      ['Chain verified', valid ? 'yes' : 'NO — the audit trail was altered'],
    ];
    res.type('html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deal summary ${escapeHtml(id)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:40px auto;color:#111}h1{font-size:22px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:8px;border-bottom:1px solid #ddd;vertical-align:top}th{width:34%;color:#444}code{word-break:break-all}@media print{body{margin:0}}</style></head>
<body><h1>Pavilion — deal summary</h1><table>${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${k.startsWith('Chain head') ? `<code>${escapeHtml(v)}</code>` : escapeHtml(v)}</td></tr>`).join('')}</table></body></html>`);
  });
}
