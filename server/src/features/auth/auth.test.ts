import { keys } from '../../redis/keys.js';
import { api, registerUser, type TestNode, useTestCluster, withTestNode, withTestNodes } from '../../testing/harness.js';
import { organizerBootstrapNotice } from './bootstrapNotice.js';
import { DEFAULT_PASSWORD_COST, hashPassword, verifyPassword } from './password.js';

describe('accounts', () => {
  const cluster = useTestCluster();
  const base = () => cluster.node.url;

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
    const stored = await cluster.node.app.redis.hGet(keys.user(user.id), 'passwordHash');
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
    expect(await cluster.node.app.redis.exists(keys.userByEmail('noorg@example.com'))).toBe(0);
  });

  test('a taken email gets CONFLICT', async () => {
    const { email } = await registerUser(base(), 'visitor');
    const res = await api(base(), 'POST', '/api/auth/register', {
      body: { email, password: 'another password', displayName: 'Y', role: 'visitor' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'CONFLICT', reason: 'emailTaken' });
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
    expect(await cluster.node.app.redis.exists(keys.userByEmail('a@b.co'))).toBe(0);
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

  test('a guest asking /api/me gets 200 with user null; a stale session cookie is still UNAUTHENTICATED', async () => {
    const guest = await api(base(), 'GET', '/api/me');
    expect(guest.status).toBe(200);
    expect(guest.body).toEqual({ user: null });
    const stale = await api(base(), 'GET', '/api/me', { headers: { cookie: 'sid=revoked-or-forged' } });
    expect(stale.status).toBe(401);
    expect(stale.body.error.code).toBe('UNAUTHENTICATED');
  });

  test('a made-up bearer token is unauthenticated', async () => {
    const res = await api(base(), 'GET', '/api/me', { token: 'forged-token' });
    expect(res.status).toBe(401);
  });
});

// These limits are per address (and per account) across the cluster: every test sends its attempts to two nodes in
// turn, and the limit must hold over both together.
describe('account limits across two nodes', () => {
  /** Takes the nodes in turn: the first call gets the first node, the next the second, and so on. */
  const alternating = (nodes: TestNode[]) => {
    let i = 0;
    return () => nodes[i++ % nodes.length] as TestNode;
  };

  test('one IP may create REGISTER_LIMIT accounts per hour over all nodes, then gets RATE_LIMITED with Retry-After', async () => {
    await withTestNodes(2, { registerPerHour: 3 }, async (nodes) => {
      const next = alternating(nodes);
      for (let i = 0; i < 3; i++) await registerUser(next().url, 'visitor');
      const res = await api(next().url, 'POST', '/api/auth/register', {
        body: { email: 'fourth@example.com', password: 'long enough', displayName: 'D', role: 'visitor' },
      });
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('RATE_LIMITED');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await nodes[0]?.app.redis.exists(keys.userByEmail('fourth@example.com'))).toBe(0);
    });
  });

  test('failures from strangers at other addresses never lock the owner out', async () => {
    await withTestNodes(2, { freeLoginFailures: 3, trustProxy: true }, async (nodes) => {
      const next = alternating(nodes);
      const { email, password } = await registerUser(next().url, 'visitor');
      const from = (ip: string, pw: string) =>
        api(next().url, 'POST', '/api/auth/login', { body: { email, password: pw }, headers: { 'x-forwarded-for': ip } });
      const statuses = new Set<number>();
      for (let stranger = 1; stranger <= 10; stranger++) {
        for (let i = 0; i < 5; i++) statuses.add((await from(`198.51.100.${stranger}`, 'wrong guess!')).status);
      }
      // The strangers themselves were slowed down...
      expect([...statuses].sort()).toEqual([401, 429]);
      // ...and the owner, from their own address, signs in at once, on either node.
      for (const node of nodes) {
        const owner = await api(node.url, 'POST', '/api/auth/login', {
          body: { email, password },
          headers: { 'x-forwarded-for': '203.0.113.7' },
        });
        expect(owner.status).toBe(200);
        expect(owner.body.user.email).toBe(email);
      }
    });
  });

  test('failures from one address for one account are delayed progressively, whichever node each attempt reaches', async () => {
    await withTestNodes(2, { freeLoginFailures: 3, trustProxy: true }, async (nodes) => {
      const next = alternating(nodes);
      const { email, password } = await registerUser(next().url, 'visitor');
      const attacker = '198.51.100.66';
      const login = (pw: string, ip = attacker) =>
        api(next().url, 'POST', '/api/auth/login', { body: { email, password: pw }, headers: { 'x-forwarded-for': ip } });
      const app = (nodes[0] as TestNode).app;
      // Lets the test skip a wait instead of sleeping through it.
      const waitOver = () => app.redis.hSet(keys.loginFailures(email, attacker), 'until', 0);
      // Three free failures in all: two on one node and one on the other, not three on each.
      for (let i = 0; i < 3; i++) expect((await login('wrong guess!')).status).toBe(401);
      const waits: number[] = [];
      for (let round = 0; round < 3; round++) {
        // Even the right password waits: the delay is not an oracle. Both nodes refuse it.
        for (let node = 0; node < 2; node++) {
          const early = await login(round === 0 ? password : 'wrong guess!');
          expect(early.status).toBe(429);
          expect(early.body.error.code).toBe('RATE_LIMITED');
          if (node === 0) waits.push(Number(early.headers.get('retry-after')));
        }
        await waitOver();
        expect((await login('wrong guess!')).status).toBe(401);
      }
      // 2^0, 2^1, 2^2 seconds (rounded up from what was left of each).
      expect(waits[0]).toBeLessThanOrEqual(1);
      expect(waits[1]).toBeGreaterThan(waits[0] as number);
      expect(waits[2]).toBeGreaterThan(waits[1] as number);
      expect(waits[2]).toBeLessThanOrEqual(8);
      // Refused attempts are not counted: six went through, over both nodes.
      expect(await app.redis.hGet(keys.loginFailures(email, attacker), 'n')).toBe('6');
      // Another address is not delayed at all.
      expect((await login(password, '203.0.113.7')).status).toBe(200);
      // A success from the delayed address, once its wait is over, clears its record.
      await waitOver();
      expect((await login(password)).status).toBe(200);
      expect(await app.redis.exists(keys.loginFailures(email, attacker))).toBe(0);
    });
  });

  test('sign-ins and password changes count against one per-address login limit over all nodes', async () => {
    await withTestNodes(2, { loginPerIpPer5Min: 3 }, async (nodes) => {
      const next = alternating(nodes);
      const { token, email, password } = await registerUser(next().url, 'visitor');
      const change = () =>
        api(next().url, 'POST', '/api/auth/password', {
          token,
          body: { currentPassword: `${password}?`, newPassword: 'a brand new secret' },
        });
      const login = () => api(next().url, 'POST', '/api/auth/login', { body: { email, password: 'wrong guess!' } });
      expect((await change()).status).toBe(403);
      expect((await login()).status).toBe(401);
      expect((await change()).status).toBe(403);
      // The fourth attempt from the address, on either node, is over the limit of three.
      for (const attempt of [login, change]) {
        const limited = await attempt();
        expect(limited.status).toBe(429);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    });
  });
});

describe('password change', () => {
  const cluster = useTestCluster({ loginPerIpPer5Min: 0 });
  const base = () => cluster.node.url;

  test('a password change ends every other session of the user and keeps the caller signed in', async () => {
    const { token: caller, email, password } = await registerUser(base(), 'visitor');
    const other = (await api(base(), 'POST', '/api/auth/login', { body: { email, password } })).body.token as string;
    const change = await api(base(), 'POST', '/api/auth/password', {
      token: caller,
      body: { currentPassword: password, newPassword: 'a brand new secret' },
    });
    expect(change.status).toBe(200);
    expect(change.body).toEqual({ ok: true });
    expect((await api(base(), 'GET', '/api/me', { token: caller })).status).toBe(200);
    expect((await api(base(), 'GET', '/api/me', { token: other })).status).toBe(401);
    expect((await api(base(), 'POST', '/api/auth/login', { body: { email, password } })).status).toBe(401);
    const fresh = await api(base(), 'POST', '/api/auth/login', { body: { email, password: 'a brand new secret' } });
    expect(fresh.status).toBe(200);
    expect((await api(base(), 'GET', '/api/me', { token: fresh.body.token })).status).toBe(200);
  });

  test('a wrong current password is FORBIDDEN and a weak new one is INVALID_INPUT naming newPassword; nothing changes', async () => {
    const { token, email, password } = await registerUser(base(), 'visitor');
    const wrong = await api(base(), 'POST', '/api/auth/password', {
      token,
      body: { currentPassword: 'not my password', newPassword: 'a brand new secret' },
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('FORBIDDEN');
    const weak = await api(base(), 'POST', '/api/auth/password', { token, body: { currentPassword: password, newPassword: 'short' } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('INVALID_INPUT');
    expect(weak.body.error.message).toContain('body.newPassword');
    expect((await api(base(), 'POST', '/api/auth/login', { body: { email, password } })).status).toBe(200);
    expect((await api(base(), 'GET', '/api/me', { token })).status).toBe(200);
  });

  test('a password change needs a session', async () => {
    const res = await api(base(), 'POST', '/api/auth/password', { body: { currentPassword: 'whatever1', newPassword: 'whatever22' } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('password hashing cost', () => {
  test('production hashes with scrypt N = 2^17 and the hash records its parameters', async () => {
    expect(DEFAULT_PASSWORD_COST.N).toBeGreaterThanOrEqual(2 ** 17);
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batter', stored)).toBe(false);
  });

  test('a user stored with a lower cost signs in and their stored hash is upgraded (a wrong password upgrades nothing)', async () => {
    await withTestNode({ passwordCost: { N: 2 ** 15, r: 8, p: 1 } }, async (node) => {
      const { user, email, password } = await registerUser(node.url, 'visitor');
      const old = await hashPassword(password, { N: 2 ** 12, r: 8, p: 1 });
      await node.app.redis.hSet(keys.user(user.id), 'passwordHash', old);
      expect((await api(node.url, 'POST', '/api/auth/login', { body: { email, password: 'wrong password' } })).status).toBe(401);
      expect(await node.app.redis.hGet(keys.user(user.id), 'passwordHash')).toBe(old);
      expect((await api(node.url, 'POST', '/api/auth/login', { body: { email, password } })).status).toBe(200);
      const upgraded = (await node.app.redis.hGet(keys.user(user.id), 'passwordHash')) as string;
      expect(upgraded).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect((await api(node.url, 'POST', '/api/auth/login', { body: { email, password } })).status).toBe(200);
    });
  });
});

describe('organizer account', () => {
  const cluster = useTestCluster();

  test('startup refuses an ORGANIZER_EMAIL that belongs to a non-organizer account, and the account keeps its role', async () => {
    const { user, email } = await registerUser(cluster.node.url, 'visitor');
    await expect(cluster.node.app.services.auth.ensureOrganizer(email, 'organizer-password')).rejects.toThrow(
      /ORGANIZER_EMAIL .* belongs to an existing visitor account/,
    );
    expect(await cluster.node.app.redis.hGet(keys.user(user.id), 'role')).toBe('visitor');
    expect(await cluster.node.app.redis.sIsMember(keys.organizers, user.id)).toBeFalsy();
  });

  test('an existing organizer account is kept as it is', async () => {
    const email = `boss-${Date.now()}@test.pavilion`;
    const auth = cluster.node.app.services.auth;
    expect(await auth.ensureOrganizer(email, undefined)).toEqual(expect.any(String));
    expect(await auth.ensureOrganizer(email, undefined)).toBeNull();
  });

  test('the generated organizer password never reaches the log, and reaches a terminal only when there is one', () => {
    const secret = 'S3cr3t-generated-pw';
    const atTerminal = organizerBootstrapNotice('boss@example.com', secret, true);
    const headless = organizerBootstrapNotice('boss@example.com', secret, false);
    expect(atTerminal.log).not.toContain(secret);
    expect(atTerminal.terminal).toContain(secret);
    expect(headless.log).not.toContain(secret);
    expect(headless.terminal).toBeUndefined();
    expect(headless.log).toContain('ORGANIZER_PASSWORD');
    expect(headless.log).toContain('boss@example.com');
  });
});

describe('display names', () => {
  const cluster = useTestCluster();

  test('names reserved for the organizer are refused at registration, naming displayName', async () => {
    for (const displayName of ['Organizer', 'ＡＤＭＩＮ', 'Pavilion Team', '主辦方', '官方管理员', 'Mod\u200Berator']) {
      const res = await api(cluster.node.url, 'POST', '/api/auth/register', {
        body: { email: `n${Date.now()}@example.com`, password: 'long enough', displayName, role: 'visitor' },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(res.body.error.message).toContain('body.displayName');
    }
  });

  test('format characters are stripped from a registered display name', async () => {
    const { user } = await registerUser(cluster.node.url, 'visitor', { displayName: 'Ev\u202Eil\u200B Twin\u2028' });
    expect(user.displayName).toBe('Evil Twin');
  });
});

describe('organization names', () => {
  const cluster = useTestCluster();
  const register = (name: string) =>
    api(cluster.node.url, 'POST', '/api/auth/register', {
      body: {
        email: `org${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
        password: 'long enough',
        displayName: 'Wang Fang',
        role: 'exhibitor',
        organization: { name, kind: 'enterprise', region: 'GD', country: 'CN' },
      },
    });

  test('names that pass an organization off as the expo or its staff are refused at registration, naming organization.name, in any case or spacing', async () => {
    for (const name of [
      'Pavilion',
      ' p a v i l i o n ',
      'ORGANIZER',
      'Official Partners',
      'System',
      'S Y S T E M',
      'support team',
      'Ａｄｍｉｎ',
      '主办方',
      '官方 客服',
      '客服',
    ]) {
      const res = await register(name);
      expect({ name, status: res.status, code: res.body.error?.code, fields: res.body.error?.details?.fields }).toEqual({
        name,
        status: 400,
        code: 'INVALID_INPUT',
        fields: ['body.organization.name'],
      });
      expect(res.body.error.details.issues[0].params.reason).toBe('reservedName');
    }
  });

  test('ordinary organization names that merely contain such words are accepted', async () => {
    for (const name of ['Control System Technology Co., Ltd.', '深圳市系统集成有限公司', 'Badminton Supplies', 'Support Vector Labs']) {
      expect({ name, status: (await register(name)).status }).toEqual({ name, status: 201 });
    }
  });
});
