import { randomUUID } from 'node:crypto';
import { type NextFunction, type Request, type RequestHandler, type Response, Router } from 'express';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.js';

/** A header a middleware sets the same way on every response, as `[name, value]`. */
export type StaticHeader = [string, string | number | readonly string[]];

/**
 * The headers a middleware that never looks at the request (helmet with fixed directives) sets: run once on a
 * stand-in response, then copied onto each hot response instead of running the middleware per request.
 */
export function staticHeadersOf(middleware: RequestHandler): StaticHeader[] {
  const headers = new Map<string, StaticHeader>();
  const res = {
    setHeader(name: string, value: StaticHeader[1]) {
      headers.set(name.toLowerCase(), [name, value]);
      return res;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  };
  let called = false;
  middleware({ headers: {}, method: 'GET', url: '/' } as Request, res as unknown as Response, () => {
    called = true;
  });
  // helmet answers synchronously; a middleware that does not cannot be replaced by its headers.
  if (!called) throw new Error('a middleware that answers asynchronously has no static headers');
  return [...headers.values()];
}

/** What the hot read routes share with the generic request path. */
export interface HotReadDeps {
  logger: Logger;
  metrics: Metrics;
  /** The security headers every response carries (see {@link staticHeadersOf}). */
  securityHeaders: StaticHeader[];
  /** The request id: the client's when it is a plausible one, else a new one (as the generic path does). */
  requestId: (req: Request, res: Response) => string;
}

/** A hot read's handler: answers from what the node holds; it must not read `req.principal` (no session is looked up). */
export type HotReadHandler = (req: Request, res: Response) => void | Promise<void>;

/**
 * Public reads every visitor repeats (search pages, hall layouts), served ahead of the generic middleware: what that
 * middleware adds to a response is done here at a fraction of its cost (headers copied from a list made once, one
 * log line at the end instead of a child logger per request, no session lookup since the answer is the same for
 * everyone, no compression stream since the answers carry their own gzip form). Mount {@link router} at `/api`
 * before the generic middleware; a request no hot route matches passes through untouched. Errors go to the
 * application's error handler as on any other route.
 */
export class HotReads {
  readonly router: Router = Router();

  constructor(private readonly deps: HotReadDeps) {}

  get(path: string, handler: HotReadHandler): void {
    const { logger, metrics, securityHeaders } = this.deps;
    const route = `/api${path}`;
    this.router.get(path, async (req: Request, res: Response, next: NextFunction) => {
      const started = performance.now();
      const id = this.deps.requestId(req, res);
      for (const [name, value] of securityHeaders) res.setHeader(name, value);
      res.on('finish', () => {
        const seconds = (performance.now() - started) / 1000;
        metrics.httpDuration.observe({ method: 'GET', route, status: String(res.statusCode) }, seconds);
        if (logger.isLevelEnabled('info')) {
          logger.info(
            { req: { id, method: 'GET', url: req.originalUrl }, res: { status: res.statusCode }, responseTime: Math.round(seconds * 1000) },
            'request completed',
          );
        }
      });
      try {
        await handler(req, res);
      } catch (err) {
        next(err);
      }
    });
  }
}

/** The request id of the generic path: `X-Request-Id` when it is a short token, else a new UUID; echoed back. */
export function requestIdOf(req: Request, res: Response): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}
