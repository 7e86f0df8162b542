import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';
import type { FileStore } from '../../files/fileStore.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { sessionScript } from './sessionLifecycle.js';

const run = promisify(execFile);
const setRecordingScript = sessionScript('setRecording');

/** The largest replay kept (about 8 hours at the top simulcast layer). */
const MAX_REPLAY_BYTES = 6 * 1024 ** 3;
/** Janus closes a recording when its publisher hangs up; the room was just destroyed, so this is plenty. */
const SETTLE_MS = 1500;

/** One publish's recording: Janus writes `videoroom-<room>-user-<feed>-<ts>-video-<mid>.mjr` and `…-audio-<mid>.mjr`. */
interface FeedFiles {
  video: string | null;
  audio: string | null;
  videoBytes: number;
}

/** Where the replay of a session is served (`GET /api/sessions/:id/recording`). */
export const recordingUrl = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}/recording`;

/**
 * Turns a session's Janus recording into its replay after the end: `janus-pp-rec` makes the VP8 track a WebM
 * and the Opus track an Ogg file, `mkvmerge` puts both in one WebM, and the file goes into the content-addressed
 * file store; the session then carries `recording: { url, durationMs, startedAt }`. The raw `.mjr` files are removed.
 */
export class SessionRecordings {
  constructor(
    private readonly redis: Redis,
    private readonly files: FileStore,
    /** The folder Janus records into, as this machine sees it (one sub-folder per session). */
    private readonly recordingsDir: string,
    private readonly logger: Logger,
  ) {}

  /** Makes the replay; logs (never throws) when there is nothing to make or a tool fails. */
  async process(sessionId: string): Promise<void> {
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const dir = join(this.recordingsDir, sessionId);
    const work = await mkdtemp(join(tmpdir(), 'pavilion-replay-'));
    try {
      const feed = await this.longestFeed(dir);
      if (!feed?.video) {
        this.logger.info({ sessionId }, 'no recording to make a replay from');
        return;
      }
      const video = join(work, 'video.webm');
      await run('janus-pp-rec', [feed.video, video]);
      let replay = video;
      if (feed.audio) {
        const audio = join(work, 'audio.opus');
        await run('janus-pp-rec', [feed.audio, audio]);
        replay = join(work, 'replay.webm');
        await run('mkvmerge', ['--quiet', '--webm', '-o', replay, video, audio]).catch(async (err: Error) => {
          // Without mkvmerge the picture alone is still a replay.
          this.logger.warn({ sessionId, err: err.message }, 'audio not merged into the replay');
          replay = video;
        });
      }
      const durationMs = await this.durationMs(replay, sessionId);
      const startedAt = (await this.firstPacketAt(feed.video)) ?? (await this.redis.hGet(keys.liveSession(sessionId), 'startedAt')) ?? '';
      const stored = await this.files.put(createReadStream(replay), { maxBytes: MAX_REPLAY_BYTES, allowed: ['webm'] });
      await setRecordingScript.run(
        this.redis,
        [keys.liveSession(sessionId), keys.liveSessionViewers(sessionId)],
        [stored.sha256, recordingUrl(sessionId), String(durationMs), String(startedAt)],
      );
      await rm(dir, { recursive: true, force: true });
      this.logger.info({ sessionId, bytes: stored.size, durationMs }, 'replay ready');
    } catch (err) {
      this.logger.warn({ sessionId, err: (err as Error).message }, 'replay not made');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  /** The feed with the most video (a host who reloaded published more than once; the longest part is the talk). */
  private async longestFeed(dir: string): Promise<FeedFiles | null> {
    const names = await readdir(dir).catch(() => [] as string[]);
    const feeds = new Map<string, FeedFiles>();
    for (const name of names) {
      const m = /^(.+)-(video|audio)-\d+\.mjr$/.exec(name);
      if (!m) continue;
      const [, prefix, kind] = m as unknown as [string, string, 'video' | 'audio'];
      const entry = feeds.get(prefix) ?? { video: null, audio: null, videoBytes: 0 };
      const path = join(dir, name);
      if (kind === 'video') {
        const { size } = await stat(path);
        if (size <= entry.videoBytes) continue;
        entry.video = path;
        entry.videoBytes = size;
      } else entry.audio ??= path;
      feeds.set(prefix, entry);
    }
    let best: FeedFiles | null = null;
    for (const f of feeds.values()) if (f.video && (!best || f.videoBytes > best.videoBytes)) best = f;
    return best;
  }

  /**
   * When the recording's first packet was written (epoch ms, the Janus machine's clock): the replay's time 0, which
   * the spotlight and Q&A timeline is measured from. The `.mjr` header keeps it in microseconds (`u`).
   */
  private async firstPacketAt(mjr: string): Promise<string | null> {
    try {
      const { stdout, stderr } = await run('janus-pp-rec', ['--json', mjr]);
      const us = /"u"\s*:\s*(\d{13,})/.exec(`${stdout}\n${stderr}`)?.[1];
      return us ? String(Math.floor(Number(us) / 1000)) : null;
    } catch {
      return null;
    }
  }

  /** The replay's length from its container (mkvmerge -J), else from the session's start and end. */
  private async durationMs(file: string, sessionId: string): Promise<number> {
    try {
      const { stdout } = await run('mkvmerge', ['-J', file]);
      const ns = (JSON.parse(stdout) as { container?: { properties?: { duration?: number } } }).container?.properties?.duration;
      if (typeof ns === 'number' && ns > 0) return Math.round(ns / 1e6);
    } catch {
      /* no mkvmerge: fall back to the session's times */
    }
    const [started, ended] = await this.redis.hmGet(keys.liveSession(sessionId), ['startedAt', 'endedAt']);
    return Math.max(0, Number(ended ?? 0) - Number(started ?? 0));
  }
}
