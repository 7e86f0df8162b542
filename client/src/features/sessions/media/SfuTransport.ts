import type { IceServer } from '@pavilion/shared';
import { onConnectionState, socketRequest } from '../../../net/gateway';
import type { MediaTransport, SubscriptionEvent } from './MediaTransport';

/** Simulcast layers the host sends (Janus forwards one of them to each viewer): full, half and quarter size. */
const SIMULCAST: RTCRtpEncodingParameters[] = [
  { rid: 'h', active: true, maxBitrate: 1_500_000 },
  { rid: 'm', active: true, maxBitrate: 500_000, scaleResolutionDownBy: 2 },
  { rid: 'l', active: true, maxBitrate: 150_000, scaleResolutionDownBy: 4 },
];

/** A layer a viewer can pick: 0 low, 1 medium, 2 high (Janus's `substream`). */
export type SfuLayer = 0 | 1 | 2;

/** How long the ICE gathering may take before the description goes out with the candidates found so far. */
const GATHER_MS = 3000;
/** How long the host waits for its connection to Janus before saying the video did not go out. */
const PUBLISH_CONNECT_MS = 15_000;
/** How long a viewer waits for the connection before trying again; and how often, before reporting `failed`. */
const VIEWER_CONNECT_MS = 12_000;
const VIEWER_MAX_ATTEMPTS = 3;

/** What {@link SfuTransport} needs: the session, the ICE servers from the join ack, how to make a connection (tests). */
export interface SfuOptions {
  sessionId: string;
  iceServers: IceServer[];
  createPeer?: (config: RTCConfiguration) => RTCPeerConnection;
}

/** Resolves once the connection's candidates are all in its local description (or after {@link GATHER_MS}). */
function gathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((res) => {
    const done = () => {
      clearTimeout(timer);
      pc.removeEventListener('icegatheringstatechange', check);
      res();
    };
    const check = () => {
      if (pc.iceGatheringState === 'complete') done();
    };
    const timer = setTimeout(done, GATHER_MS);
    pc.addEventListener('icegatheringstatechange', check);
  });
}

function connected(pc: RTCPeerConnection, timeoutMs: number): Promise<boolean> {
  if (pc.connectionState === 'connected') return Promise.resolve(true);
  return new Promise((res) => {
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      pc.removeEventListener('connectionstatechange', check);
      res(ok);
    };
    const check = () => {
      if (pc.connectionState === 'connected') finish(true);
      else if (pc.connectionState === 'failed' || pc.connectionState === 'closed') finish(false);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    pc.addEventListener('connectionstatechange', check);
  });
}

/**
 * Video through the session's Janus VideoRoom. The host's tab keeps exactly one upstream connection, to Janus,
 * whatever the audience (with three simulcast layers); each viewer's tab one downstream connection, from Janus.
 * The browser never talks to Janus: offers and answers go through the Pavilion server (`sfu:*` events), which
 * holds the room tokens; only media flows between the browser and Janus.
 */
export class SfuTransport implements MediaTransport {
  private readonly config: RTCConfiguration;
  private readonly createPeer: (config: RTCConfiguration) => RTCPeerConnection;
  private upstream: { pc: RTCPeerConnection; senders: Map<string, RTCRtpSender> } | null = null;
  private downstream: {
    pc: RTCPeerConnection;
    attempt: number;
    onEvent: (e: SubscriptionEvent) => void;
    timer: ReturnType<typeof setTimeout> | null;
  } | null = null;
  private layer: SfuLayer = 1;
  private readonly offOnline: () => void;
  private closed = false;

  constructor(private readonly options: SfuOptions) {
    this.config = { iceServers: options.iceServers };
    this.createPeer = options.createPeer ?? ((config) => new RTCPeerConnection(config));
    // A new socket is a new Janus session on the server: the old connections are gone with the old one.
    this.offOnline = onConnectionState((state) => {
      if (state !== 'online') this.dropUpstream();
    });
  }

