/** What the author of a chat message was in that room when they sent it (decided by the server). */
export type ChatAuthorRole = 'organizer' | 'staff' | 'visitor';

/** A chat message in a room. */
export interface ChatMessage {
  /** Redis stream id: sortable, the `before` cursor of `chat:history`. */
  id: string;
  room: string;
  userId: string;
  userName: string;
  /** `staff`: a member of the organization whose booth or session the room belongs to. */
  authorRole: ChatAuthorRole;
  text: string;
  at: number;
  clientMsgId: string;
}
