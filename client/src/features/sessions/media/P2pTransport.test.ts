import type { SubscriptionEvent } from './MediaTransport';
import { MAX_P2P_VIEWERS, P2pTransport } from './P2pTransport';
import type { IncomingSignal, OutgoingSignal, RtcSignalling } from './signalling';

/** Just enough of an RTCPeerConnection to watch the order of descriptions and candidates. */
class FakePeer {
  remoteDescription: RTCSessionDescriptionInit | null = null;
  localDescription: RTCSessionDescriptionInit | null = null;
  connectionState: RTCPeerConnectionState = 'new';
  /** What happened to this connection, in order. */
  log: string[] = [];
  senders: { kind: string; track: unknown; replaceTrack(t: unknown): Promise<void> }[] = [];
  closed = false;
  ontrack: ((e: unknown) => void) | null = null;
  onicecandidate: ((e: unknown) => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;

  constructor(readonly config: RTCConfiguration) {}

  async setRemoteDescription(d: RTCSessionDescriptionInit) {
    await Promise.resolve();
    this.remoteDescription = d;
    this.log.push(`remote:${d.type}`);
  }
  async setLocalDescription(d: RTCSessionDescriptionInit) {
    this.localDescription = d;
    this.log.push(`local:${d.type}`);
  }
  async createOffer() {
    return { type: 'offer' as const, sdp: 'v=0 offer' };
  }
  async createAnswer() {
    return { type: 'answer' as const, sdp: 'v=0 answer' };
  }
  async addIceCandidate(c: RTCIceCandidateInit) {
    if (!this.remoteDescription) throw new Error('InvalidStateError: no remote description');
    this.log.push(`candidate:${c.candidate}`);
  }
  addTransceiver(trackOrKind: { kind: string } | string) {
    const kind = typeof trackOrKind === 'string' ? trackOrKind : trackOrKind.kind;
    const sender: FakePeer['senders'][number] = {
      kind,
      track: typeof trackOrKind === 'string' ? null : trackOrKind,
      replaceTrack: async (t: unknown) => {
        sender.track = t;
      },
    };
    this.senders.push(sender);
    return { sender };
  }
  close() {
    this.closed = true;
    this.connectionState = 'closed';
  }
}

/** The server's relay, in memory: records what we send and lets a test deliver what peers send. */
function fakeSignalling() {
  const sent: OutgoingSignal[] = [];
  const handlers = { want: [] as ((p: { sessionId: string; from: string }) => void)[], signal: [] as ((p: IncomingSignal) => void)[] };
  const gone: ((p: { sessionId: string; from: string }) => void)[] = [];
  const offline: (() => void)[] = [];
  let wants = 0;
  const signalling: RtcSignalling = {
    want: async () => {
      wants += 1;
    },
    send: (s) => sent.push(s),
    onWant: (h) => {
      handlers.want.push(h);
      return () => {};
    },
    onSignal: (h) => {
      handlers.signal.push(h);
      return () => {};
    },
    onGone: (h) => {
      gone.push(h);
      return () => {};
    },
    onOffline: (h) => {
      offline.push(h);
      return () => {};
    },
  };
  return {
    signalling,
    sent,
    wants: () => wants,
    want: (from: string) => {
      for (const h of handlers.want) h({ sessionId: 's1', from });
    },
    signal: (p: Omit<IncomingSignal, 'sessionId'>) => {
      for (const h of handlers.signal) h({ sessionId: 's1', ...p });
    },
    gone: (from: string) => {
      for (const h of gone) h({ sessionId: 's1', from });
    },
    offline: () => {
      for (const h of offline) h();
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const candidate = (n: number) => ({ candidate: `candidate:${n} 1 udp 1 10.0.0.1 5000 typ host`, sdpMid: '0', sdpMLineIndex: 0 });
const fakeStream = (...kinds: string[]) => {
  const tracks = kinds.map((kind) => ({ kind, readyState: 'live' }));
  return { getTracks: () => tracks } as unknown as MediaStream;
};

function setup() {
  const net = fakeSignalling();
  const peers: FakePeer[] = [];
  const transport = new P2pTransport({
    sessionId: 's1',
    iceServers: [{ urls: 'stun:stun.example.org:3478' }],
    signalling: net.signalling,
    createPeer: (config) => {
      const peer = new FakePeer(config);
      peers.push(peer);
      return peer as unknown as RTCPeerConnection;
    },
  });
  return { net, peers, transport };
}

/** A host publishing camera and microphone once viewer-a has asked and its offer is out. */
async function hostAskedByViewerA() {
  const host = setup();
  await host.transport.publish(fakeStream('video', 'audio'));
  host.net.want('viewer-a');
  await settle();
  return host;
}

test('a viewer keeps the host candidates that arrive before the offer and adds them after setting it', async () => {
  const { net, peers, transport } = setup();
  const events: SubscriptionEvent[] = [];
  transport.subscribe((e) => events.push(e));
  expect(net.wants()).toBe(1);
  net.signal({ from: 'host-sock', candidate: candidate(1) });
  net.signal({ from: 'host-sock', candidate: candidate(2) });
  await settle();
  expect(peers).toHaveLength(0);
  net.signal({ from: 'host-sock', description: { type: 'offer', sdp: 'v=0 offer' } });
  await settle();
  const [peer] = peers;
  expect(peer?.log).toEqual(['remote:offer', `candidate:${candidate(1).candidate}`, `candidate:${candidate(2).candidate}`, 'local:answer']);
  expect(peer?.config.iceServers).toEqual([{ urls: 'stun:stun.example.org:3478' }]);
  expect(net.sent).toEqual([{ sessionId: 's1', to: 'host-sock', description: { type: 'answer', sdp: 'v=0 answer' } }]);
  transport.close();
});

test('the host offers to each viewer who asks, and queues a viewer candidate that beats its answer', async () => {
  const { net, peers, transport } = await hostAskedByViewerA();
  expect(net.sent).toEqual([{ sessionId: 's1', to: 'viewer-a', description: { type: 'offer', sdp: 'v=0 offer' } }]);
  const [peer] = peers;
  net.signal({ from: 'viewer-a', candidate: candidate(7) });
  await settle();
  expect(peer?.log).toEqual(['local:offer']);
  net.signal({ from: 'viewer-a', description: { type: 'answer', sdp: 'v=0 answer' } });
  await settle();
  expect(peer?.log).toEqual(['local:offer', 'remote:answer', `candidate:${candidate(7).candidate}`]);
  expect(peer?.senders.map((s) => s.kind)).toEqual(['audio', 'video']);
  transport.close();
});

test('a host that is not publishing ignores rtc:want', async () => {
  const { net, peers, transport } = setup();
  net.want('viewer-a');
  await settle();
  expect(peers).toHaveLength(0);
  expect(net.sent).toEqual([]);
  transport.close();
});

test('rtc:gone closes that viewer’s connection on the host, and only that one', async () => {
  const { net, peers, transport } = setup();
  await transport.publish(fakeStream('video'));
  net.want('viewer-a');
  net.want('viewer-b');
  await settle();
  expect(transport.viewerCount).toBe(2);
  net.gone('viewer-a');
  expect(peers.map((p) => p.closed)).toEqual([true, false]);
  expect(transport.viewerCount).toBe(1);
  transport.close();
});

test('a dropped socket closes every peer connection on both sides', async () => {
  const { net, peers, transport } = setup();
  const events: SubscriptionEvent[] = [];
  await transport.publish(fakeStream('video'));
  net.want('viewer-a');
  transport.subscribe((e) => events.push(e));
  net.signal({ from: 'other-host', description: { type: 'offer', sdp: 'v=0 offer' } });
  await settle();
  expect(peers).toHaveLength(2);
  net.offline();
  expect(peers.every((p) => p.closed)).toBe(true);
  expect(transport.viewerCount).toBe(0);
  transport.close();
});

test('a new stream swaps the tracks of every viewer connection in place, without a new offer', async () => {
  const { net, peers, transport } = await hostAskedByViewerA();
  const offers = net.sent.length;
  const screen = fakeStream('video');
  await transport.publish(screen);
  const [peer] = peers;
  expect(peer?.senders.find((s) => s.kind === 'video')?.track).toBe(screen.getTracks()[0]);
  expect(peer?.senders.find((s) => s.kind === 'audio')?.track).toBeNull();
  expect(net.sent.length).toBe(offers);
  transport.close();
});

test(`the host answers at most ${MAX_P2P_VIEWERS} viewers at once`, async () => {
  const { net, peers, transport } = setup();
  const quiet = console.info;
  console.info = () => {};
  await transport.publish(fakeStream('video'));
  for (let i = 0; i <= MAX_P2P_VIEWERS; i++) net.want(`viewer-${i}`);
  await settle();
  expect(peers).toHaveLength(MAX_P2P_VIEWERS);
  expect(transport.viewerCount).toBe(MAX_P2P_VIEWERS);
  console.info = quiet;
  transport.close();
});

test('a viewer keeps the first host tab’s connection when a second tab offers too', async () => {
  const { net, peers, transport } = setup();
  transport.subscribe(() => {});
  net.signal({ from: 'host-tab-1', description: { type: 'offer', sdp: 'v=0 offer' } });
  await settle();
  net.signal({ from: 'host-tab-2', description: { type: 'offer', sdp: 'v=0 offer' } });
  await settle();
  expect(peers).toHaveLength(1);
  expect(net.sent.map((s) => s.to)).toEqual(['host-tab-1']);
  transport.close();
});
