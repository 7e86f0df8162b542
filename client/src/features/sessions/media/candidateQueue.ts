/**
 * ICE candidates can arrive before the remote description they belong to (the other side trickles them
 * as soon as it has set its own description). `addIceCandidate` rejects a candidate without a remote
 * description, so they wait here and go in, in arrival order, once the description is set.
 */

/** The part of an RTCPeerConnection that takes candidates. */
export interface CandidateSink {
  addIceCandidate(candidate: RTCIceCandidateInit): Promise<void>;
}

export class CandidateQueue {
  private pending: RTCIceCandidateInit[] = [];
  private sink: CandidateSink | null = null;
  private opening = false;

  /** Candidates waiting for the remote description. */
  get waiting(): number {
    return this.pending.length;
  }

  /** Adds a candidate now if the remote description is set, else keeps it until {@link open}. */
  async add(candidate: RTCIceCandidateInit): Promise<void> {
    if (!this.sink || this.opening) {
      this.pending.push(candidate);
      return;
    }
    await addQuietly(this.sink, candidate);
  }

  /** The remote description is set on `sink`: every kept candidate goes in, in order; later ones go straight in. */
  async open(sink: CandidateSink): Promise<void> {
    this.sink = sink;
    this.opening = true;
    try {
      // Candidates arriving while these are added join the end of the line, so the order holds.
      for (let next = this.pending.shift(); next; next = this.pending.shift()) await addQuietly(sink, next);
    } finally {
      this.opening = false;
    }
  }

  /** Forgets the connection and anything kept (the peer connection was closed). */
  clear(): void {
    this.pending = [];
    this.sink = null;
  }
}

async function addQuietly(sink: CandidateSink, candidate: RTCIceCandidateInit): Promise<void> {
  try {
    await sink.addIceCandidate(candidate);
  } catch (error) {
    // One bad or stale candidate (e.g. from a generation we already dropped) must not stop the others.
    console.debug('ICE candidate not added', error);
  }
}
