import {
  api,
  connectSocket,
  emitAck,
  nextEvent,
  registerUser,
  type TestNode,
  type TestSocket,
  useTestCluster,
} from '../../testing/harness.js';

/** Resolves with the reason the server gave when it closed the socket. */
const closed = (socket: TestSocket) => new Promise<string>((res) => socket.once('disconnect', (reason) => res(reason)));

/** Asks a `user`-audience event: FORBIDDEN (not in that room) means still signed in, UNAUTHENTICATED a guest. */
const typingAnswer = async (socket: TestSocket) => {
  const ack = await emitAck(socket, 'chat:typing', { room: 'booth:nowhere' });
  return ack.ok ? 'OK' : ack.error.code;
};
const stillSignedIn = async (socket: TestSocket) => (await typingAnswer(socket)) === 'FORBIDDEN';

describe('ending a session reaches its open sockets on every node', () => {
  const cluster = useTestCluster({ nodes: 2 });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  const connect = cluster.connect;
  const signIn = async (email: string, password: string) =>
    (await api(a.url, 'POST', '/api/auth/login', { body: { email, password } })).body.token as string;

  test("a logout on node A disconnects that session's sockets on node B; another session of the same user survives", async () => {
    const { token: leaving, email, password } = await registerUser(a.url, 'visitor');
    const staying = await signIn(email, password);
    const leavingOnB = await connect(b, leaving);
    const leavingOnA = await connect(a, leaving);
    const stayingOnB = await connect(b, staying);
    expect(await stillSignedIn(leavingOnB)).toBe(true);

    const notice = nextEvent<{ reason: string }>(leavingOnB, 'auth:revoked');
    const goneB = closed(leavingOnB);
    const goneA = closed(leavingOnA);
    expect((await api(a.url, 'POST', '/api/auth/logout', { token: leaving })).status).toBe(200);

    expect(await notice).toEqual({ reason: 'logout' });
    expect(await goneB).toBe('io server disconnect');
    expect(await goneA).toBe('io server disconnect');
    expect(stayingOnB.connected).toBe(true);
    expect(await stillSignedIn(stayingOnB)).toBe(true);
    // Coming back with the ended session's token is refused; the client reconnects as a guest.
    await expect(connectSocket(b.url, leaving)).rejects.toThrow('UNAUTHENTICATED');
    expect(await typingAnswer(await connect(b))).toBe('UNAUTHENTICATED');
  });

  test("a password change on node A disconnects the user's other sessions on node B and keeps the caller's sockets", async () => {
    const { token: caller, email, password } = await registerUser(a.url, 'visitor');
    const other = await signIn(email, password);
    const callerOnB = await connect(b, caller);
    const otherOnB = await connect(b, other);
    const otherOnA = await connect(a, other);
    const someoneElse = await connect(b, (await registerUser(a.url, 'visitor')).token);

    const notice = nextEvent<{ reason: string }>(otherOnB, 'auth:revoked');
    const goneB = closed(otherOnB);
    const goneA = closed(otherOnA);
    const change = await api(a.url, 'POST', '/api/auth/password', {
      token: caller,
      body: { currentPassword: password, newPassword: 'a brand new secret' },
    });
    expect(change.status).toBe(200);

    expect(await notice).toEqual({ reason: 'password' });
    expect(await goneB).toBe('io server disconnect');
    expect(await goneA).toBe('io server disconnect');
    expect(callerOnB.connected).toBe(true);
    expect(await stillSignedIn(callerOnB)).toBe(true);
    expect(await stillSignedIn(someoneElse)).toBe(true);
    await expect(connectSocket(b.url, other)).rejects.toThrow('UNAUTHENTICATED');
    // The caller's session was re-issued, not ended: it still opens sockets.
    expect(await stillSignedIn(await connect(b, caller))).toBe(true);
  });

  test('a socket that signed in with the session cookie becomes a guest when it reconnects after logout', async () => {
    const { token } = await registerUser(a.url, 'visitor');
    // A browser's handshake: the cookie rides along with the page's own Origin.
    const viaCookie = () => connect(b, undefined, { cookie: `sid=${token}`, origin: b.url });
    const before = await viaCookie();
    expect(await stillSignedIn(before)).toBe(true);
    const gone = closed(before);
    await api(a.url, 'POST', '/api/auth/logout', { token });
    expect(await gone).toBe('io server disconnect');
    expect(await typingAnswer(await viaCookie())).toBe('UNAUTHENTICATED');
  });
});
