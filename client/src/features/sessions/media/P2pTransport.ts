import type { IceServer } from '@pavilion/shared';
import { CandidateQueue } from './candidateQueue';
import type { MediaTransport, SubscriptionEvent, SubscriptionState } from './MediaTransport';
import type { IncomingSignal, RtcSignalling, WireCandidate } from './signalling';

/**
 * Viewer connections one host keeps at most. Every viewer is a full copy of the video on the host's
 * uplink (~1–1.5 Mbit/s each), so past this the picture degrades for everyone; later viewers are not
 * answered, see the "video unavailable" note, and keep the card, chat and Q&A. An SFU lifts the limit.
 */
export const MAX_P2P_VIEWERS = 20;
/** How long a viewer waits for the offer and the connection before asking again. */
export const VIEWER_CONNECT_TIMEOUT_MS = 12_000;
/** Asks in a row before a viewer reports `failed` (the page then offers "Try again"). */
export const VIEWER_MAX_ATTEMPTS = 3;
/** A refused `rtc:want` is asked again after this long. */
const REFUSED_RETRY_MS = 2000;
/** A `disconnected` connection gets this long to recover on its own before the viewer asks again. */
const DISCONNECTED_GRACE_MS = 5000;

/** Every host connection carries one audio and one video sender, so camera ↔ screen swaps tracks without renegotiating. */
const KINDS = ['audio', 'video'] as const;

interface HostPeer {
  pc: RTCPeerConnection;
  senders: Map<(typeof KINDS)[number], RTCRtpSender>;
  candidates: CandidateQueue;
}

interface Subscription {
  onEvent: (event: SubscriptionEvent) => void;
  attempt: number;
  state: SubscriptionState;
  /** The host socket whose offer we took (a host with two broadcasting tabs offers twice). */
  hostId: string | null;
  pc: RTCPeerConnection | null;
  /** Candidates per sending socket, kept until that socket's offer is set. */
  queues: Map<string, CandidateQueue>;
  timer: ReturnType<typeof setTimeout> | null;
}

/** What {@link P2pTransport} needs: the session, ICE servers (from the join ack) and a signalling channel. */
export interface P2pOptions {
  sessionId: string;
  iceServers: IceServer[];
  signalling: RtcSignalling;
  /** Makes a peer connection (tests pass a fake). */
  createPeer?: (config: RTCConfiguration) => RTCPeerConnection;
}

/**
 * Peer-to-peer video: the host keeps one RTCPeerConnection per viewer and always makes the offer, so
 * there is no glare and no "perfect negotiation" dance; viewers only answer. Signals go through the
 * server (`rtc:want` / `rtc:signal` / `rtc:gone`), which relays them between socket ids.
 */
export class P2pTransport implements MediaTransport {
  private readonly sessionId: string;
  private readonly config: RTCConfiguration;
  private readonly signalling: RtcSignalling;
  private readonly createPeer: (config: RTCConfiguration) => RTCPeerConnection;
  private readonly offs: (() => void)[];
  private stream: MediaStream | null = null;
  private readonly peers = new Map<string, HostPeer>();
  private sub: Subscription | null = null;

  constructor(options: P2pOptions) {
    this.sessionId = options.sessionId;
    this.config = { iceServers: options.iceServers };
    this.signalling = options.signalling;
    this.createPeer = options.createPeer ?? ((config) => new RTCPeerConnection(config));
    this.offs = [
      this.signalling.onWant((p) => {
        if (p.sessionId === this.sessionId) void this.offerTo(p.from);
      }),
      this.signalling.onSignal((p) => {
        if (p.sessionId === this.sessionId) void this.receive(p);
      }),
      this.signalling.onGone((p) => {
        if (p.sessionId !== this.sessionId) return;
        this.dropPeer(p.from);
        if (this.sub?.hostId === p.from) this.retry();
      }),
      this.signalling.onOffline(() => this.goneOffline()),
    ];
  }

  /** Viewers connected (or connecting) to this host now. */
  get viewerCount(): number {
    return this.peers.size;
  }

  // ---------- host ----------

  async publish(stream: MediaStream): Promise<void> {
    this.stream = stream;
    const swaps: Promise<void>[] = [];
    for (const peer of this.peers.values()) {
      for (const kind of KINDS) swaps.push(peer.senders.get(kind)?.replaceTrack(trackOf(stream, kind)) ?? Promise.resolve());
    }
    await Promise.allSettled(swaps);
  }

  unpublish(): void {
    this.stream = null;
    for (const id of [...this.peers.keys()]) this.dropPeer(id);
  }

