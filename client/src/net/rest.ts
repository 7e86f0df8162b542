import type {
  AuthAnswer,
  Booth,
  BoothAnswer,
  BoothLogoUploaded,
  BoothVisitor,
  CreateBoothBody,
  CreateExhibitBody,
  ErrorAnswer,
  Exhibit,
  ExpoAnswer,
  ExpoStats,
  HallAnswer,
  LoginBody,
  PasswordChangeBody,
  RegisterBody,
  SearchExhibitsAnswer,
  SearchExhibitsQuery,
  UpdateExhibitBody,
  User,
} from '@pavilion/shared';
import { ApiError } from './ApiError';

/** Knobs a caller may pass to a request (cancel it when the page that asked goes away). */
export interface RequestOptions {
  signal?: AbortSignal;
}

function isErrorAnswer(body: unknown): body is ErrorAnswer {
  return typeof body === 'object' && body !== null && (body as ErrorAnswer).ok === false && 'error' in body;
}

/** A JSON request under /api with the error contract: throws an {@link ApiError} carrying the server's code, message and details. */
export async function request<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      // A form (an upload) goes as multipart with the browser's boundary; anything else as JSON.
      headers:
        body === undefined || body instanceof FormData
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
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
      // A proxy's HTML error page or a server that is not up yet: not JSON, reported below by status.
    }
  }
  if (!response.ok) {
    if (isErrorAnswer(parsed)) {
      throw new ApiError(parsed.error.code, parsed.error.message, response.status, parsed.error.details, parsed.error.reason);
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

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** Every REST route of the contract the browser uses. Components call these through the store or hooks, never fetch. */
export const rest = {
  me: (opts?: RequestOptions) => request<{ user: User | null }>('GET', '/me', undefined, opts),
  register: (body: RegisterBody) => request<AuthAnswer>('POST', '/auth/register', body),
  login: (body: LoginBody) => request<AuthAnswer>('POST', '/auth/login', body),
  logout: () => request<unknown>('POST', '/auth/logout', {}),
  changePassword: (body: PasswordChangeBody) => request<{ ok: true }>('POST', '/auth/password', body),
  expo: (opts?: RequestOptions) => request<ExpoAnswer>('GET', '/expo', undefined, opts),
  hall: (hallId: string, opts?: RequestOptions) => request<HallAnswer>('GET', `/halls/${encodeURIComponent(hallId)}`, undefined, opts),
  booth: (boothId: string, opts?: RequestOptions) => request<BoothAnswer>('GET', `/booths/${encodeURIComponent(boothId)}`, undefined, opts),
  createBooth: (body: CreateBoothBody) => request<{ booth: Booth }>('POST', '/booths', body),
  /** Replaces the booth's logo (PNG or JPEG, up to 2 MB; the server makes it a 256-pixel square). */
  uploadBoothLogo: (boothId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<BoothLogoUploaded>('POST', `/booths/${encodeURIComponent(boothId)}/logo`, form);
  },
  removeBoothLogo: (boothId: string) => request<BoothLogoUploaded>('DELETE', `/booths/${encodeURIComponent(boothId)}/logo`),
  createExhibit: (body: CreateExhibitBody) => request<{ exhibit: Exhibit }>('POST', '/exhibits', body),
  updateExhibit: (exhibitId: string, body: UpdateExhibitBody) =>
    request<{ exhibit: Exhibit }>('PATCH', `/exhibits/${encodeURIComponent(exhibitId)}`, body),
  searchExhibits: (q: Partial<SearchExhibitsQuery>, opts?: RequestOptions) =>
    request<SearchExhibitsAnswer>(
      'GET',
      `/exhibits${query({ q: q.q, type: q.type, region: q.region, hallId: q.hallId, boothId: q.boothId, limit: q.limit, cursor: q.cursor })}`,
      undefined,
      opts,
    ),
  stats: (opts?: RequestOptions) => request<ExpoStats>('GET', '/stats', undefined, opts),
  /** Who is in a booth now: its staff and organizers only (others get FORBIDDEN). */
  boothVisitors: (boothId: string, opts?: RequestOptions) =>
    request<{ visitors: BoothVisitor[] }>('GET', `/booths/${encodeURIComponent(boothId)}/visitors`, undefined, opts),
};

export type { BoothVisitor };
