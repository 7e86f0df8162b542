import type { SessionsAnswer } from '@pavilion/shared';
import type { RequestOptions } from '../../../net/gateway';
import { request } from '../../../net/rest';

const session = (id: string) => `/sessions/${encodeURIComponent(id)}`;

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** The most sessions one programme read asks for (the server's cap). */
export const PROGRAMME_LIMIT = 500;

/** The sessions routes of the REST API that the programme, the lobby and the hall use. */
export const sessionsApi = {
  /** Live sessions (newest first) or upcoming ones (soonest first), expo-wide or in one hall. */
  list: (status: 'live' | 'upcoming', hallId: string | null, limit = PROGRAMME_LIMIT, opts?: RequestOptions) =>
    request<SessionsAnswer>('GET', `/sessions${query({ status, hallId, limit })}`, undefined, opts),
  /** Ended sessions, most recent first (the programme keeps those with a replay). */
  ended: (hallId: string | null, limit = 100, opts?: RequestOptions) =>
    request<SessionsAnswer>('GET', `/sessions${query({ status: 'ended', hallId, limit })}`, undefined, opts),
  /** Ids of the sessions the signed-in user asked to be reminded of. */
  reminders: (opts?: RequestOptions) => request<{ sessionIds: string[] }>('GET', '/sessions/reminders', undefined, opts),
  remind: (id: string) => request<{ reminded: boolean }>('PUT', `${session(id)}/reminder`, {}),
  forget: (id: string) => request<{ reminded: boolean }>('DELETE', `${session(id)}/reminder`),
  /** One session as a calendar event (text/calendar). */
  icsUrl: (id: string) => `/api${session(id)}/ics`,
  /** The live and upcoming programme, expo-wide or of one hall, as a calendar (text/calendar). */
  programmeIcsUrl: (hallId: string | null) => `/api/sessions/programme.ics${query({ hallId })}`,
};
