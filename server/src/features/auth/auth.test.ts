import { keys } from '../../redis/keys.js';
import { api, registerUser, startTestNode, startTestRedis, useTestStack } from '../../testing/harness.js';

describe('accounts', () => {
  const stack = useTestStack();
  const base = () => stack.node().url;

  test('a visitor registers and gets a token, an httpOnly SameSite=Lax sid cookie and their user', async () => {
    const res = await api(base(), 'POST', '/api/auth/register', {
      body: { email: 'Ada@Example.com', password: 'analytical engine', displayName: 'Ada', role: 'visitor' },
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ displayName: 'Ada', role: 'visitor', email: 'ada@example.com' });
    expect(typeof res.body.token).toBe('string');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await api(base(), 'GET', '/api/me', { headers: { cookie: cookie.split(';')[0] as string } });
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id: res.body.user.id, role: 'visitor' });
  });

  test('passwords are stored as scrypt hashes, never in plain text', async () => {
    const { user, password } = await registerUser(base(), 'visitor');
    const stored = await stack.node().app.redis.hGet(keys.user(user.id), 'passwordHash');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored).not.toContain(password);
  });

  test('an exhibitor registers with an organization and /api/me shows orgId', async () => {
    const { token } = await registerUser(base(), 'exhibitor', {
      organization: { name: 'Pearl River Photonics', kind: 'enterprise', region: 'GD', country: 'CN' },
    });
    const me = await api(base(), 'GET', '/api/me', { token });
    expect(me.body.user.orgId).toMatch(/^org_/);
    expect(me.body.user.orgName).toBe('Pearl River Photonics');
  });

  test('an exhibitor without an organization gets 400 naming the field and no account is created', async () => {
    const res = await api(base(), 'POST', '/api/auth/register', {
      body: { email: 'noorg@example.com', password: 'long enough', displayName: 'X', role: 'exhibitor' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.message).toContain('body.organization');
    expect(await stack.node().app.redis.exists(keys.userByEmail('noorg@example.com'))).toBe(0);
  });

  test('a taken email gets CONFLICT', async () => {
    const { email } = await registerUser(base(), 'visitor');
    const res = await api(base(), 'POST', '/api/auth/register', {
      body: { email, password: 'another password', displayName: 'Y', role: 'visitor' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('CONFLICT');
  });

  test('bad registration input is rejected field by field: email, short password, role, organizer role', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'not-an-email', password: 'long enough', displayName: 'A', role: 'visitor' }, 'body.email'],
      [{ email: 'a@b.co', password: 'short', displayName: 'A', role: 'visitor' }, 'body.password'],
      [{ email: 'a@b.co', password: 'long enough', displayName: 'A', role: 'organizer' }, 'body.role'],
      [{ email: 'a@b.co', password: 'long enough', displayName: 'x'.repeat(500), role: 'visitor' }, 'body.displayName'],
      [{ email: 'a@b.co', password: 'long enough', displayName: 'A', role: 'visitor', admin: true }, 'admin'],
    ];
    for (const [body, field] of cases) {
      const res = await api(base(), 'POST', '/api/auth/register', { body });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(res.body.error.message).toContain(field);
    }
    expect(await stack.node().app.redis.exists(keys.userByEmail('a@b.co'))).toBe(0);
  });

  test('login with the right password gives a new session; a wrong one gives 401', async () => {
    const { email, password } = await registerUser(base(), 'visitor');
    const ok = await api(base(), 'POST', '/api/auth/login', { body: { email, password } });
    expect(ok.status).toBe(200);
    expect(ok.body.user.email).toBe(email);
    const bad = await api(base(), 'POST', '/api/auth/login', { body: { email, password: 'wrong password' } });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('UNAUTHENTICATED');
    const unknown = await api(base(), 'POST', '/api/auth/login', { body: { email: 'nobody@x.org', password } });
    expect(unknown.status).toBe(401);
  });

  test('logout revokes the session token', async () => {
    const { token } = await registerUser(base(), 'visitor');
    expect((await api(base(), 'GET', '/api/me', { token })).status).toBe(200);
    expect((await api(base(), 'POST', '/api/auth/logout', { token })).status).toBe(200);
    const after = await api(base(), 'GET', '/api/me', { token });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('UNAUTHENTICATED');
  });

  test('a made-up bearer token is unauthenticated', async () => {
    const res = await api(base(), 'GET', '/api/me', { token: 'forged-token' });
    expect(res.status).toBe(401);
  });
});

describe('account limits', () => {
  test('one IP may create REGISTER_LIMIT accounts per hour, then gets RATE_LIMITED with Retry-After', async () => {
    const redis = await startTestRedis();
    const node = await startTestNode(redis.url, { registerPerHour: 3 });
    try {
      for (let i = 0; i < 3; i++) await registerUser(node.url, 'visitor');
      const res = await api(node.url, 'POST', '/api/auth/register', {
        body: { email: 'fourth@example.com', password: 'long enough', displayName: 'D', role: 'visitor' },
      });
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('RATE_LIMITED');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await node.app.redis.exists(keys.userByEmail('fourth@example.com'))).toBe(0);
    } finally {
      await node.close();
      await redis.stop();
    }
  });

  test('an account locks after repeated failed logins, even with the right password afterwards', async () => {
    const redis = await startTestRedis();
    const node = await startTestNode(redis.url, { failuresPerAccountPer15Min: 3 });
    try {
      const { email, password } = await registerUser(node.url, 'visitor');
      for (let i = 0; i < 3; i++) {
        expect((await api(node.url, 'POST', '/api/auth/login', { body: { email, password: 'wrong one!' } })).status).toBe(401);
      }
      const locked = await api(node.url, 'POST', '/api/auth/login', { body: { email, password } });
      expect(locked.status).toBe(429);
      expect(locked.body.error.code).toBe('RATE_LIMITED');
    } finally {
      await node.close();
      await redis.stop();
    }
  });
});
