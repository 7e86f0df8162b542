import type { SessionAnswer, SessionsAnswer, SessionsQuery } from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

/** The session list of the REST API (the page itself lives on `session:join`). */
export const sessionApi = {
  /** Sessions by booth, hall and status (`upcoming` soonest first, `ended` latest first). */
  list: (q: Partial<Omit<SessionsQuery, 'limit'>> & { limit?: number }, opts?: RequestOptions) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(q)) if (value !== undefined && value !== '') search.set(key, String(value));
    const qs = search.toString();
    return request<SessionsAnswer>('GET', `/sessions${qs ? `?${qs}` : ''}`, undefined, opts);
  },
  /** One session with its first page of questions and its spotlight history (the replay's timeline). */
  detail: (id: string, opts?: RequestOptions) => request<SessionAnswer>('GET', `/sessions/${encodeURIComponent(id)}`, undefined, opts),
};

/** The chat room of a session. */
export function sessionChatRoom(sessionId: string): string {
  return `session:${sessionId}`;
}
