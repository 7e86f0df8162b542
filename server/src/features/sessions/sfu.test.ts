import dgram from 'node:dgram';
import type { LiveSession, SessionJoinAnswer } from '@pavilion/shared';
import Janode, { type JanodeConnection } from 'janode';
import VideoRoomPlugin from 'janode/plugins/videoroom';
import { pino } from 'pino';
import { MediaStreamTrack, RTCPeerConnection } from 'werift';
import { keys } from '../../redis/keys.js';
import { JanusPool, signJanusToken } from '../../sfu/janusPool.js';
import { emitAck, registerExhibitorWithBooth, type TestNode, type TestSocket, useTestCluster } from '../../testing/harness.js';
import { connected, sendOnlyOffer } from '../../testing/webrtc.js';

/** A headless browser's offer: one audio and one video track to send, every ICE candidate in it. */
async function publisherOffer(): Promise<{ pc: RTCPeerConnection; sdp: string }> {
  const pc = new RTCPeerConnection();
  const sdp = await sendOnlyOffer(pc, [new MediaStreamTrack({ kind: 'audio' }), new MediaStreamTrack({ kind: 'video' })]);
  return { pc, sdp };
}

/** The `ip port` of every candidate in an SDP. */
function candidateAddresses(sdp: string): string[] {
  return [...sdp.matchAll(/^a=candidate:\S+ \d+ \S+ \d+ (\S+) (\d+) typ/gm)].map((m) => `${m[1]} ${m[2]}`);
}

