import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { httpStatusOf } from '@pavilion/shared';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express, Router } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { type AppError, fail, toAppError } from '../errors/appError.js';
import { registerAuthRoutes } from '../features/auth/authRoutes.js';
import type { AuthService } from '../features/auth/authService.js';
import { registerCatalogRoutes } from '../features/catalog/catalogRoutes.js';
import type { CatalogService } from '../features/catalog/catalogService.js';
import type { SearchIndex } from '../features/catalog/searchIndex.js';
import { registerHealthRoutes } from '../features/health/healthRoutes.js';
import type { Metrics } from '../metrics.js';
import type { Redis } from '../redis/client.js';
import { RateLimit } from '../redis/rateLimiter.js';
import type { ClientAddressResolver } from './clientAddress.js';
import { HotReads, requestIdOf, staticHeadersOf } from './hotReads.js';
import { resolvePrincipal } from './requestAuth.js';

/** What the HTTP side needs. */
export interface HttpDeps {
  redis: Redis;
  auth: AuthService;
  catalog: CatalogService;
  search: SearchIndex;
  metrics: Metrics;
  logger: Logger;
  /** The built client (client/dist) served with SPA fallback; absent in API-only tests. */
  clientDist?: string;
  /** Who the client is behind the trusted proxies; its rule becomes Express's `trust proxy`. */
  addresses: ClientAddressResolver;
  /** Origins (besides our own) the pages may connect to, from `ALLOWED_ORIGINS`. */
  allowedOrigins: string[];
  /** When set, `/metrics` needs `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** Text searches one IP may run per minute (0 = unlimited). */
  searchPerIpPerMin: number;
}

/** A hook for later features to add their REST routes under /api (and public reads everyone shares to `hot`). */
export type RouteRegistrar = (router: Router, hot: HotReads) => void;

/** The Express app: security headers, JSON limits, request ids, /api routes, /metrics, the client. */
export function createHttpApp(deps: HttpDeps, extraRoutes: RouteRegistrar[] = []): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'weak');
  // The compiled function, not the raw setting: req.ip is then exactly what the socket handshake sees.
  app.set('trust proxy', deps.addresses.trust);

  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // 'self' covers the same host's ws:/wss: (CSP Level 3); no other socket endpoint is reachable.
        connectSrc: ["'self'", ...deps.allowedOrigins, 'blob:', 'data:'],
        workerSrc: ["'self'", 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // Hot public reads go first, around the generic middleware below (see hotReads.ts).
  const hot = new HotReads({
    logger: deps.logger,
    metrics: deps.metrics,
    securityHeaders: staticHeadersOf(securityHeaders),
    requestId: requestIdOf,
  });
  app.use('/api', hot.router);

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: requestIdOf,
      autoLogging: { ignore: (req) => req.url === '/api/health' || req.url === '/metrics' },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
    }),
  );
  app.use((req, res, next) => {
    const end = deps.metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : req.path.startsWith('/api') ? 'unmatched' : 'static';
      end({ route, status: String(res.statusCode) });
    });
    next();
  });
  app.use(securityHeaders);
  app.use(compression());

  registerHealthRoutes(app, { redis: deps.redis, metrics: deps.metrics, logger: deps.logger, metricsToken: deps.metricsToken });

  const api = Router();
  api.use(express.json({ limit: '64kb', strict: true }));
  api.use(resolvePrincipal(deps.auth));
  registerAuthRoutes(api, deps.auth);
  registerCatalogRoutes(
    api,
    hot,
    deps.catalog,
    deps.search,
    RateLimit.cluster(deps.redis, 'search-ip', { points: deps.searchPerIpPerMin, durationMs: 60_000 }),
  );
  for (const add of extraRoutes) add(api, hot);
  api.use((req) => {
    throw fail.notFound('route', `no route ${req.method} /api${req.path}`);
  });
  app.use('/api', api);

  if (deps.clientDist && existsSync(join(deps.clientDist, 'index.html'))) {
    const dist = deps.clientDist;
    app.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '1y', index: false }));
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    // Client routes (/hall/…, /booth/…) are rendered by the SPA.
    app.get(/^(?!\/(api|socket\.io|metrics)(\/|$)).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(dist, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('Pavilion API is running; the web client is not built (npm run build).');
    });
  }

  app.use((req, res) => {
    res.status(404).json({ ok: false, error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.path}` } });
  });
  app.use(errorHandler(deps));
  return app;
}

function errorHandler(deps: HttpDeps): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let appErr: AppError;
    const e = err as { type?: string; status?: number };
    if (e?.type === 'entity.parse.failed')
      appErr = fail.invalid('body: is not valid JSON', [{ path: 'body', code: 'invalid_format', params: { format: 'json' } }]);
    else if (e?.type === 'entity.too.large')
      appErr = fail.invalid('body: is larger than 64 KB', [
        { path: 'body', code: 'too_big', params: { origin: 'bytes', maximum: 64 * 1024 } },
      ]);
    else if (e?.type && e.status && e.status < 500) appErr = fail.invalid(`body: ${e.type}`, [{ path: 'body', code: 'custom' }]);
    else appErr = toAppError(err);
    if (appErr.code === 'INTERNAL') (req.log ?? deps.logger).error({ err }, 'unhandled error');
    else if (appErr.code === 'UNAVAILABLE') deps.metrics.redisErrors.inc();
    if (res.headersSent) return;
    if (appErr.code === 'RATE_LIMITED' && typeof appErr.details?.retryAfterMs === 'number') {
      res.setHeader('Retry-After', String(Math.ceil(appErr.details.retryAfterMs / 1000)));
    }
    res.status(httpStatusOf[appErr.code]).json({ ok: false, error: appErr.toBody() });
  };
}