  private async offerTo(viewerId: string): Promise<void> {
    const stream = this.stream;
    if (!stream) return; // not broadcasting from this tab
    // The same viewer asking again (it timed out, or reconnected its peer) starts over.
    this.dropPeer(viewerId);
    if (this.peers.size >= MAX_P2P_VIEWERS) {
      console.info(`p2p video: ${MAX_P2P_VIEWERS} viewers already connected; not answering another`);
      return;
    }
    const pc = this.createPeer(this.config);
    const senders = new Map<(typeof KINDS)[number], RTCRtpSender>();
    for (const kind of KINDS) {
      const transceiver = pc.addTransceiver(trackOf(stream, kind) ?? kind, { direction: 'sendonly', streams: [stream] });
      senders.set(kind, transceiver.sender);
    }
    const peer: HostPeer = { pc, senders, candidates: new CandidateQueue() };
    this.peers.set(viewerId, peer);
    pc.onicecandidate = (e) => {
      if (e.candidate) this.signalling.send({ sessionId: this.sessionId, to: viewerId, candidate: wireCandidate(e.candidate) });
    };
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'failed' || pc.connectionState === 'closed') {
        if (this.peers.get(viewerId) === peer) this.dropPeer(viewerId);
      }
    };
    try {
      const offer = await pc.createOffer();
      await pc.setLocalDescription(offer);
      if (this.peers.get(viewerId) !== peer) return;
      this.signalling.send({ sessionId: this.sessionId, to: viewerId, description: { type: 'offer', sdp: offer.sdp ?? '' } });
    } catch (error) {
      console.warn('p2p video: offer failed', error);
      if (this.peers.get(viewerId) === peer) this.dropPeer(viewerId);
    }
  }

  private dropPeer(viewerId: string): void {
    const peer = this.peers.get(viewerId);
    if (!peer) return;
    this.peers.delete(viewerId);
    peer.candidates.clear();
    peer.pc.onicecandidate = null;
    peer.pc.onconnectionstatechange = null;
    peer.pc.close();
  }

  // ---------- viewer ----------

  subscribe(onEvent: (event: SubscriptionEvent) => void): void {
    this.endSubscription();
    this.sub = { onEvent, attempt: 0, state: 'connecting', hostId: null, pc: null, queues: new Map(), timer: null };
    this.ask();
  }

  unsubscribe(): void {
    const sub = this.sub;
    this.endSubscription();
    if (sub) sub.onEvent({ type: 'state', state: 'closed' });
  }

  private endSubscription(): void {
    const sub = this.sub;
    if (!sub) return;
    this.sub = null;
    this.resetViewerPeer(sub);
  }

  private resetViewerPeer(sub: Subscription): void {
    if (sub.timer) clearTimeout(sub.timer);
    sub.timer = null;
    if (sub.pc) {
      sub.pc.ontrack = null;
      sub.pc.onicecandidate = null;
      sub.pc.onconnectionstatechange = null;
      sub.pc.close();
    }
    sub.pc = null;
    sub.hostId = null;
    sub.queues = new Map();
  }

  private setState(sub: Subscription, state: SubscriptionState): void {
    if (sub.state === state) return;
    sub.state = state;
    sub.onEvent({ type: 'state', state });
  }

  /** One attempt: ask the host (`rtc:want`) and wait for its offer and the connection. */
  private ask(): void {
    const sub = this.sub;
    if (!sub) return;
    this.resetViewerPeer(sub);
    sub.attempt += 1;
    this.setState(sub, 'connecting');
    sub.timer = setTimeout(() => this.retry(), VIEWER_CONNECT_TIMEOUT_MS);
    this.signalling.want(this.sessionId).catch(() => {
      // Refused (not broadcasting yet, or the host is between connections): ask again shortly.
      if (this.sub !== sub) return;
      if (sub.timer) clearTimeout(sub.timer);
      sub.timer = setTimeout(() => this.retry(), REFUSED_RETRY_MS);
    });
  }

  /** The attempt failed: ask again, or give up after {@link VIEWER_MAX_ATTEMPTS} and say so. */
  private retry(): void {
    const sub = this.sub;
    if (!sub) return;
    if (sub.attempt >= VIEWER_MAX_ATTEMPTS) {
      this.resetViewerPeer(sub);
      this.setState(sub, 'failed');
      return;
    }
    this.ask();
  }

  private async receive(p: IncomingSignal): Promise<void> {
    const peer = this.peers.get(p.from);
    if (peer) {
      // Host side: a viewer's answer or candidate.
      if (p.description?.type === 'answer') {
        try {
          await peer.pc.setRemoteDescription(p.description);
          await peer.candidates.open(peer.pc);
        } catch (error) {
          console.warn('p2p video: answer not applied', error);
          if (this.peers.get(p.from) === peer) this.dropPeer(p.from);
        }
      } else if (p.candidate) await peer.candidates.add(toInit(p.candidate));
      return;
    }
    const sub = this.sub;
    if (!sub || sub.state === 'failed') return;
    if (p.description?.type === 'offer') await this.answer(sub, p.from, p.description.sdp);
    else if (p.candidate) {
      if (sub.hostId !== null && sub.hostId !== p.from) return;
      let queue = sub.queues.get(p.from);
      if (!queue) {
        queue = new CandidateQueue();
        sub.queues.set(p.from, queue);
      }
      await queue.add(toInit(p.candidate));
    }
  }

  private async answer(sub: Subscription, hostId: string, sdp: string): Promise<void> {
    // A second broadcasting tab of the host offers too: keep the connection we have.
    if (sub.hostId !== null && sub.hostId !== hostId && sub.pc) return;
    if (sub.pc) {
      // The same host offering again (we asked again): the newest offer wins.
      sub.pc.ontrack = null;
      sub.pc.onicecandidate = null;
      sub.pc.onconnectionstatechange = null;
      sub.pc.close();
    }
    const queue = sub.queues.get(hostId) ?? new CandidateQueue();
    sub.queues = new Map([[hostId, queue]]);
    sub.hostId = hostId;
    let pc: RTCPeerConnection;
    try {
      pc = this.createPeer(this.config);
    } catch (error) {
      console.warn('p2p video: no peer connection in this browser', error);
      sub.attempt = VIEWER_MAX_ATTEMPTS;
      this.retry();
      return;
    }
    sub.pc = pc;
    const current = () => this.sub === sub && sub.pc === pc;
    pc.ontrack = (e) => {
      if (current()) sub.onEvent({ type: 'stream', stream: e.streams[0] ?? new MediaStream([e.track]) });
    };
    pc.onicecandidate = (e) => {
      if (e.candidate && current()) this.signalling.send({ sessionId: this.sessionId, to: hostId, candidate: wireCandidate(e.candidate) });
    };
    let grace: ReturnType<typeof setTimeout> | null = null;
    pc.onconnectionstatechange = () => {
      if (!current()) return;
      if (grace) clearTimeout(grace);
      grace = null;
      const state = pc.connectionState;
      if (state === 'connected') {
        if (sub.timer) clearTimeout(sub.timer);
        sub.timer = null;
        sub.attempt = 0;
        this.setState(sub, 'connected');
      } else if (state === 'failed') this.retry();
      else if (state === 'disconnected') {
        grace = setTimeout(() => {
          if (current() && pc.connectionState !== 'connected') this.retry();
        }, DISCONNECTED_GRACE_MS);
      }
    };
    try {
      await pc.setRemoteDescription({ type: 'offer', sdp });
      if (!current()) return;
      await queue.open(pc);
      const answer = await pc.createAnswer();
      if (!current()) return;
      await pc.setLocalDescription(answer);
      if (!current()) return;
      this.signalling.send({ sessionId: this.sessionId, to: hostId, description: { type: 'answer', sdp: answer.sdp ?? '' } });
    } catch (error) {
      console.warn('p2p video: offer not answered', error);
      if (current()) this.retry();
    }
  }

  // ---------- both ----------

  /** The socket dropped: every socket id is stale. The page asks again (viewer) or re-broadcasts (host) once back in. */
  private goneOffline(): void {
    for (const id of [...this.peers.keys()]) this.dropPeer(id);
    const sub = this.sub;
    if (sub) {
      this.resetViewerPeer(sub);
      this.setState(sub, 'connecting');
    }
  }

  close(): void {
    for (const off of this.offs) off();
    this.stream = null;
    for (const id of [...this.peers.keys()]) this.dropPeer(id);
    this.endSubscription();
  }
}

function trackOf(stream: MediaStream, kind: (typeof KINDS)[number]): MediaStreamTrack | null {
  return stream.getTracks().find((t) => t.kind === kind && t.readyState !== 'ended') ?? null;
}

function wireCandidate(candidate: RTCIceCandidate): WireCandidate {
  const c = candidate.toJSON();
  return {
    candidate: c.candidate ?? '',
    sdpMid: c.sdpMid ?? null,
    sdpMLineIndex: c.sdpMLineIndex ?? null,
    usernameFragment: c.usernameFragment ?? null,
  };
}

function toInit(candidate: WireCandidate): RTCIceCandidateInit {
  return {
    candidate: candidate.candidate,
    sdpMid: candidate.sdpMid ?? null,
    sdpMLineIndex: candidate.sdpMLineIndex ?? null,
    ...(candidate.usernameFragment ? { usernameFragment: candidate.usernameFragment } : {}),
  };
}