  async publish(stream: MediaStream): Promise<void> {
    const up = this.upstream;
    if (up && up.pc.connectionState !== 'failed' && up.pc.connectionState !== 'closed') {
      // Camera ↔ screen: the same connection, new tracks.
      for (const kind of ['audio', 'video'] as const) {
        await up.senders.get(kind)?.replaceTrack(stream.getTracks().find((t) => t.kind === kind) ?? null);
      }
      return;
    }
    this.dropUpstream();
    const pc = this.createPeer(this.config);
    const senders = new Map<string, RTCRtpSender>();
    const audio = stream.getAudioTracks()[0];
    const video = stream.getVideoTracks()[0];
    senders.set('audio', pc.addTransceiver(audio ?? 'audio', { direction: 'sendonly', streams: [stream] }).sender);
    senders.set(
      'video',
      pc.addTransceiver(video ?? 'video', { direction: 'sendonly', streams: [stream], sendEncodings: SIMULCAST }).sender,
    );
    this.upstream = { pc, senders };
    await pc.setLocalDescription(await pc.createOffer());
    await gathered(pc);
    const local = pc.localDescription;
    if (!local) throw new Error('no local description');
    const { description } = await socketRequest('sfu:publish', {
      sessionId: this.options.sessionId,
      description: { type: 'offer', sdp: local.sdp },
    });
    await pc.setRemoteDescription(description);
    // Viewers are told once the feed is up in Janus, not before: they would ask for a feed that is not there yet.
    if (!(await connected(pc, PUBLISH_CONNECT_MS))) throw new Error('the video did not reach the media server');
  }

  /** After the socket reconnected: the server has forgotten the old upstream, so it is made again. */
  async resume(stream: MediaStream): Promise<void> {
    this.dropUpstream();
    await this.publish(stream);
  }

  unpublish(): void {
    this.dropUpstream();
  }

  subscribe(onEvent: (event: SubscriptionEvent) => void): void {
    this.unsubscribe();
    this.downstream = { pc: this.createPeer(this.config), attempt: 1, onEvent, timer: null };
    void this.connectDownstream();
  }

  unsubscribe(): void {
    const down = this.downstream;
    this.downstream = null;
    if (!down) return;
    if (down.timer) clearTimeout(down.timer);
    down.pc.close();
    down.onEvent({ type: 'state', state: 'closed' });
  }

  /** The viewer picks a layer: asked of Janus now when watching, and used for the next subscription. */
  async setLayer(layer: SfuLayer): Promise<void> {
    this.layer = layer;
    if (this.downstream?.pc.connectionState === 'connected') {
      await socketRequest('sfu:layer', { sessionId: this.options.sessionId, substream: layer });
    }
  }

  currentLayer(): SfuLayer {
    return this.layer;
  }

  close(): void {
    this.closed = true;
    this.offOnline();
    this.unsubscribe();
    this.dropUpstream();
  }

  private dropUpstream(): void {
    this.upstream?.pc.close();
    this.upstream = null;
  }

  private async connectDownstream(): Promise<void> {
    const down = this.downstream;
    if (!down || this.closed) return;
    const { pc, onEvent } = down;
    onEvent({ type: 'state', state: 'connecting' });
    pc.addEventListener('track', (e) => {
      if (this.downstream !== down) return;
      onEvent({ type: 'stream', stream: e.streams[0] ?? new MediaStream([e.track]) });
    });
    pc.addEventListener('connectionstatechange', () => {
      if (this.downstream !== down) return;
      if (pc.connectionState === 'connected') onEvent({ type: 'state', state: 'connected' });
      if (pc.connectionState === 'failed') this.retry(down);
    });
    down.timer = setTimeout(() => {
      if (this.downstream === down && pc.connectionState !== 'connected') this.retry(down);
    }, VIEWER_CONNECT_MS);
    try {
      const { description } = await socketRequest('sfu:subscribe', { sessionId: this.options.sessionId, substream: this.layer });
      if (this.downstream !== down) return;
      await pc.setRemoteDescription(description);
      await pc.setLocalDescription(await pc.createAnswer());
      await gathered(pc);
      const local = pc.localDescription;
      if (!local || this.downstream !== down) return;
      await socketRequest('sfu:answer', { sessionId: this.options.sessionId, description: { type: 'answer', sdp: local.sdp } });
    } catch (error) {
      console.debug('sfu subscription failed', error);
      if (this.downstream === down) this.retry(down);
    }
  }

  private retry(down: NonNullable<SfuTransport['downstream']>): void {
    if (down.timer) clearTimeout(down.timer);
    down.pc.close();
    if (down.attempt >= VIEWER_MAX_ATTEMPTS) {
      this.downstream = null;
      down.onEvent({ type: 'state', state: 'failed' });
      return;
    }
    const next = { pc: this.createPeer(this.config), attempt: down.attempt + 1, onEvent: down.onEvent, timer: null };
    this.downstream = next;
    setTimeout(() => void this.connectDownstream(), 1000);
  }
}
