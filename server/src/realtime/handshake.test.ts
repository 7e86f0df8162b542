import express from 'express';
import { io as ioClient } from 'socket.io-client';
import { ClientAddressResolver, type TrustProxySetting } from '../http/clientAddress.js';
import type { LocalRedis } from '../redis/localRedis.js';
import { api, registerUser, startTestNode, startTestRedis, type TestNode, type TestSocket } from '../testing/harness.js';

/** A socket that connected, or the code it was refused with (its connection is closed then). */
type Handshake = { socket: TestSocket; refused?: undefined } | { socket?: undefined; refused: string };

function handshake(
  base: string,
  opts: { token?: string; headers?: Record<string, string>; transports?: ('websocket' | 'polling')[] } = {},
): Promise<Handshake> {
  const socket: TestSocket = ioClient(base, {
    transports: opts.transports ?? ['websocket'],
    auth: opts.token ? { token: opts.token } : {},
    extraHeaders: opts.headers,
    reconnection: false,
    forceNew: true,
  });
  return new Promise((res) => {
    socket.once('connect', () => res({ socket }));
    socket.once('connect_error', (err: Error & { data?: { code?: string } }) => {
      socket.close();
      res({ refused: err.data?.code ?? err.message });
    });
  });
}

async function userIdOf(node: TestNode, socket: TestSocket): Promise<string | null | undefined> {
  const sockets = await node.app.io.local.fetchSockets();
  return sockets.find((s) => s.id === socket.id)?.data.userId;
}

let redis: LocalRedis;
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await redis.stop();
});

