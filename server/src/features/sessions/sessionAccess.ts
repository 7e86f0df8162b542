import type { AudienceKind } from '@pavilion/shared';
import { fail } from '../../errors/appError.js';

/** The session's audience as kept in its hash (`audience`); sessions from before audiences existed are public. */
export function audienceOf(stored: string | null | undefined): AudienceKind {
  return stored === 'registered' ? 'registered' : 'public';
}

/**
 * Who may watch a session: anyone a public one, only a signed-in account (`userId`) a registered one. Checked at
 * every way in — `session:join`, the SFU subscription (before a Janus token is made), the peer-to-peer `rtc:want`,
 * the chat and Q&A reads and the replay download — first, so a guest is told to sign in rather than to join. A
 * guest who joined while the session was scheduled (and public) is dropped from it when it goes live for
 * registered visitors (SessionAudience), and refused at each of these meanwhile.
 */
export function assertMayWatch(stored: string | null | undefined, userId: string | null | undefined): void {
  if (audienceOf(stored) === 'registered' && !userId) {
    throw fail.forbidden('this session is for signed-in visitors: sign in to watch', 'registeredOnly');
  }
}
