/**
 * Every Socket.IO room name Pavilion uses. Features never build room strings themselves. A chat room
 * is the room of what it belongs to (`booth:<id>`, `session:<id>`, `negotiation:<id>`): its name is the
 * chat room's type and id.
 */
export const rooms = {
  /** Every socket of a signed-in user (any node, any tab). */
  user: (userId: string) => `user:${userId}`,
  /** The signed-in staff of an organization. */
  org: (orgId: string) => `org:${orgId}`,
  /** The sockets of one sign-in session (by its tag), for revoking it. */
  signIn: (sessionTag: string) => `sid:${sessionTag}`,
  /** Every socket in a hall (hall-wide broadcasts such as live sessions). */
  hall: (hallId: string) => `hall:${hallId}`,
  /** The sockets whose own cell is `cell` in a hall (presence batches; local emits only). */
  hallCell: (hallId: string, cell: string) => `hall:${hallId}:cell:${cell}`,
  /** A booth's visitors: chat, occupancy, its live session. */
  booth: (boothId: string) => `booth:${boothId}`,
  /** A live session's viewers (and its chat). */
  session: (sessionId: string) => `session:${sessionId}`,
  /** The sockets sending a live session's video. */
  sessionHost: (sessionId: string) => `session-host:${sessionId}`,
  /** Sockets following the expo-wide programme (`sessions:subscribe`). */
  programme: 'programme',
  /** Sockets following the expo's statistics (`stats:subscribe`). */
  stats: 'stats',
  auction: (auctionId: string) => `auction:${auctionId}`,
  negotiation: (negotiationId: string) => `negotiation:${negotiationId}`,
  /** A 1:1 meeting's two parties' sockets in its room (and its chat). */
  meeting: (meetingId: string) => `meeting:${meetingId}`,
} as const;
