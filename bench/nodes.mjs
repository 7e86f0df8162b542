// Starts app nodes as separate processes (so each has its own heap and can be killed with -9) for the
// benchmarks and the fault suite: loopback only, limits off, no seed data.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../server/dist/redis/localRedis.js';

const root = new URL('..', import.meta.url).pathname;

/** `node server/dist/main.js` on 127.0.0.1; resolves once /api/health answers. */
export async function startNode(redisUrl, nodeId, port, extraEnv = {}) {
  port ??= await freePort();
  const child = spawn(process.execPath, [join(root, 'server/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      REDIS_URL: redisUrl,
      SEED: 'none',
      REGISTER_LIMIT: '0',
      LOGIN_LIMIT: '0',
      SOCKETS_PER_IP: '0',
      SEARCH_LIMIT: '0',
      OFFERS_PER_NEGOTIATION_PER_HOUR: '0',
      OFFERS_PER_USER_PER_MINUTE: '0',
      // Load and fault runs fire bids and questions far faster than a person: the per-user limits would measure themselves.
      AUCTION_BID_LIMIT: '0',
      SESSION_OPEN_QUESTION_LIMIT: '0',
      SESSION_QUESTION_RATE_LIMIT: '0',
      LOG_LEVEL: 'error',
      // Bots register by the hundred: the benches measure the expo, not 2^17 scrypt per account.
      PASSWORD_HASH_COST: '14',
      NODE_ID: nodeId,
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, port, child };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${nodeId} did not start`);
}