describe('per-IP socket cap', () => {
  test('a forged X-Forwarded-For does not lift the per-IP socket cap', async () => {
    // Behind one proxy, the proxy appends the address it saw: the rightmost entry. Whatever the client put
    // to the left of it is its own invention, different on every attempt.
    const node = await startTestNode(redis.url, { socketsPerIp: 2, trustProxy: 1 });
    const forged = (real: string) => ({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}, ${real}` });
    try {
      const held = [
        await handshake(node.url, { headers: forged('203.0.113.7') }),
        await handshake(node.url, { headers: forged('203.0.113.7') }),
      ];
      expect(held.map((h) => h.refused ?? 'connected')).toEqual(['connected', 'connected']);
      expect((await handshake(node.url, { headers: forged('203.0.113.7') })).refused).toBe('RATE_LIMITED');
      expect((await handshake(node.url, { headers: { 'x-forwarded-for': '10.9.9.9, 203.0.113.7' } })).refused).toBe('RATE_LIMITED');
      // Another client behind the same proxy has its own places.
      const other = await handshake(node.url, { headers: forged('203.0.113.8') });
      expect(other.refused).toBeUndefined();
      for (const h of [...held, other]) h.socket?.disconnect();
    } finally {
      await node.close();
    }
  });

  test('REST and the socket handshake take the same client address from the same headers', async () => {
    // The login limiter keys on req.ip; two logins "from" 203.0.113.9 with different forged left parts use up
    // its allowance, as they would use up the socket cap.
    const node = await startTestNode(redis.url, { loginPerIpPer5Min: 2, trustProxy: 1 });
    try {
      const login = (xff: string) =>
        api(node.url, 'POST', '/api/auth/login', {
          body: { email: 'nobody@example.com', password: 'wrong password' },
          headers: { 'x-forwarded-for': xff },
        });
      expect((await login('1.1.1.1, 203.0.113.9')).status).toBe(401);
      expect((await login('2.2.2.2, 203.0.113.9')).status).toBe(401);
      expect((await login('3.3.3.3, 203.0.113.9')).status).toBe(429);
      expect((await login('3.3.3.3, 203.0.113.10')).status).toBe(401);
    } finally {
      await node.close();
    }

    // And rule by rule, Express's req.ip / req.protocol equal what the handshake is given.
    const cases: [TrustProxySetting, Record<string, string>][] = [
      [undefined, { 'x-forwarded-for': '9.9.9.9', 'x-forwarded-proto': 'https' }],
      [1, { 'x-forwarded-for': '9.9.9.9, 8.8.8.8', 'x-forwarded-proto': 'https' }],
      [2, { 'x-forwarded-for': '9.9.9.9, 8.8.8.8, 7.7.7.7' }],
      ['loopback', { 'x-forwarded-for': '9.9.9.9, 127.0.0.1', 'x-forwarded-proto': 'https, http' }],
      ['10.0.0.0/8', { 'x-forwarded-for': '9.9.9.9', 'x-forwarded-proto': 'https' }],
      [true, { 'x-forwarded-for': '9.9.9.9, 8.8.8.8' }],
      [false, { 'x-forwarded-for': '9.9.9.9' }],
    ];
    for (const [setting, headers] of cases) {
      const resolver = new ClientAddressResolver(setting);
      const app = express();
      app.set('trust proxy', resolver.trust);
      app.get('/', (req, res) => {
        res.json({ express: [req.ip, req.protocol], ours: [resolver.addressOf(req), resolver.protocolOf(req)] });
      });
      const server = app.listen(0, '127.0.0.1');
      await new Promise((r) => server.once('listening', r));
      const { port } = server.address() as { port: number };
      const answer = (await (await fetch(`http://127.0.0.1:${port}/`, { headers })).json()) as { ours: unknown; express: unknown };
      server.close();
      expect({ setting, resolved: answer.ours }).toEqual({ setting, resolved: answer.express });
    }
  });

  test('a refused handshake releases its per-IP slot', async () => {
    const node = await startTestNode(redis.url, { socketsPerIp: 2 });
    try {
      for (let i = 0; i < 5; i++) {
        expect((await handshake(node.url, { token: 'not-a-session' })).refused).toBe('UNAUTHENTICATED');
      }
      expect((await handshake(node.url, { headers: { origin: 'https://evil.example' } })).refused).toBe('FORBIDDEN');
      const { token } = await registerUser(node.url, 'visitor');
      const good = [await handshake(node.url, { token }), await handshake(node.url)];
      expect(good.map((h) => h.refused ?? 'connected')).toEqual(['connected', 'connected']);
      // The cap itself still holds.
      expect((await handshake(node.url)).refused).toBe('RATE_LIMITED');
      for (const h of good) h.socket?.disconnect();
    } finally {
      await node.close();
    }
  });
});