describe('live video through Janus (SFU)', () => {
  const cluster = useTestCluster({ nodes: 2, sfu: true });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  const peers: RTCPeerConnection[] = [];
  const direct: JanodeConnection[] = [];
  let n = 0;
  afterAll(async () => {
    for (const pc of peers) await pc.close();
    for (const c of direct) await c.close().catch(() => {});
    // werift's close() leaves two ICE gathering UDP sockets bound (0.0.0.0 and ::) in a state close() refuses,
    // which would keep the in-band test process alive after the run. Nothing else here uses UDP: let them go.
    const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
    for (const h of handles) if (h instanceof dgram.Socket) h.unref();
  });

  async function liveSession() {
    n += 1;
    const host = await registerExhibitorWithBooth(a.url, 'patents', `SFU Stage ${n}`);
    const socket = await cluster.connect(a, host.token);
    const res = await emitAck<{ session: LiveSession }>(socket, 'session:start', { boothId: host.boothId, title: `Keynote ${n}` });
    if (!res.ok) throw new Error(res.error.message);
    return { host, socket, session: res.session };
  }

  /** A pool of the cluster's Janus, as a node holds one: for looking at rooms from outside the nodes. */
  const inspector = () => new JanusPool([cluster.janus.url], cluster.janus.adminSecret, pino({ level: 'silent' }));

  /** A connection straight to Janus, bypassing Pavilion, with the given core token (or none). */
  async function connectDirect(token?: string) {
    const c = await Janode.connect({ address: { url: cluster.janus.url, ...(token ? { token } : {}) }, max_retries: 0 });
    direct.push(c);
    return c;
  }

  async function publish(socket: TestSocket, sessionId: string) {
    const offer = await publisherOffer();
    peers.push(offer.pc);
    const res = await emitAck<{ description: { type: 'answer'; sdp: string } }>(socket, 'sfu:publish', {
      sessionId,
      description: { type: 'offer', sdp: offer.sdp },
    });
    if (res.ok) {
      await offer.pc.setRemoteDescription(res.description);
      await connected(offer.pc);
    }
    return { res, offerSdp: offer.sdp };
  }

  test('going live creates the session’s VideoRoom on Janus, and ending destroys it', async () => {
    const { socket, session } = await liveSession();
    expect(session.transport).toBe('sfu');
    expect(session.recorded).toBe(true);
    const pool = inspector();
    try {
      expect(await pool.roomExists(cluster.janus.url, session.id)).toBe(true);
      const end = await emitAck<{ session: LiveSession }>(socket, 'session:end', { sessionId: session.id });
      expect(end.ok && end.session.status).toBe('ended');
      expect(await pool.roomExists(cluster.janus.url, session.id)).toBe(false);
    } finally {
      await pool.close();
    }
  });

  test('the room secret and the SFU address stay on the server: session snapshots carry only the transport', async () => {
    const { session } = await liveSession();
    const viewer = await cluster.userWithSocket(b);
    const join = await emitAck<SessionJoinAnswer>(viewer.socket, 'session:join', { sessionId: session.id });
    expect(join.ok && join.media).toBe('sfu');
    const json = JSON.stringify(join);
    const stored = await a.app.redis.hmGet(keys.liveSession(session.id), ['sfuSecret', 'sfuUrl']);
    expect(stored[0]).toBeTruthy();
    expect(json).not.toContain(stored[0] as string);
    expect(json).not.toContain(stored[1] as string);
  });

  test('Janus itself refuses a connection without a valid core token', async () => {
    const none = await connectDirect();
    await expect(none.create()).rejects.toThrow(/403/);
    const forged = await connectDirect(signJanusToken('not-the-secret-at-all', 'janus', ['janus.plugin.videoroom'], 600));
    await expect(forged.create()).rejects.toThrow(/403/);
  });

  test('Janus itself refuses to let anyone publish or subscribe without a room token signed for that room', async () => {
    const { session } = await liveSession();
    const other = await liveSession();
    // Even a client holding a valid core token (which Pavilion never hands out) needs a room token per join.
    const c = await connectDirect(signJanusToken(cluster.janus.adminSecret, 'janus', ['janus.plugin.videoroom'], 600));
    const janus = await c.create();
    const attempts: [string, Record<string, unknown>][] = [
      ['publish, no token', { ptype: 'publisher', id: 'intruder-1' }],
      [
        'publish, token for another room',
        {
          ptype: 'publisher',
          id: 'intruder-2',
          token: signJanusToken(cluster.janus.adminSecret, 'janus.plugin.videoroom', [`room=${other.session.id}`], 600),
        },
      ],
      [
        'publish, forged token',
        {
          ptype: 'publisher',
          id: 'intruder-3',
          token: signJanusToken('forged-secret-xyz', 'janus.plugin.videoroom', [`room=${session.id}`], 600),
        },
      ],
      [
        'publish, expired token',
        {
          ptype: 'publisher',
          id: 'intruder-4',
          token: signJanusToken(cluster.janus.adminSecret, 'janus.plugin.videoroom', [`room=${session.id}`], -60),
        },
      ],
      ['subscribe, no token', { ptype: 'subscriber', streams: [{ feed: 'host' }] }],
      [
        'subscribe, token for another room',
        {
          ptype: 'subscriber',
          streams: [{ feed: 'host' }],
          token: signJanusToken(cluster.janus.adminSecret, 'janus.plugin.videoroom', [`room=${other.session.id}`], 600),
        },
      ],
    ];
    for (const [what, body] of attempts) {
      const handle = await janus.attach(VideoRoomPlugin);
      const refusal = await handle.message({ request: 'join', room: session.id, ...body }).then(
        () => null,
        (err: Error) => err.message,
      );
      expect({ what, refusal }).toEqual({ what, refusal: expect.stringMatching(/^433 Unauthorized/) });
    }
    // The same join with the token Pavilion signs gets in: the refusals above were the tokens, nothing else.
    const handle = await janus.attach(VideoRoomPlugin);
    const ok = await handle.message({
      request: 'join',
      room: session.id,
      ptype: 'publisher',
      id: 'with-token',
      token: signJanusToken(cluster.janus.adminSecret, 'janus.plugin.videoroom', [`room=${session.id}`], 600),
    });
    expect(ok.plugindata?.data.videoroom).toBe('joined');
  });

  test('only the booth’s staff may publish, and only viewers who joined may subscribe', async () => {
    const { session } = await liveSession();
    const stranger = await cluster.userWithSocket(b, 'exhibitor');
    const refused = await publish(stranger.socket, session.id);
    expect(!refused.res.ok && refused.res.error).toMatchObject({ code: 'FORBIDDEN', reason: 'notHost' });
    const visitor = await cluster.userWithSocket(b);
    const notJoined = await emitAck(visitor.socket, 'sfu:subscribe', { sessionId: session.id });
    expect(!notJoined.ok && notJoined.error).toMatchObject({ code: 'FORBIDDEN', reason: 'notJoined' });
  });

  test('the host publishes once; each viewer gets an offer from Janus alone, never the host’s candidates', async () => {
    const { socket, session } = await liveSession();
    const { res, offerSdp } = await publish(socket, session.id);
    expect(res.ok && res.description.type).toBe('answer');
    const broadcast = await emitAck(socket, 'session:broadcast', { sessionId: session.id, on: true });
    expect(broadcast.ok).toBe(true);
    const hostCandidates = candidateAddresses(offerSdp);
    expect(hostCandidates.length).toBeGreaterThan(0);

    for (const node of [a, b, b]) {
      const viewer = await cluster.connect(node); // a guest: this session is public
      const join = await emitAck(viewer, 'session:join', { sessionId: session.id });
      expect(join.ok).toBe(true);
      const sub = await emitAck<{ description: { type: 'offer'; sdp: string } }>(viewer, 'sfu:subscribe', {
        sessionId: session.id,
        substream: 0,
      });
      if (!sub.ok) throw new Error(sub.error.message);
      expect(sub.description.type).toBe('offer');
      const offered = candidateAddresses(sub.description.sdp);
      expect(offered.length).toBeGreaterThan(0);
      // Janus's media ports (the test Janus's range), none of the host's.
      for (const c of offered) {
        expect(hostCandidates).not.toContain(c);
        expect(Number(c.split(' ')[1])).toBeGreaterThanOrEqual(21000);
        expect(Number(c.split(' ')[1])).toBeLessThanOrEqual(21999);
      }
      const layer = await emitAck(viewer, 'sfu:layer', { sessionId: session.id, substream: 2 });
      // Switching layers needs the started stream: before sfu:answer Janus has nothing to switch.
      expect(layer.ok || (!layer.ok && layer.error.code === 'CONFLICT')).toBe(true);
    }
    // One publisher in the room whatever the number of viewers.
    const c = await connectDirect(signJanusToken(cluster.janus.adminSecret, 'janus', ['janus.plugin.videoroom'], 600));
    const h = await (await c.create()).attach(VideoRoomPlugin);
    const listed = await h.message({ request: 'listparticipants', room: session.id });
    const participants = (listed.plugindata?.data.participants as { publisher: boolean }[]) ?? [];
    expect(participants.filter((p) => p.publisher)).toHaveLength(1);
  });
});

describe('live video without Janus', () => {
  const cluster = useTestCluster({ nodes: 1 });

  test('without Janus a session goes live peer to peer and says so; sfu:* answers notSfu', async () => {
    const host = await registerExhibitorWithBooth(cluster.node.url, 'patents', 'P2P Stage');
    const socket = await cluster.connect(cluster.node, host.token);
    const res = await emitAck<{ session: LiveSession }>(socket, 'session:start', { boothId: host.boothId, title: 'Small demo' });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.session).toMatchObject({ transport: 'p2p', recorded: false, recording: null });
    const join = await emitAck<SessionJoinAnswer>(socket, 'session:join', { sessionId: res.session.id });
    expect(join.ok && join.media).toBe('p2p');
    const pub = await emitAck(socket, 'sfu:publish', { sessionId: res.session.id, description: { type: 'offer', sdp: 'v=0' } });
    expect(!pub.ok && pub.error).toMatchObject({ code: 'CONFLICT', reason: 'notSfu' });
  });
});
