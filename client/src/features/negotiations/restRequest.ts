import type { ErrorAnswer } from '@pavilion/shared';
import { ApiError, type RequestOptions } from '../../net/gateway';

/**
 * A JSON request under /api with the gateway's error contract (an {@link ApiError} carrying the
 * server's code, message and details). The gateway's `rest` object has no negotiation, auction or
 * single-exhibit routes yet; this is the same request it makes, for those routes only, until they
 * move into `net/rest.ts`.
 */
export async function restRequest<T>(method: 'GET' | 'POST', path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: opts.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK', error instanceof Error ? error.message : 'network error');
  }
  const text = await response.text();
  let parsed: unknown;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's error page): reported below by status.
    }
  }
  if (!response.ok) {
    const answer = parsed as ErrorAnswer | undefined;
    if (answer && answer.ok === false && answer.error) {
      throw new ApiError(answer.error.code, answer.error.message, response.status, answer.error.details);
    }
    const code =
      response.status === 404
        ? 'NOT_FOUND'
        : response.status === 401
          ? 'UNAUTHENTICATED'
          : response.status >= 500
            ? 'UNAVAILABLE'
            : 'INVALID_INPUT';
    throw new ApiError(code, `HTTP ${response.status}`, response.status);
  }
  if (parsed === undefined && text) throw new ApiError('INTERNAL', 'the server answered with something that is not JSON', response.status);
  return parsed as T;
}
