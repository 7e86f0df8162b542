// Load worker for the hot-auction benchmark: `count` bidders on one node, each bidding in a loop
// (next ack → next bid) until `untilMs`, reporting every attempt's ack latency and outcome.
import { io } from 'socket.io-client';

const { url, tokens, auctionId, untilMs, workerId } = JSON.parse(process.argv[2]);
const now = () => performance.timeOrigin + performance.now();
const results = { attempts: 0, accepted: 0, placed: [], rejected: {}, latencies: [] };
let floor = 0; // the best known next minimum (from any ack seen by this worker)

function connect(token) {
  return new Promise((resolve, reject) => {
    const s = io(url, { transports: ['websocket'], auth: { token }, reconnection: false, forceNew: true });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

function ack(socket, payload) {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve({ ok: false, error: { code: 'TIMEOUT' } }), 5000);
    socket.emit('auction:bid', payload, (answer) => {
      clearTimeout(t);
      resolve(answer);
    });
  });
}

const sockets = await Promise.all(tokens.map(connect));
process.send({ ready: true });
await new Promise((r) => process.once('message', r)); // go

await Promise.all(
  sockets.map(async (socket, i) => {
    let n = 0;
    while (now() < untilMs) {
      n += 1;
      // Aim a little above the floor so bidders race for the same few amounts (a hot auction).
      const amount = floor + 1_000 * (1 + ((i + n) % 3));
      const bidId = `w${workerId}-s${i}-b${n}`;
      const t0 = now();
      const answer = await ack(socket, { auctionId, bidId, amount: { amount, currency: 'CNY' } });
      results.latencies.push(now() - t0);
      results.attempts += 1;
      if (answer.ok) {
        results.accepted += 1;
        if (answer.placed) results.placed.push({ bidId, amount });
        floor = Math.max(floor, answer.auction.nextMinimum.amount - 1_000);
      } else {
        const code = answer.error?.code ?? 'ERROR';
        results.rejected[code] = (results.rejected[code] ?? 0) + 1;
        if (code === 'BID_TOO_LOW' && answer.error.details?.minimum) floor = Math.max(floor, answer.error.details.minimum.amount - 1_000);
        // Stay under the per-socket event rate (30/s) that protects the node.
        if (code === 'RATE_LIMITED') await new Promise((r) => setTimeout(r, 200));
      }
      await new Promise((r) => setTimeout(r, 30));
    }
  }),
);
for (const s of sockets) s.disconnect();
process.send({ results });
