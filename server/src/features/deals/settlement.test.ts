import { createHash } from 'node:crypto';
import { cnPatentApplicationNumber } from '@pavilion/shared';
import { PDFDocument } from 'pdf-lib';
import {
  api,
  createExhibit,
  emitAck,
  emitOk,
  nextEvent,
  signInOrganizer,
  type TestNode,
  type TestSocket,
  useSellerCluster,
} from '../../testing/harness.js';
import { pageText } from '../../testing/pdfText.js';

type Signature = { by: string; name: string; at: number; side: string };
type Milestone = { id: string; percent: number; amount: { amount: number }; confirmedAt?: number; reference?: string };
type Contract = {
  dealId: string;
  sha256: string;
  text: { en: string; zh: string };
  signatures: Signature[];
  mode: string;
  milestones: Milestone[];
};
type Stage = { stage: string; at: number; by: string; reference?: string };
type Deal = { id: string; stage: string; stages: Stage[]; exhibitId: string };
type Party = { token: string; user: { id: string; orgId?: string; displayName: string }; socket: TestSocket };

/** The contract's documented digest, computed here independently of the server's code. */
const digest = (text: { en: string; zh: string }) => createHash('sha256').update(`${text.en}\n\n${text.zh}`, 'utf8').digest('hex');

describe('contracts and settlement of deals across two nodes', () => {
  const { cluster, a, b, seller } = useSellerCluster({ hallId: 'patents', booth: 'Settlement booth' });
  let organizer: { token: string };
  let n = 0;

  beforeAll(async () => {
    organizer = await signInOrganizer(a);
  });

  async function exhibit(tradeModes = ['assignment', 'exclusive', 'non-exclusive']): Promise<string> {
    n += 1;
    const e = await createExhibit(a.url, seller.token, {
      boothId: seller.boothId,
      title: `Settled invention ${n}`,
      registrationNumber: cnPatentApplicationNumber(2021, 1, 1000 + n),
      askingPrice: { amount: 100_000_000, currency: 'CNY' },
      tradeModes,
    });
    return e.id;
  }

  /** A buyer on node a agrees `terms` with the seller (who accepts on node b); returns the deal id. */
  async function agree(buyer: Party, exhibitId: string, terms: Record<string, unknown>): Promise<string> {
    const { negotiation } = await emitOk<{ negotiation: { id: string } }>(buyer.socket, 'negotiation:open', { exhibitId });
    const { offer } = await emitOk<{ offer: { id: string } }>(buyer.socket, 'negotiation:offer', {
      negotiationId: negotiation.id,
      clientOfferId: `o-${exhibitId}`,
      terms,
    });
    const accepted = await emitOk<{ deal: { id: string } }>(seller.socket, 'negotiation:accept', {
      negotiationId: negotiation.id,
      offerId: offer.id,
    });
    return accepted.deal.id;
  }

  const assignment = (amount: number) => ({ price: { amount, currency: 'CNY' }, licenseType: 'assignment', territory: 'WORLDWIDE' });

  const contractOf = async (node: TestNode, token: string, dealId: string) =>
    (await api<{ contract: Contract }>(node.url, 'GET', `/api/deals/${dealId}/contract`, { token })).body.contract;

  const sign = (node: TestNode, token: string, dealId: string, name: string, sha256: string) =>
    api<{ contract: Contract; error?: { reason?: string } }>(node.url, 'POST', `/api/deals/${dealId}/sign`, {
      token,
      body: { name, sha256 },
    });

  const stage = (node: TestNode, token: string, dealId: string, body: Record<string, unknown>) =>
    api<{ deal: Deal; error?: { reason?: string; code?: string } }>(node.url, 'POST', `/api/deals/${dealId}/stage`, { token, body });

  /** Both parties sign (buyer on a, seller on b). */
  async function signBoth(buyer: Party, dealId: string): Promise<Contract> {
    const c = await contractOf(a, buyer.token, dealId);
    expect((await sign(a, buyer.token, dealId, 'Bo Buyer', c.sha256)).status).toBe(200);
    const done = await sign(b, seller.token, dealId, 'Sally Seller', c.sha256);
    expect(done.status).toBe(200);
    return done.body.contract;
  }

  test('an agreed licence produces its contract from the exclusive-licence template in English and Chinese, hashed over both texts, for the parties and the organizer only', async () => {
    const exhibitId = await exhibit();
    const bob = await cluster.userWithSocket(a);
    const dealId = await agree(bob, exhibitId, {
      price: { amount: 80_000_000, currency: 'CNY' },
      licenseType: 'exclusive',
      territory: ['CN', 'HK'],
      termMonths: 24,
      royaltyPercent: 5,
    });
    const c = await contractOf(a, bob.token, dealId);
    expect(c).toMatchObject({ dealId, mode: 'exclusive', signatures: [] });
    expect(c.text.en).toContain('EXCLUSIVE LICENCE AGREEMENT');
    expect(c.text.en).toContain(`Settled invention ${n}`);
    expect(c.text.en).toContain(cnPatentApplicationNumber(2021, 1, 1000 + n));
    expect(c.text.en).toContain('CNY 800,000.00');
    expect(c.text.en).toContain('CN, HK');
    expect(c.text.en).toContain('24 months');
    expect(c.text.en).toContain('5% of the net sales');
    expect(c.text.en).toContain(bob.user.displayName);
    expect(c.text.en).not.toMatch(/\{\{|\}\}/);
    expect(c.text.zh).toContain('独占实施许可合同');
    expect(c.text.zh).toContain('人民币 800,000.00 元');
    expect(c.text.zh).toContain('CN、HK');
    expect(c.text.zh).not.toMatch(/\{\{|\}\}/);
    expect(c.sha256).toBe(digest(c.text));
    expect(c.milestones.map((m) => [m.id, m.percent, m.amount.amount])).toEqual([
      ['deposit', 30, 24_000_000],
      ['balance', 70, 56_000_000],
    ]);
    // The same contract from the other node, for the seller and the organizer.
    expect((await contractOf(b, seller.token, dealId)).sha256).toBe(c.sha256);
    expect((await contractOf(b, organizer.token, dealId)).sha256).toBe(c.sha256);
    const outsider = await cluster.userWithSocket(b);
    const refused = await api(b.url, 'GET', `/api/deals/${dealId}/contract`, { token: outsider.token });
    expect(refused.status).toBe(403);
    expect((await api(b.url, 'GET', '/api/deals/deal_nosuchdeal/contract', { token: bob.token })).status).toBe(404);
    expect((await api(b.url, 'GET', `/api/deals/${dealId}/contract`)).status).toBe(401);
  });

  test("a settlement step's time is its script's own: a signature or payment Redis holds back records when it ran", async () => {
    const exhibitId = await exhibit();
    const bob = await cluster.userWithSocket(a);
    const dealId = await agree(bob, exhibitId, assignment(60_000_000));
    const c = await contractOf(a, bob.token, dealId);
    const HELD_MS = 300;
    /** Runs `step` while Redis holds every write (scripts included) for HELD_MS; reads, TIME among them, still answer. */
    const heldBack = async <T>(step: () => Promise<T>): Promise<{ result: T; earliest: number }> => {
      const [s, us] = await a.app.redis.time();
      await a.app.redis.sendCommand(['CLIENT', 'PAUSE', String(HELD_MS), 'WRITE']);
      return { result: await step(), earliest: Number(s) * 1000 + Math.floor(Number(us) / 1000) + HELD_MS };
    };
    const first = await heldBack(() => sign(a, bob.token, dealId, 'Bo Buyer', c.sha256));
    const second = await heldBack(() => sign(b, seller.token, dealId, 'Sally Seller', c.sha256));
    const paid = await heldBack(() => stage(b, organizer.token, dealId, { stage: 'paid', reference: 'HELD-1' }));
    const signatures = second.result.body.contract.signatures;
    const paidAt = paid.result.body.deal.stages.find((st) => st.stage === 'paid')?.at;
    const signedAt = paid.result.body.deal.stages.find((st) => st.stage === 'signed')?.at;
    const negotiationId = (await api(a.url, 'GET', `/api/deals/${dealId}`, { token: bob.token })).body.deal.sourceId;
    const audit = (await api(a.url, 'GET', `/api/negotiations/${negotiationId}/audit`, { token: bob.token })).body;
    const entryAt = (type: string) => (audit.entries as { type: string; at: number }[]).filter((e) => e.type === type).map((e) => e.at);
    expect({
      firstSignature: Number(signatures[0]?.at) >= first.earliest,
      secondSignature: Number(signatures[1]?.at) >= second.earliest,
      signed: Number(signedAt) >= second.earliest,
      paid: Number(paidAt) >= paid.earliest,
    }).toEqual({ firstSignature: true, secondSignature: true, signed: true, paid: true });
    // One time per step, in the contract, the deal's stages and the audit chain alike; the chain holds over them.
    expect(entryAt('sign')).toEqual([signatures[0]?.at, signatures[1]?.at]);
    expect(signedAt).toBe(signatures[1]?.at);
    expect(entryAt('stage')).toEqual([paidAt]);
    expect(audit.valid).toBe(true);
  });

  test('both signatures over the hash move the deal to signed, announced to both parties; each signature enters the negotiation audit chain, which stays valid', async () => {
    const exhibitId = await exhibit();
    const bob = await cluster.userWithSocket(a);
    const dealId = await agree(bob, exhibitId, assignment(50_000_000));
    const c = await contractOf(a, bob.token, dealId);
    const first = await sign(a, bob.token, dealId, 'Bo Buyer', c.sha256);
    expect(first.status).toBe(200);
    expect(first.body.contract.signatures).toEqual([{ by: bob.user.id, name: 'Bo Buyer', at: expect.any(Number), side: 'buyer' }]);
    expect((await api<{ deal: Deal }>(a.url, 'GET', `/api/deals/${dealId}`, { token: bob.token })).body.deal.stage).toBe('agreed');

    const buyerSees = nextEvent<{ deal: Deal }>(bob.socket, 'deal:updated', (p) => p.deal.id === dealId && p.deal.stage === 'signed');
    const sellerSees = nextEvent<{ deal: Deal }>(seller.socket, 'deal:updated', (p) => p.deal.id === dealId && p.deal.stage === 'signed');
    const second = await sign(b, seller.token, dealId, 'Sally Seller', c.sha256);
    expect(second.status).toBe(200);
    expect(second.body.contract.signatures.map((s) => [s.side, s.name])).toEqual([
      ['buyer', 'Bo Buyer'],
      ['seller', 'Sally Seller'],
    ]);
    expect((await buyerSees).deal.stages.map((s) => s.stage)).toEqual(['agreed', 'signed']);
    expect((await sellerSees).deal.stage).toBe('signed');

    const deal = (await api<{ deal: Deal & { sourceId: string } }>(b.url, 'GET', `/api/deals/${dealId}`, { token: seller.token })).body
      .deal;
    const audit = await api<{ entries: { type: string; at: number; payload: { sha256?: string; name?: string } }[]; valid: boolean }>(
      a.url,
      'GET',
      `/api/negotiations/${deal.sourceId}/audit`,
      { token: bob.token },
    );
    expect(audit.body.valid).toBe(true);
    const signs = audit.body.entries.filter((e) => e.type === 'sign');
    expect(signs.map((e) => [e.payload.name, e.payload.sha256])).toEqual([
      ['Bo Buyer', c.sha256],
      ['Sally Seller', c.sha256],
    ]);
    expect(signs.map((e) => e.at)).toEqual(second.body.contract.signatures.map((s) => s.at));
  });

  test('the printable contract is a PDF for the parties and the organizer, carrying the hash; others are refused', async () => {
    const exhibitId = await exhibit();
    const bob = await cluster.userWithSocket(a);
    const dealId = await agree(bob, exhibitId, assignment(12_000_000));
    const c = await signBoth(bob, dealId);
    const res = await fetch(`${b.url}/api/deals/${dealId}/contract.pdf`, { headers: { authorization: `Bearer ${organizer.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getSubject()).toBe(c.sha256);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
    const outsider = await cluster.userWithSocket(b);
    expect((await api(a.url, 'GET', `/api/deals/${dealId}/contract.pdf`, { token: outsider.token })).status).toBe(403);
  });

  test('the printable contract carries both language versions and signatures typed in Chinese, not as ?', async () => {
    const exhibitId = await exhibit();
    const bob = await cluster.userWithSocket(a);
    const dealId = await agree(bob, exhibitId, assignment(9_000_000));
    const c = await contractOf(a, bob.token, dealId);
    expect((await sign(a, bob.token, dealId, '李四', c.sha256)).status).toBe(200);
    expect((await sign(b, seller.token, dealId, 'Sally Seller', c.sha256)).status).toBe(200);

    const res = await fetch(`${b.url}/api/deals/${dealId}/contract.pdf`, { headers: { authorization: `Bearer ${bob.token}` } });
    expect(res.status).toBe(200);
    // Wrapped lines join without their line breaks: compare the text with all white space removed. Each page ends
    // with its footer, drawn once the page count is known.
    const squash = (s: string) => s.replace(/\s+/g, '');
    const pdf = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
    const printed = pdf
      .getPages()
      .map((page, i, all) => {
        const text = pageText(page);
        const footer = `Pavilion deal ${dealId} - page ${i + 1} of ${all.length}`;
        expect(text.endsWith(footer)).toBe(true);
        return squash(text.slice(0, -footer.length));
      })
      .join('');
    expect(printed).toContain(squash(c.text.en));
    expect(printed).toContain(squash(c.text.zh));
    expect(printed).toContain(squash(`Buyer: 李四 - signed`));
    expect(printed).toContain(squash(`Seller: Sally Seller - signed`));
    expect(printed).toContain(c.sha256);
    expect(printed).not.toContain('?');
  });

  test('a second signature, a stale hash, an outsider, the organizer or a bad name cannot sign, and nothing changes', async () => {
    const exhibitId = await exhibit();
    const bob = await cluster.userWithSocket(a);
    const dealId = await agree(bob, exhibitId, assignment(40_000_000));
    const c = await contractOf(a, bob.token, dealId);
    const stale = createHash('sha256').update('another text').digest('hex');
    const staleAnswer = await sign(a, bob.token, dealId, 'Bo Buyer', stale);
    expect(staleAnswer.status).toBe(409);
    expect(staleAnswer.body.error?.reason).toBe('staleHash');
    expect((await sign(a, bob.token, dealId, 'Bo Buyer', c.sha256)).status).toBe(200);
    const twice = await sign(b, bob.token, dealId, 'Bo Buyer', c.sha256);
    expect(twice.status).toBe(409);
    expect(twice.body.error?.reason).toBe('alreadySigned');
    const outsider = await cluster.userWithSocket(b);
    expect((await sign(b, outsider.token, dealId, 'Eve', c.sha256)).status).toBe(403);
    expect((await sign(b, organizer.token, dealId, 'Olga Organizer', c.sha256)).status).toBe(403);
    for (const name of ['', '   ', 'x'.repeat(201)]) expect((await sign(b, seller.token, dealId, name, c.sha256)).status).toBe(400);
    expect((await sign(b, seller.token, dealId, 'Sally', 'not-a-hash')).status).toBe(400);
    const after = await contractOf(b, seller.token, dealId);
    expect(after.signatures.map((s) => s.side)).toEqual(['buyer']);
    expect(after.sha256).toBe(c.sha256);
  });

  test('the stage machine refuses every illegal transition and wrong role, and walks signed → paid (per milestone) → recorded → completed; a licence is then shown on the exhibit', async () => {
    const exhibitId = await exhibit();
    const bob = await cluster.userWithSocket(a);
    const dealId = await agree(bob, exhibitId, {
      price: { amount: 30_000_000, currency: 'CNY' },
      licenseType: 'non-exclusive',
      territory: 'WORLDWIDE',
      termMonths: 12,
    });
    const refuse = async (node: TestNode, token: string, body: Record<string, unknown>, status: number, reason?: string) => {
      const r = await stage(node, token, dealId, body);
      expect([body, r.status, r.body.error?.reason]).toEqual([body, status, reason ?? r.body.error?.reason]);
    };
    const org = organizer.token;
    // agreed: nothing but the signatures (or a cancellation) moves it.
    await refuse(a, org, { stage: 'signed' }, 409, 'signaturesRequired');
    await refuse(a, org, { stage: 'paid', reference: 'PAY-0' }, 409, 'outOfOrder');
    await refuse(b, org, { stage: 'recorded', reference: 'REC-0' }, 409, 'outOfOrder');
    await refuse(b, org, { stage: 'completed' }, 409, 'outOfOrder');
    await refuse(a, org, { stage: 'agreed' }, 409, 'outOfOrder');
    await refuse(a, bob.token, { stage: 'paid', reference: 'PAY-0' }, 403, 'escrowAgentOnly');
    await refuse(a, seller.token, { stage: 'completed' }, 403, 'escrowAgentOnly');
    await refuse(a, org, { stage: 'paid' }, 400);
    await refuse(a, org, { stage: 'shipped' }, 400);
    await refuse(a, org, { stage: 'recorded', milestone: 'deposit', reference: 'X' }, 400);
    const outsider = await cluster.userWithSocket(b);
    await refuse(b, outsider.token, { stage: 'cancelled', reference: 'mine now' }, 403, 'notParty');

    await signBoth(bob, dealId);
    await refuse(a, org, { stage: 'recorded', reference: 'REC-0' }, 409, 'outOfOrder');
    await refuse(a, org, { stage: 'completed' }, 409, 'outOfOrder');
    await refuse(a, org, { stage: 'signed' }, 409, 'signaturesRequired');
    const unknown = await api(a.url, 'POST', `/api/deals/${dealId}/stage`, {
      token: org,
      body: { stage: 'paid', milestone: 'bonus', reference: 'PAY-X' },
    });
    expect([unknown.status, unknown.body.error.details.issues]).toEqual([
      400,
      [{ path: 'milestone', code: 'custom', params: { reason: 'unknownMilestone' } }],
    ]);

    const deposit = await stage(a, org, dealId, { stage: 'paid', milestone: 'deposit', reference: 'PAY-DEP-1' });
    expect(deposit.status).toBe(200);
    expect(deposit.body.deal.stage).toBe('signed');
    await refuse(b, org, { stage: 'paid', milestone: 'deposit', reference: 'PAY-DEP-2' }, 409, 'alreadyConfirmed');
    await refuse(b, org, { stage: 'recorded', reference: 'REC-0' }, 409, 'outOfOrder');
    const balance = await stage(b, org, dealId, { stage: 'paid', milestone: 'balance', reference: 'PAY-BAL-1' });
    expect(balance.body.deal.stage).toBe('paid');
    const milestones = (await contractOf(a, bob.token, dealId)).milestones;
    expect(milestones.map((m) => [m.id, m.reference, typeof m.confirmedAt])).toEqual([
      ['deposit', 'PAY-DEP-1', 'number'],
      ['balance', 'PAY-BAL-1', 'number'],
    ]);
    await refuse(a, org, { stage: 'paid', reference: 'PAY-AGAIN' }, 409, 'outOfOrder');
    await refuse(a, org, { stage: 'completed' }, 409, 'outOfOrder');
    await refuse(a, org, { stage: 'recorded' }, 400);
    await refuse(a, bob.token, { stage: 'recorded', reference: 'REC-1' }, 403, 'escrowAgentOnly');

    expect((await stage(a, org, dealId, { stage: 'recorded', reference: 'CNIPA-2026-R-0001' })).status).toBe(200);
    await refuse(b, org, { stage: 'recorded', reference: 'CNIPA-2026-R-0002' }, 409, 'outOfOrder');
    const sellerSees = nextEvent<{ deal: Deal }>(
      seller.socket,
      'deal:updated',
      (p) => p.deal.id === dealId && p.deal.stage === 'completed',
    );
    const completed = await stage(b, org, dealId, { stage: 'completed', reference: 'PAYOUT-1' });
    expect(completed.status).toBe(200);
    expect((await sellerSees).deal.stage).toBe('completed');
    expect(completed.body.deal.stages.map((s) => [s.stage, s.reference])).toEqual([
      ['agreed', undefined],
      ['signed', undefined],
      ['paid', 'PAY-BAL-1'],
      ['recorded', 'CNIPA-2026-R-0001'],
      ['completed', 'PAYOUT-1'],
    ]);
    const times = completed.body.deal.stages.map((s) => s.at);
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    await refuse(a, bob.token, { stage: 'cancelled', reference: 'changed my mind' }, 409, 'outOfOrder');
    await refuse(a, org, { stage: 'completed' }, 409, 'outOfOrder');

    const shown = (await api(b.url, 'GET', `/api/exhibits/${exhibitId}`, { token: bob.token })).body.exhibit;
    expect(shown.licences).toEqual([{ dealId, mode: 'non-exclusive', territory: 'WORLDWIDE', since: times[4] }]);
  });

  test('twenty concurrent identical stage posts on two nodes make exactly one transition and one audit entry', async () => {
    const exhibitId = await exhibit();
    const bob = await cluster.userWithSocket(a);
    const dealId = await agree(bob, exhibitId, assignment(20_000_000));
    await signBoth(bob, dealId);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => stage(i % 2 ? a : b, organizer.token, dealId, { stage: 'paid', reference: 'PAY-ALL-1' })),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409 && r.body.error?.reason === 'outOfOrder')).toHaveLength(19);
    const deal = (await api<{ deal: Deal & { sourceId: string } }>(a.url, 'GET', `/api/deals/${dealId}`, { token: bob.token })).body.deal;
    expect(deal.stages.filter((s) => s.stage === 'paid')).toHaveLength(1);
    const audit = await api<{ entries: { type: string; payload: { stage?: string } }[]; valid: boolean }>(
      a.url,
      'GET',
      `/api/negotiations/${deal.sourceId}/audit`,
      { token: bob.token },
    );
    expect(audit.body.valid).toBe(true);
    expect(audit.body.entries.filter((e) => e.type === 'stage' && e.payload.stage === 'paid')).toHaveLength(1);

    // The same for simultaneous signatures: one per side, exactly.
    const other = await exhibit();
    const dealId2 = await agree(bob, other, assignment(21_000_000));
    const c = await contractOf(a, bob.token, dealId2);
    const signs = await Promise.all(Array.from({ length: 10 }, (_, i) => sign(i % 2 ? a : b, bob.token, dealId2, 'Bo Buyer', c.sha256)));
    expect(signs.filter((r) => r.status === 200)).toHaveLength(1);
    expect((await contractOf(b, seller.token, dealId2)).signatures).toHaveLength(1);
  });

  test('either party or the organizer cancels before completion with a reason; the assignment is given back and the signed value falls back', async () => {
    const statsBefore = (await api(a.url, 'GET', '/api/stats')).body;
    const exhibitId = await exhibit(['assignment']);
    const bob = await cluster.userWithSocket(a);
    const dealId = await agree(bob, exhibitId, assignment(10_000_000));
    expect((await api(a.url, 'GET', `/api/exhibits/${exhibitId}`)).body.exhibit.status).toBe('sold');
    await signBoth(bob, dealId);
    const signedStats = (await api(b.url, 'GET', '/api/stats')).body;
    expect(signedStats.signedValue.amount - statsBefore.signedValue.amount).toBe(10_000_000);
    expect(signedStats.totalAmount.amount - statsBefore.totalAmount.amount).toBe(10_000_000);
    expect(signedStats.completedValue.amount).toBe(statsBefore.completedValue.amount);

    expect((await stage(a, seller.token, dealId, { stage: 'cancelled' })).status).toBe(400);
    const buyerSees = nextEvent<{ deal: Deal }>(bob.socket, 'deal:updated', (p) => p.deal.id === dealId && p.deal.stage === 'cancelled');
    const cancelled = await stage(b, seller.token, dealId, { stage: 'cancelled', reference: 'the buyer did not pay within 30 days' });
    expect(cancelled.status).toBe(200);
    expect((await buyerSees).deal.stages.at(-1)).toMatchObject({
      stage: 'cancelled',
      by: seller.user.id,
      reference: 'the buyer did not pay within 30 days',
    });
    const again = await stage(a, organizer.token, dealId, { stage: 'cancelled', reference: 'twice' });
    expect([again.status, again.body.error?.reason]).toEqual([409, 'outOfOrder']);
    expect((await stage(a, organizer.token, dealId, { stage: 'paid', reference: 'PAY' })).status).toBe(409);
    const c = await contractOf(a, bob.token, dealId);
    expect((await sign(a, bob.token, dealId, 'Bo Buyer', c.sha256)).status).toBe(409);
    expect((await api(a.url, 'GET', `/api/exhibits/${exhibitId}`)).body.exhibit.status).toBe('available');
    const after = (await api(b.url, 'GET', '/api/stats')).body;
    expect(after.signedValue.amount).toBe(statsBefore.signedValue.amount);
    // The agreed value stays as announced.
    expect(after.totalAmount.amount).toBe(signedStats.totalAmount.amount);
  });

  test('completing an assignment counts as completed value, and the organizer reads the escrow queue (others may not)', async () => {
    const before = (await api(a.url, 'GET', '/api/stats')).body;
    const exhibitId = await exhibit(['assignment']);
    const bob = await cluster.userWithSocket(a);
    const dealId = await agree(bob, exhibitId, assignment(7_000_000));
    await signBoth(bob, dealId);
    const queue = await api<{ items: Deal[] }>(b.url, 'GET', '/api/escrow/deals', { token: organizer.token });
    expect(queue.body.items.map((d) => d.id)).toContain(dealId);
    expect((await api(b.url, 'GET', '/api/escrow/deals', { token: bob.token })).status).toBe(403);
    for (const body of [{ stage: 'paid', reference: 'PAY-7' }, { stage: 'recorded', reference: 'CNIPA-R-7' }, { stage: 'completed' }]) {
      expect((await stage(a, organizer.token, dealId, body)).status).toBe(200);
    }
    const after = (await api(b.url, 'GET', '/api/stats')).body;
    expect(after.completedValue.amount - before.completedValue.amount).toBe(7_000_000);
    expect((await api(a.url, 'GET', `/api/exhibits/${exhibitId}`)).body.exhibit.status).toBe('sold');
    const later = await api<{ items: Deal[] }>(b.url, 'GET', '/api/escrow/deals', { token: organizer.token });
    expect(later.body.items.map((d) => d.id)).not.toContain(dealId);
  });

  test('an exclusive licence in force refuses a new assignment or an overlapping exclusive negotiation; cancelling it frees the exhibit', async () => {
    const exhibitId = await exhibit(['assignment', 'exclusive']);
    const bob = await cluster.userWithSocket(a);
    const dealId = await agree(bob, exhibitId, {
      price: { amount: 60_000_000, currency: 'CNY' },
      licenseType: 'exclusive',
      territory: 'WORLDWIDE',
      termMonths: 36,
    });
    const carol = await cluster.userWithSocket(b);
    const opened = await emitAck<{ negotiation: { id: string } }>(carol.socket, 'negotiation:open', { exhibitId });
    expect(opened.ok ? null : [opened.error.code, opened.error.reason]).toEqual(['CONFLICT', 'exclusiveLicenceInForce']);

    // An exhibit also offered non-exclusively still opens, but refuses assignment and overlapping exclusivity.
    const shared = await exhibit();
    await agree(bob, shared, {
      price: { amount: 60_000_000, currency: 'CNY' },
      licenseType: 'exclusive',
      territory: ['CN'],
      termMonths: 36,
    });
    const { negotiation } = await emitOk<{ negotiation: { id: string } }>(carol.socket, 'negotiation:open', { exhibitId: shared });
    const offer = (clientOfferId: string, terms: Record<string, unknown>) =>
      emitAck(carol.socket, 'negotiation:offer', { negotiationId: negotiation.id, clientOfferId, terms });
    const assign = await offer('x1', assignment(90_000_000));
    expect(assign.ok ? null : assign.error.reason).toBe('exclusiveLicenceInForce');
    const overlap = await offer('x2', {
      price: { amount: 1_000_000, currency: 'CNY' },
      licenseType: 'exclusive',
      territory: ['US', 'CN'],
      termMonths: 12,
    });
    expect(overlap.ok ? null : overlap.error.reason).toBe('territoryTaken');
    expect(
      (await offer('x3', { price: { amount: 1_000_000, currency: 'CNY' }, licenseType: 'exclusive', territory: ['US'], termMonths: 12 }))
        .ok,
    ).toBe(true);

    // Cancelling the worldwide licence gives the first exhibit back.
    expect((await stage(a, bob.token, dealId, { stage: 'cancelled', reference: 'financing fell through' })).status).toBe(200);
    expect((await emitOk<{ negotiation: { id: string } }>(carol.socket, 'negotiation:open', { exhibitId })).negotiation.id).toEqual(
      expect.any(String),
    );
  });
});
