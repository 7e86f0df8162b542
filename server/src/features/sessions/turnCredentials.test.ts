import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IceServer, LiveSession, MeetingJoinAnswer, SessionJoinAnswer } from '@pavilion/shared';
import { pino } from 'pino';
import { type Application, createApplication } from '../../app.js';
import { LocalFileStore } from '../../files/fileStore.js';
import type { LocalRedis } from '../../redis/localRedis.js';
import { iceServersFor } from '../../sfu/iceServers.js';
import {
  api,
  connectSocket,
  emitAck,
  registerExhibitorWithBooth,
  registerUser,
  startTestRedis,
  TEST_PASSWORD_COST,
  type TestSocket,
} from '../../testing/harness.js';

const TURN = {
  urls: ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349'],
  secret: 'coturn-static-auth-secret',
  ttlS: 600,
};
const STUN = ['stun:stun.example.org:3478'];

/** The TURN entry of a join's ICE servers, checked against coturn's rule; returns its expiry (unix seconds). */
function turnExpiry(servers: IceServer[], who: string): number {
  expect(servers[0]).toEqual({ urls: STUN });
  const turn = servers.find((s) => s.username !== undefined);
  expect(turn?.urls).toEqual(TURN.urls);
  const [expiry, user] = (turn?.username ?? '').split(':');
  expect(user).toBe(who);
  expect(turn?.credential).toBe(
    createHmac('sha1', TURN.secret)
      .update(turn?.username ?? '')
      .digest('base64'),
  );
  return Number(expiry);
}

describe('TURN credentials handed to joining peers', () => {
  let redis: LocalRedis;
  const apps: Application[] = [];
  const urls: string[] = [];
  const sockets: TestSocket[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-test-files-'));

  beforeAll(async () => {
    redis = await startTestRedis();
    for (let i = 0; i < 2; i++) {
      const app = await createApplication({
        redisUrl: redis.url,
        files: await LocalFileStore.open(dir),
        logger: pino({ level: 'silent' }),
        authLimits: { registerPerHour: 0, loginPerIpPer5Min: 0, freeFailuresPerAccountAndIp: 0, maxFailureDelayS: 900 },
        passwordCost: TEST_PASSWORD_COST,
        socketsPerIp: 0,
        iceServers: iceServersFor(STUN, TURN),
      });
      apps.push(app);
      urls.push(`http://127.0.0.1:${await app.listen(0)}`);
    }
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    for (const app of apps) await app.close();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const connect = async (url: string, token?: string) => {
    const s = await connectSocket(url, token);
    sockets.push(s);
    return s;
  };

  test('a viewer joining a session on another node gets TURN credentials in its own name that expire after the TTL', async () => {
    const [a, b] = urls as [string, string];
    const host = await registerExhibitorWithBooth(a, 'patents', 'TURN Stage');
    const hostSocket = await connect(a, host.token);
    const started = await emitAck<{ session: LiveSession }>(hostSocket, 'session:start', { boothId: host.boothId, title: 'Behind NAT' });
    if (!started.ok) throw new Error(started.error.message);

    const viewer = await registerUser(b, 'visitor');
    const before = Math.floor(Date.now() / 1000);
    const join = await emitAck<SessionJoinAnswer>(await connect(b, viewer.token), 'session:join', { sessionId: started.session.id });
    const after = Math.floor(Date.now() / 1000);
    if (!join.ok) throw new Error(join.error.message);
    const expiry = turnExpiry(join.iceServers, viewer.user.id);
    expect(expiry).toBeGreaterThanOrEqual(before + TURN.ttlS);
    expect(expiry).toBeLessThanOrEqual(after + TURN.ttlS);

    // A guest watching the public session gets one too, in a name of its own.
    const guest = await connect(a);
    const guestJoin = await emitAck<SessionJoinAnswer>(guest, 'session:join', { sessionId: started.session.id });
    if (!guestJoin.ok) throw new Error(guestJoin.error.message);
    turnExpiry(guestJoin.iceServers, `guest-${guest.id}`);
  });

  test('each party entering a 1:1 meeting gets TURN credentials in its own name', async () => {
    const [a, b] = urls as [string, string];
    const ex = await registerExhibitorWithBooth(a, 'patents', 'TURN Meetings');
    const start = Date.now() + 2 * 60_000;
    const slots = await api(a, 'POST', `/api/booths/${ex.boothId}/slots`, {
      token: ex.token,
      body: { slots: [{ startsAt: start, endsAt: start + 30 * 60_000 }] },
    });
    expect(slots.status).toBe(201);
    const visitor = await registerUser(b, 'visitor');
    const booked = await api(b, 'POST', '/api/meetings', { token: visitor.token, body: { slotId: slots.body.slots[0].id } });
    expect(booked.status).toBe(201);
    const meetingId = booked.body.meeting.id as string;

    const v = await emitAck<MeetingJoinAnswer>(await connect(b, visitor.token), 'meeting:join', { meetingId });
    if (!v.ok) throw new Error(v.error.message);
    turnExpiry(v.iceServers, visitor.user.id);
    const s = await emitAck<MeetingJoinAnswer>(await connect(a, ex.token), 'meeting:join', { meetingId });
    if (!s.ok) throw new Error(s.error.message);
    turnExpiry(s.iceServers, ex.user.id);
  });
});
