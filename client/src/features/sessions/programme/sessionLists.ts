import type { LiveSession } from '@pavilion/shared';

/** What the lobby and the programme show: sessions live now and sessions scheduled, kept current by `session:updated`. */
export interface SessionLists {
  /** Live now, the most recently started first. */
  live: LiveSession[];
  /** Scheduled, the soonest first. */
  upcoming: LiveSession[];
  /** Sessions seen ending: an end is final, so a late update sent before it must not bring one back. */
  ended: Readonly<Record<string, true>>;
}

/** Nothing known yet. */
export const NO_SESSIONS: SessionLists = { live: [], upcoming: [], ended: {} };

const startedAt = (s: LiveSession) => s.startedAt ?? s.startsAt;
const newestFirst = (a: LiveSession, b: LiveSession) => startedAt(b) - startedAt(a) || a.id.localeCompare(b.id);
const soonestFirst = (a: LiveSession, b: LiveSession) => a.startsAt - b.startsAt || a.id.localeCompare(b.id);

/**
 * Lists from a snapshot (the `sessions:subscribe` ack or the REST lists), sorted, with anything that is not
 * what its list says (or not in `hallId`, when given) left out.
 */
export function sessionListsFrom(
  live: readonly LiveSession[],
  upcoming: readonly LiveSession[],
  hallId: string | null = null,
): SessionLists {
  const here = (s: LiveSession) => hallId === null || s.hallId === hallId;
  return {
    live: live.filter((s) => s.status === 'live' && here(s)).sort(newestFirst),
    upcoming: upcoming.filter((s) => s.status === 'scheduled' && here(s)).sort(soonestFirst),
    ended: {},
  };
}

/**
 * Applies one `session:updated`: a scheduled session sits in `upcoming`, a live one in `live` (so a session
 * going live moves across), an ended one leaves for good. An update older than what the lists hold (lower
 * `seq`) changes nothing; an unchanged one returns the same object, so nothing re-renders.
 */
export function mergeSessionUpdate(lists: SessionLists, session: LiveSession): SessionLists {
  if (lists.ended[session.id]) return lists;
  const held = lists.live.find((s) => s.id === session.id) ?? lists.upcoming.find((s) => s.id === session.id);
  if (held && held.seq > session.seq) return lists;
  // Viewer counts change without a new `seq`: the same seq with another count is still news.
  if (held && held.seq === session.seq && held.status === session.status && held.viewers === session.viewers) return lists;
  const live = lists.live.filter((s) => s.id !== session.id);
  const upcoming = lists.upcoming.filter((s) => s.id !== session.id);
  if (session.status === 'live') return { ...lists, live: [...live, session].sort(newestFirst), upcoming };
  if (session.status === 'scheduled') return { ...lists, live, upcoming: [...upcoming, session].sort(soonestFirst) };
  return { live, upcoming, ended: { ...lists.ended, [session.id]: true } };
}
