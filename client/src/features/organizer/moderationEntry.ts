/** Reading the moderation log's free-form parts: what was done, to whom, and where. */

/** A log entry's `detail`, by action. `user` is who it concerned as shown: their name, else their id, else `''`. */
export type ModerationDetail =
  | { kind: 'delete'; messageId: string; userId: string; user: string; excerpt: string }
  | { kind: 'mute'; userId: string; user: string; minutes: number }
  | { kind: 'other'; text: string };

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The detail the server logged for `delete` (`{ messageId, userId, userName, excerpt }`) or `mute`
 * (`{ userId, userName, minutes }`); anything else as text. Entries logged before the server kept the author
 * and the excerpt still read as a deletion, just without them.
 */
export function readModerationDetail(action: string, detail: unknown): ModerationDetail {
  const d = (typeof detail === 'object' && detail !== null ? detail : {}) as Record<string, unknown>;
  const userId = text(d.userId);
  const user = text(d.userName) || userId;
  if (action === 'delete' && typeof d.messageId === 'string') {
    return { kind: 'delete', messageId: d.messageId, userId, user, excerpt: text(d.excerpt) };
  }
  if (action === 'mute' && userId && typeof d.minutes === 'number') return { kind: 'mute', userId, user, minutes: d.minutes };
  return { kind: 'other', text: detail === null || detail === undefined ? '' : JSON.stringify(detail) };
}

/** A chat room (`booth:<id>`, `session:<id>`, `negotiation:<id>`) and where it can be opened, if anywhere. */
export interface RoomRef {
  kind: 'booth' | 'session' | 'negotiation' | 'other';
  id: string;
  href: string | null;
}

const PAGES = { booth: '/booth/', session: '/sessions/', negotiation: '/negotiations/' } as const;

/** Where a chat room lives in the app: booths, live sessions and negotiations each have a page. */
export function roomRef(room: string): RoomRef {
  const m = /^(booth|session|negotiation):(.+)$/.exec(room);
  if (!m) return { kind: 'other', id: room, href: null };
  const kind = m[1] as keyof typeof PAGES;
  const id = m[2] as string;
  return { kind, id, href: `${PAGES[kind]}${encodeURIComponent(id)}` };
}

/** The booths whose rooms appear in the log, once each, to read their names. */
export function boothIdsIn(rooms: readonly string[]): string[] {
  return [...new Set(rooms.map(roomRef).flatMap((r) => (r.kind === 'booth' ? [r.id] : [])))];
}
