// npm run simulate -- --visitors N --minutes M [--url http://localhost:3000] [--replay-expo]
// Bot visitors — real socket.io-client sessions against a running server — walk the halls, enter
// booths, chat, watch live sessions (a few seeded exhibitors go live, spotlight their exhibits and answer
// questions), open negotiations that sometimes agree, and bid in live auctions, so a demo looks alive
// and the statistics fill up. With --replay-expo it compresses the real expo's week into M minutes
// and ends at its published totals: ¥1.867 billion, of which patents and trademarks ¥1.723 billion and
// copyrights ¥144 million over 2,323 copyrights (needs the full data set: npm run seed -- --scale full).
// The server must allow bots: start it with REGISTER_LIMIT=0 LOGIN_LIMIT=0 SOCKETS_PER_IP=0
// OFFERS_PER_USER_PER_MINUTE=0.
import { parseArgs } from 'node:util';
import { io } from 'socket.io-client';

const { values } = parseArgs({
  options: {
    visitors: { type: 'string', default: '50' },
    minutes: { type: 'string', default: '2' },
    url: { type: 'string', default: process.env.SIM_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}` },
    'replay-expo': { type: 'boolean', default: false },
    /** Replay a fraction of the expo (counts and totals scaled), e.g. 0.01 against the demo data set. */
    'replay-fraction': { type: 'string', default: '1' },
    seed: { type: 'string', default: '2020' },
  },
});
const url = values.url.replace(/\/$/, '');
const visitors = Number(values.visitors);
const minutes = Number(values.minutes);
if (!(visitors >= 1 && visitors <= 5000) || !(minutes > 0 && minutes <= 24 * 60)) {
  console.error('--visitors must be 1–5000 and --minutes more than 0');
  process.exit(2);
}
const endAt = Date.now() + minutes * 60_000;
const DEMO_PASSWORD = 'pavilion-demo';

// Deterministic pacing and choices (mulberry32), so two runs against the same data behave alike.
let state = Number(values.seed) >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const yuan = (fen) => `¥${(fen / 100).toLocaleString('en', { maximumFractionDigits: 0 })}`;

async function call(method, path, body, token) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${json?.error?.code ?? ''} ${json?.error?.message ?? ''}`);
  return json;
}

function connect(token) {
  return new Promise((resolve, reject) => {
    const s = io(url, { transports: ['websocket'], auth: token ? { token } : {}, forceNew: true, reconnection: true });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

function emit(socket, event, payload, timeoutMs = 8000) {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve({ ok: false, error: { code: 'TIMEOUT', message: 'no ack' } }), timeoutMs);
    socket.emit(event, payload, (a) => {
      clearTimeout(t);
      resolve(a);
    });
  });
}

const counts = { moves: 0, boothVisits: 0, chats: 0, sessions: 0, questions: 0, negotiations: 0, deals: 0, bids: 0, errors: 0 };
const errorsSeen = new Map();
const noteError = (where, a) => {
  counts.errors += 1;
  const key = `${where}: ${a?.error?.code ?? a}`;
  errorsSeen.set(key, (errorsSeen.get(key) ?? 0) + 1);
};

// Seller side: seeded exhibitors answer offers on their organization's exhibits.
const sellers = new Map(); // orgId → Promise<socket>
const liveBooths = new Map(); // boothId → hallId, booths the presenters made live
function sellerSocket(orgId) {
  if (!sellers.has(orgId)) {
    const n = /^org-s(\d+)$/.exec(orgId)?.[1];
    if (!n) return Promise.reject(new Error(`not a seeded organization: ${orgId}`));
    sellers.set(
      orgId,
      call('POST', '/api/auth/login', { email: `exhibitor-${n}@seed.pavilion.expo`, password: DEMO_PASSWORD }).then((r) =>
        connect(r.token),
      ),
    );
  }
  return sellers.get(orgId);
}

async function newVisitor(i) {
  const email = `bot-${values.seed}-${i}-${Date.now().toString(36)}@sim.pavilion`;
  const r = await call('POST', '/api/auth/register', {
    email,
    password: 'simulated-visitor',
    displayName: `Visitor ${i + 1}`,
    role: 'visitor',
  });
  return { token: r.token, socket: await connect(r.token), id: r.user.id };
}

/** One negotiation from opening to agreement: the buyer offers, the seller accepts. */
async function dealOn(buyer, exhibit, priceFen) {
  const opened = await emit(buyer.socket, 'negotiation:open', { exhibitId: exhibit.id });
  if (!opened.ok) return noteError('negotiation:open', opened);
  counts.negotiations += 1;
  const licenseType = exhibit.tradeModes.includes('non-exclusive')
    ? 'non-exclusive'
    : exhibit.tradeModes.includes('assignment')
      ? 'assignment'
      : 'exclusive';
  const terms = {
    price: { amount: priceFen, currency: 'CNY' },
    licenseType,
    territory: licenseType === 'assignment' ? 'WORLDWIDE' : ['CN'],
  };
  if (licenseType !== 'assignment') terms.termMonths = 36;
  const offered = await emit(buyer.socket, 'negotiation:offer', {
    negotiationId: opened.negotiation.id,
    clientOfferId: `sim-${opened.negotiation.id}`,
    terms,
  });
  if (!offered.ok) return noteError('negotiation:offer', offered);
  const seller = await sellerSocket(exhibit.orgId);
  const accepted = await emit(seller, 'negotiation:accept', {
    negotiationId: opened.negotiation.id,
    offerId: offered.negotiation.offers.at(-1).id,
  });
  if (!accepted.ok) return noteError('negotiation:accept', accepted);
  counts.deals += 1;
  return accepted.deal;
}

/** Lapsed or expired rights cannot be negotiated (the server refuses them). */
function tradeable(e) {
  const s = e.legalStatus;
  return !s || (s.state !== 'lapsed' && s.state !== 'expired' && !(s.expiresAt <= Date.now()));
}

async function exhibitsOfType(type, needed) {
  const out = [];
  let cursor = null;
  do {
    const page = await call('GET', `/api/exhibits?type=${type}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    for (const e of page.items) if ((e.status === 'available' || e.status === 'negotiating') && tradeable(e)) out.push(e);
    cursor = page.nextCursor;
  } while (cursor && out.length < needed);
  return out;
}

/** Splits `total` fen into `n` integer amounts with a realistic spread (log-normal-ish), summing exactly. */
function splitAmount(total, n) {
  const weights = Array.from({ length: n }, () => Math.exp(rand() * 2.2));
  const sum = weights.reduce((a, b) => a + b, 0);
  const amounts = weights.map((w) => Math.max(100, Math.floor((total * w) / sum / 100) * 100));
  amounts[amounts.length - 1] += total - amounts.reduce((a, b) => a + b, 0);
  return amounts;
}

async function walker(bot) {
  const halls = (await call('GET', '/api/expo')).halls;
  let hall = pick(halls).id;
  await emit(bot.socket, 'hall:join', { hallId: hall });
  let x = 0;
  let z = 110;
  let heading = Math.PI;
  let booths = (await call('GET', `/api/halls/${hall}`)).booths;
  while (Date.now() < endAt) {
    // Walk towards a booth, look around it, sometimes chat, then move on (or to another hall).
    // Live booths draw a crowd: often head for one in this hall.
    const live = booths.filter((b) => liveBooths.get(b.id) === hall);
    const target =
      live.length && rand() < 0.5
        ? pick(live)
        : booths.length
          ? pick(booths)
          : { x: (rand() - 0.5) * 300, z: (rand() - 0.5) * 200, id: null };
    for (let step = 0; step < 20 && Date.now() < endAt; step++) {
      x += (target.x - x) * 0.2;
      z += (target.z + 5 - z) * 0.2;
      heading = Math.atan2(target.x - x, target.z - z);
      bot.socket.volatile.emit('hall:move', { x, z, heading });
      counts.moves += 1;
      await sleep(200 + rand() * 200);
    }
    if (target.id) {
      const entered = await emit(bot.socket, 'booth:enter', { boothId: target.id });
      if (entered.ok) {
        counts.boothVisits += 1;
        if (entered.liveSession) await watch(bot, entered.liveSession.id);
        if (rand() < 0.3) {
          const text = pick([
            'Is this available for licensing in Guangdong?',
            'Could you share the claims?',
            'What is the remaining term?',
            'Interested — is the price negotiable?',
            '请问可以独占许可吗？',
          ]);
          const sent = await emit(bot.socket, 'chat:send', {
            room: `booth:${target.id}`,
            text,
            clientMsgId: `sim-${bot.id}-${Date.now()}`,
          });
          if (sent.ok) counts.chats += 1;
        }
        await sleep(1000 + rand() * 3000);
        await emit(bot.socket, 'booth:leave', { boothId: target.id });
      }
    }
    if (rand() < 0.1) {
      hall = pick(halls).id;
      await emit(bot.socket, 'hall:join', { hallId: hall });
      booths = (await call('GET', `/api/halls/${hall}`)).booths;
    }
  }
}

/** A visitor who walked into a live session watches a while: reacts, sometimes asks or upvotes. */
async function watch(bot, sessionId) {
  const joined = await emit(bot.socket, 'session:join', { sessionId });
  if (!joined.ok) return noteError('session:join', joined);
  const until = Date.now() + 5000 + rand() * 15000;
  while (Date.now() < until && Date.now() < endAt) {
    const r = rand();
    if (r < 0.15) {
      const asked = await emit(bot.socket, 'session:ask', {
        sessionId,
        text: pick([
          'What territories does the licence cover?',
          'Is there a prototype?',
          'How long is the remaining term?',
          '可以分地区授权吗？',
        ]),
      });
      if (asked.ok) counts.questions += 1;
    } else if (r < 0.35 && joined.questions.length > 0) {
      await emit(bot.socket, 'session:upvote', { sessionId, questionId: pick(joined.questions).id });
    } else if (r < 0.7) {
      bot.socket.emit('session:react', { sessionId, emoji: pick(['👏', '👍', '❤️', '🎉', '🤔', '🔥']) });
    }
    await sleep(2000 + rand() * 3000);
  }
  await emit(bot.socket, 'session:leave', { sessionId });
}

/** A seeded exhibitor hosts a live session in its booth: spotlights its exhibits in turn and answers questions. */
async function presenter(booth) {
  const socket = await sellerSocket(booth.orgId);
  const { exhibits } = await call('GET', `/api/booths/${booth.id}`);
  const title = pick(['Licensing open day', 'New filings this quarter', 'From lab to market', 'Meet the inventors', '专利许可说明会']);
  let started = await emit(socket, 'session:start', { boothId: booth.id, title: `${title} — ${booth.name}` });
  if (!started.ok && started.error.code === 'CONFLICT' && started.error.details?.sessionId) {
    started = { ok: true, session: { id: started.error.details.sessionId } }; // already live (a previous run)
  }
  if (!started.ok) return noteError('session:start', started);
  counts.sessions += 1;
  const sessionId = started.session.id;
  liveBooths.set(booth.id, booth.hallId);
  let i = 0;
  while (Date.now() < endAt - 3000) {
    if (exhibits.length) await emit(socket, 'session:spotlight', { sessionId, exhibitId: exhibits[i++ % exhibits.length].id });
    const { questions } = await call('GET', `/api/sessions/${sessionId}`);
    const open = questions.find((q) => !q.answered);
    if (open) await emit(socket, 'session:answer', { sessionId, questionId: open.id });
    await sleep(15000 + rand() * 10000);
  }
  liveBooths.delete(booth.id);
  await emit(socket, 'session:end', { sessionId });
}

async function bidder(bot) {
  while (Date.now() < endAt) {
    const { live } = await call('GET', '/api/auctions');
    const open = live.filter((a) => a.status === 'open');
    if (open.length) {
      const a = pick(open);
      const ack = await emit(bot.socket, 'auction:bid', { auctionId: a.id, bidId: `sim-${bot.id}-${Date.now()}`, amount: a.nextMinimum });
      if (ack.ok) counts.bids += 1;
    }
    await sleep(3000 + rand() * 7000);
  }
}

const started = Date.now();
const progress = setInterval(() => {
  const left = Math.max(0, Math.round((endAt - Date.now()) / 1000));
  console.log(
    `[sim] ${left}s left · moves ${counts.moves} · booth visits ${counts.boothVisits} · chats ${counts.chats} · live sessions ${counts.sessions} · questions ${counts.questions} · negotiations ${counts.negotiations} · deals ${counts.deals} · bids ${counts.bids} · errors ${counts.errors}`,
  );
}, 10_000);

try {
  console.log(
    `[sim] ${visitors} visitors for ${minutes} min against ${url}${values['replay-expo'] ? ' — replaying the 2020 expo week' : ''}`,
  );
  const bots = [];
  for (let i = 0; i < visitors; i++) bots.push(await newVisitor(i));
  const tasks = bots.map((b, i) => (i % 10 === 9 ? bidder(b) : walker(b)));
  // One presenter per hall (more with more visitors), in seeded booths near the entrance where walkers pass.
  const presenters = Math.min(10, Math.max(1, Math.round(visitors / 20)));
  const halls = (await call('GET', '/api/expo')).halls;
  for (let k = 0; k < presenters; k++) {
    const { booths } = await call('GET', `/api/halls/${halls[k % halls.length].id}`);
    const seeded = booths.filter((b) => /^org-s\d+$/.test(b.orgId) && !b.live);
    if (seeded.length) tasks.push(presenter(pick(seeded)).catch((err) => noteError('presenter', err.message)));
  }

  if (values['replay-expo']) {
    // The published totals (fen): patents + trademarks ¥1.723 bn; copyrights ¥144 m over 2,323 copyrights.
    const f = Number(values['replay-fraction']);
    if (!(f > 0 && f <= 1)) throw new Error('--replay-fraction must be in (0, 1]');
    const plan = [
      { type: 'copyright', count: 2_323, total: 14_400_000_000 },
      { type: 'patent', count: 520, total: 120_000_000_000 },
      { type: 'trademark', count: 480, total: 52_300_000_000 },
    ].map((p) => ({ ...p, count: Math.max(1, Math.round(p.count * f)), total: Math.round((p.total * f) / 100) * 100 }));
    const jobs = [];
    for (const p of plan) {
      const exhibits = await exhibitsOfType(p.type, p.count);
      if (exhibits.length < p.count)
        throw new Error(
          `only ${exhibits.length} available ${p.type}s; the replay needs ${p.count} — load the full data set (npm run seed -- --scale full --reset)`,
        );
      const amounts = splitAmount(p.total, p.count);
      for (let i = 0; i < p.count; i++) jobs.push({ exhibit: exhibits[i], amount: amounts[i] });
    }
    // Shuffle, then pace the deals evenly over the run (the week compressed into M minutes).
    for (let i = jobs.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
    }
    const spacing = (minutes * 60_000 * 0.95) / jobs.length;
    const lanes = 8;
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        for (let k = lane; k < jobs.length; k += lanes) {
          const due = started + k * spacing;
          if (due > Date.now()) await sleep(due - Date.now());
          const job = jobs[k];
          await dealOn(bots[k % bots.length], job.exhibit, job.amount).catch((err) => noteError('deal', err.message));
        }
      }),
    );
  } else {
    // A lively demo: now and then a visitor negotiates on something it saw, and it sometimes agrees.
    const negotiator = async () => {
      while (Date.now() < endAt) {
        await sleep(4000 + rand() * 8000);
        const type = pick(['patent', 'trademark', 'copyright']);
        const page = await call('GET', `/api/exhibits?type=${type}&limit=100&cursor=${Math.floor(rand() * 50) * 100}`).catch(() => ({
          items: [],
        }));
        const exhibit = pick(page.items.filter((e) => e.status === 'available' && tradeable(e)));
        if (!exhibit) continue;
        if (rand() < 0.4)
          await dealOn(pick(bots), exhibit, Math.round((exhibit.askingPrice.amount * (0.7 + rand() * 0.3)) / 100) * 100).catch((err) =>
            noteError('deal', err.message),
          );
        else {
          const opened = await emit(pick(bots).socket, 'negotiation:open', { exhibitId: exhibit.id });
          if (opened.ok) counts.negotiations += 1;
        }
      }
    };
    tasks.push(negotiator(), negotiator());
  }
  await Promise.all(tasks);
} finally {
  clearInterval(progress);
  const stats = await call('GET', '/api/stats').catch(() => null);
  console.log(`[sim] done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);
  if (errorsSeen.size) console.log(`[sim] errors: ${[...errorsSeen].map(([k, v]) => `${k} ×${v}`).join('; ')}`);
  if (stats) {
    const bt = stats.byType;
    console.log(
      `[sim] expo statistics: ${stats.deals} deals, ${yuan(stats.totalAmount.amount)} in total — patents ${yuan(bt.patent.amount.amount)}, trademarks ${yuan(bt.trademark.amount.amount)}, copyrights ${yuan(bt.copyright.amount.amount)} (${bt.copyright.count} copyright deals)`,
    );
  }
  for (const s of await Promise.all([...sellers.values()].map((p) => p.catch(() => null)))) s?.disconnect();
  process.exit(0);
}
