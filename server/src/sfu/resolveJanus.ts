import { resolve } from 'node:path';
import {
  findRunningLocalJanus,
  forgetLocalJanus,
  JanusMissingError,
  recordLocalJanus,
  startLocalJanus,
  stopOrphanedLocalJanus,
} from './localJanus.js';

/** The Janus servers a node uses, and whether this process owns (and must stop) one. */
export interface ResolvedJanus {
  urls: string[];
  adminSecret: string;
  /** Where recordings land, when this machine can read them (the local Janus); null for remote servers. */
  recordingsDir: string | null;
  /** Stops an owned Janus and forgets it; nothing for external ones. */
  release(): Promise<void>;
}

/**
 * `JANUS_URL` (+ `JANUS_ADMIN_SECRET`) when given; else the private Janus another `npm start` already runs on
 * this data directory; else a new private Janus under `<dataDir>/janus` (after stopping one left behind by a
 * process that was killed). Null — after one line saying why —
 * when none can be had: live video then goes peer to peer.
 */
export async function resolveJanus(opts: {
  janusUrls: string[];
  adminSecret?: string;
  recordingsDir?: string;
  dataDir: string;
  /** The private Janus's RTP range (default DEFAULT_RTP_PORTS). */
  rtpPorts?: string;
  log: (line: string) => void;
}): Promise<ResolvedJanus | null> {
  if (opts.janusUrls.length > 0) {
    if (!opts.adminSecret) {
      opts.log('JANUS_URL is set without JANUS_ADMIN_SECRET: live video falls back to peer-to-peer (≤ 20 viewers)');
      return null;
    }
    return { urls: opts.janusUrls, adminSecret: opts.adminSecret, recordingsDir: opts.recordingsDir ?? null, release: async () => {} };
  }
  const dir = resolve(opts.dataDir, 'janus');
  await stopOrphanedLocalJanus(dir, opts.log);
  const running = findRunningLocalJanus(dir);
  if (running) {
    opts.log(`using the private Janus already running at ${running.url}`);
    return { urls: [running.url], adminSecret: running.adminSecret, recordingsDir: running.recordingsDir, release: async () => {} };
  }
  try {
    const owned = await startLocalJanus({ dir, log: opts.log, rtpPorts: opts.rtpPorts });
    recordLocalJanus(dir, owned);
    opts.log(`started a private Janus (SFU) at ${owned.url}, config and recordings in ${dir}`);
    return {
      urls: [owned.url],
      adminSecret: owned.adminSecret,
      recordingsDir: owned.recordingsDir,
      release: async () => {
        forgetLocalJanus(dir);
        await owned.stop();
      },
    };
  } catch (err) {
    const why =
      err instanceof JanusMissingError
        ? err.message
        : `janus could not start (${(err as Error).message}): live video falls back to peer-to-peer (≤ 20 viewers)`;
    opts.log(why);
    return null;
  }
}
