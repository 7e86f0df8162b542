import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

/** The gateway's JSON request, for the negotiation, auction and single-exhibit routes. */
export function restRequest<T>(method: 'GET' | 'POST', path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  return request<T>(method, path, body, opts);
}
