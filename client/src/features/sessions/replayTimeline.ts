import type { SessionQuestion, SpotlightChange } from '@pavilion/shared';
import { formatElapsed } from '../../i18n/format';

/** One moment of a replay's timeline: a spotlight change or an answered question, at its offset into the recording. */
export type TimelineEntry =
  | { kind: 'spotlight'; key: string; offsetMs: number; exhibitId: string | null; title: string }
  | { kind: 'question'; key: string; offsetMs: number; text: string; userName: string };

/**
 * The timeline beside a replay: spotlight changes and answered questions (at the time they were asked), each placed
 * at its offset from the recording's start — moments before it at 0, after its end at the end — in time order.
 */
export function replayTimeline(
  recording: { startedAt: number; durationMs: number },
  spotlights: readonly SpotlightChange[],
  questions: readonly SessionQuestion[],
): TimelineEntry[] {
  const offset = (at: number) => Math.min(Math.max(0, at - recording.startedAt), Math.max(0, recording.durationMs));
  const entries: (TimelineEntry & { at: number })[] = [
    ...spotlights.map((s, i) => ({
      kind: 'spotlight' as const,
      key: `s${i}`,
      at: s.at,
      offsetMs: offset(s.at),
      exhibitId: s.exhibitId,
      title: s.title,
    })),
    ...questions
      .filter((q) => q.answered)
      .map((q) => ({ kind: 'question' as const, key: `q${q.id}`, at: q.at, offsetMs: offset(q.at), text: q.text, userName: q.userName })),
  ];
  // By real time, so moments clamped to the same offset keep the order they happened in.
  entries.sort((x, y) => x.at - y.at);
  return entries.map(({ at: _at, ...entry }) => entry);
}

/** The entry the replay is at: the last one at or before the playback time; -1 before the first. */
export function activeEntryIndex(entries: readonly TimelineEntry[], currentMs: number): number {
  let active = -1;
  for (let i = 0; i < entries.length; i++) {
    if ((entries[i]?.offsetMs ?? Number.POSITIVE_INFINITY) <= currentMs) active = i;
    else break;
  }
  return active;
}

/** An offset as a player shows it: `m:ss` zero-padded to `mm:ss`, with hours once past the first (`h:mm:ss`). */
export function formatOffset(ms: number): string {
  return formatElapsed(ms, { padMinutes: true });
}