describe('handshake Origin', () => {
  let node: TestNode;
  let listed: TestNode;
  let behindTls: TestNode;
  let token: string;
  beforeAll(async () => {
    node = await startTestNode(redis.url);
    listed = await startTestNode(redis.url, { allowedOrigins: ['https://expo.example', 'https://www.expo.example'] });
    behindTls = await startTestNode(redis.url, { trustProxy: 1 });
    token = (await registerUser(node.url, 'visitor')).token;
  });
  afterAll(async () => {
    await Promise.all([node.close(), listed.close(), behindTls.close()]);
  });

  test('a handshake from a foreign Origin is refused', async () => {
    const cookie = { cookie: `sid=${token}` };
    expect((await handshake(node.url, { headers: { ...cookie, origin: 'https://evil.example' } })).refused).toBe('FORBIDDEN');
    // Same host, another port or scheme, is another origin.
    const { port } = new URL(node.url);
    expect((await handshake(node.url, { headers: { ...cookie, origin: `http://127.0.0.1:${Number(port) + 1}` } })).refused).toBe(
      'FORBIDDEN',
    );
    expect((await handshake(node.url, { headers: { ...cookie, origin: `https://127.0.0.1:${port}` } })).refused).toBe('FORBIDDEN');
    expect((await handshake(node.url, { token, headers: { origin: 'null' } })).refused).toBe('FORBIDDEN');
    expect((await handshake(node.url, { headers: { origin: 'https://evil.example' }, transports: ['polling'] })).refused).toBe('FORBIDDEN');
  });

  test('a handshake without Origin and with only a cookie is refused', async () => {
    expect((await handshake(node.url, { headers: { cookie: `sid=${token}` } })).refused).toBe('UNAUTHENTICATED');
    expect((await handshake(node.url, { headers: { cookie: `sid=${token}` }, transports: ['polling'] })).refused).toBe('UNAUTHENTICATED');
  });

  test('a bearer-token client without Origin connects as its user; one with neither token nor cookie is a guest', async () => {
    const bearer = await handshake(node.url, { token });
    expect(bearer.refused).toBeUndefined();
    expect(await userIdOf(node, bearer.socket as TestSocket)).toMatch(/./);
    const guest = await handshake(node.url);
    expect(guest.refused).toBeUndefined();
    expect(await userIdOf(node, guest.socket as TestSocket)).toBeNull();
    bearer.socket?.disconnect();
    guest.socket?.disconnect();
  });

  test("the app's own origin connects with its cookie, over WebSocket and over the same-origin polling fallback", async () => {
    const ws = await handshake(node.url, { headers: { origin: node.url, cookie: `sid=${token}` } });
    expect(ws.refused).toBeUndefined();
    expect(await userIdOf(node, ws.socket as TestSocket)).toMatch(/./);
    // Browsers send no Origin on a same-origin GET, but do send Sec-Fetch-Site.
    const polling = await handshake(node.url, {
      headers: { 'sec-fetch-site': 'same-origin', cookie: `sid=${token}` },
      transports: ['polling'],
    });
    expect(polling.refused).toBeUndefined();
    expect(await userIdOf(node, polling.socket as TestSocket)).toMatch(/./);
    ws.socket?.disconnect();
    polling.socket?.disconnect();
  });

  test('behind a TLS proxy the own origin is https with the forwarded Host', async () => {
    const via = (origin: string, proto: string) =>
      handshake(behindTls.url, {
        headers: {
          origin,
          host: 'expo.example:8443',
          'x-forwarded-proto': proto,
          'x-forwarded-for': '203.0.113.5',
          cookie: `sid=${token}`,
        },
      });
    const ok = await via('https://expo.example:8443', 'https');
    expect(ok.refused).toBeUndefined();
    ok.socket?.disconnect();
    expect((await via('http://expo.example:8443', 'https')).refused).toBe('FORBIDDEN');
    expect((await via('https://expo.example', 'https')).refused).toBe('FORBIDDEN');
  });

  test('with ALLOWED_ORIGINS set, exactly the listed origins connect', async () => {
    for (const origin of ['https://expo.example', 'https://WWW.expo.example:443']) {
      const h = await handshake(listed.url, { headers: { origin, cookie: `sid=${token}` } });
      expect(h.refused).toBeUndefined();
      h.socket?.disconnect();
    }
    expect((await handshake(listed.url, { headers: { origin: listed.url, cookie: `sid=${token}` } })).refused).toBe('FORBIDDEN');
    expect((await handshake(listed.url, { headers: { origin: 'https://expo.example.evil.example' } })).refused).toBe('FORBIDDEN');
  });

  test('the CSP lets pages connect to their own origin and the listed ones only', async () => {
    const own = (await fetch(`${node.url}/api/expo`)).headers.get('content-security-policy') ?? '';
    const connect = (csp: string) =>
      csp
        .split(';')
        .find((d) => d.trim().startsWith('connect-src'))
        ?.trim();
    expect(connect(own)).toBe("connect-src 'self' blob: data:");
    const withList = (await fetch(`${listed.url}/api/expo`)).headers.get('content-security-policy') ?? '';
    expect(connect(withList)).toBe("connect-src 'self' https://expo.example https://www.expo.example blob: data:");
  });
});
