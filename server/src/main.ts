import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createApplication } from './app.js';
import { loadConfig } from './config.js';
import { AuthService } from './features/auth/authService.js';
import { organizerBootstrapNotice } from './features/auth/bootstrapNotice.js';
import { DEFAULT_PASSWORD_COST } from './features/auth/password.js';
import { LocalFileStore } from './files/fileStore.js';
import type { TrustProxySetting } from './http/clientAddress.js';
import { closeRedis, connectRedis } from './redis/client.js';
import { RedisMissingError } from './redis/localRedis.js';
import { resolveRedis } from './redis/resolveRedis.js';
import { seedIfEmpty } from './seed/seedDatabase.js';
import { iceServersFor } from './sfu/iceServers.js';
import { JanusPool } from './sfu/janusPool.js';
import { type ResolvedJanus, resolveJanus } from './sfu/resolveJanus.js';

// The composition root: the only place that reads env and wires dependencies.
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = pino({ level: config.LOG_LEVEL, base: { node: config.NODE_ID } });
  const log = (line: string) => logger.info(line);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

  const redis = await resolveRedis({ redisUrl: config.REDIS_URL, dataDir: resolve(repoRoot, config.DATA_DIR), log });
  let shuttingDown = false;
  let janus: ResolvedJanus | null = null;
  const releaseAndExit = async (code: number) => {
    await janus?.release().catch(() => {});
    await redis.release().catch(() => {});
    process.exit(code);
  };
  if (config.JANUS_URL[0] !== 'off') {
    janus = await resolveJanus({
      janusUrls: config.JANUS_URL,
      adminSecret: config.JANUS_ADMIN_SECRET,
      dataDir: resolve(repoRoot, config.DATA_DIR),
      rtpPorts: config.JANUS_RTP_PORTS,
      log: (line) => logger.warn(line),
    });
  }
  const recordingsDir = janus?.recordingsDir ?? config.JANUS_RECORDINGS_DIR;
  const janusPool = janus
    ? new JanusPool(
        janus.urls,
        janus.adminSecret,
        logger,
        recordingsDir ? { localDir: recordingsDir, janusDir: janus.recordingsDir ?? config.JANUS_REC_DIR ?? recordingsDir } : null,
      )
    : null;
  logger.info(janusPool ? `live video through Janus (${janusPool.urls.join(', ')})` : 'live video peer to peer (no Janus)');

  const passwordCost = { ...DEFAULT_PASSWORD_COST, N: 2 ** config.PASSWORD_HASH_COST };
  if (passwordCost.N < DEFAULT_PASSWORD_COST.N) {
    logger.warn(`PASSWORD_HASH_COST=${config.PASSWORD_HASH_COST} is below the production floor of 17: for test servers only`);
  }

  try {
    const setup = await connectRedis({ url: redis.url, name: 'setup' });
    const auth = new AuthService(
      setup,
      { registerPerHour: 0, loginPerIpPer5Min: 0, freeFailuresPerAccountAndIp: 0, maxFailureDelayS: 0 },
      passwordCost,
    );
    const generated = await auth.ensureOrganizer(config.ORGANIZER_EMAIL, config.ORGANIZER_PASSWORD);
    if (generated) {
      const notice = organizerBootstrapNotice(config.ORGANIZER_EMAIL, generated, Boolean(process.stdout.isTTY));
      logger.warn(notice.log);
      if (notice.terminal) process.stdout.write(notice.terminal);
    }
    if (config.SEED !== 'none') await seedIfEmpty(setup, config.SEED, log);
    await closeRedis(setup);
  } catch (err) {
    logger.fatal({ err }, `setup failed: ${err instanceof Error ? err.message : String(err)}`);
    await releaseAndExit(1);
  }

  const filesDir = resolve(repoRoot, config.FILES_DIR ?? join(config.DATA_DIR, 'files'));
  const files = await LocalFileStore.open(filesDir).catch(async (err: Error) => {
    logger.fatal({ err }, `cannot open the file store in ${filesDir}: ${err.message}`);
    await releaseAndExit(1);
    throw err;
  });

  const app = await createApplication({
    redisUrl: redis.url,
    files,
    logger,
    authLimits: {
      registerPerHour: config.REGISTER_LIMIT,
      loginPerIpPer5Min: config.LOGIN_LIMIT,
      freeFailuresPerAccountAndIp: config.LOGIN_FREE_FAILURES,
      maxFailureDelayS: config.LOGIN_MAX_DELAY_S,
    },
    passwordCost,
    clientDist: join(repoRoot, 'client', 'dist'),
    trustProxy: parseTrustProxy(config.TRUST_PROXY),
    allowedOrigins: config.ALLOWED_ORIGINS,
    metricsToken: config.METRICS_TOKEN,
    nodeId: config.NODE_ID,
    defaultMetrics: true,
    socketsPerIp: config.SOCKETS_PER_IP,
    searchPerIpPerMin: config.SEARCH_LIMIT,
    recommendationsPerUserPerMin: config.RECOMMENDATION_LIMIT,
    negotiationLimits: {
      offersPerNegotiationPerHour: config.OFFERS_PER_NEGOTIATION_PER_HOUR,
      offersPerUserPerMinute: config.OFFERS_PER_USER_PER_MINUTE,
    },
    iceServers: iceServersFor(
      config.STUN_URLS,
      config.TURN_URLS.length > 0 && config.TURN_SECRET
        ? { urls: config.TURN_URLS, secret: config.TURN_SECRET, ttlS: config.TURN_TTL_S }
        : null,
    ),
    bidLimits: { attemptsPerWindow: config.AUCTION_BID_LIMIT, windowMs: 10_000 },
    questionLimits: { openPerUser: config.SESSION_OPEN_QUESTION_LIMIT, perMinute: config.SESSION_QUESTION_RATE_LIMIT },
    janus: janusPool,
    cjkFontPath: config.PDF_CJK_FONT,
  });
  const port = await app.listen(config.PORT, config.HOST);
  logger.info(`Pavilion ${app.nodeId} listening on http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`);

  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close().catch((err) => logger.error({ err }, 'close failed'));
    await janusPool?.close().catch(() => {});
    await releaseAndExit(0);
  };
  // A stray rejection (a peer resetting a connection mid-write, say) is logged, never fatal.
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/** `TRUST_PROXY`: a hop count ("1"), true/false, or a list of addresses (see ClientAddressResolver). */
function parseTrustProxy(value: string | undefined): TrustProxySetting {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

main().catch((err) => {
  if (err instanceof RedisMissingError) {
    console.error(err.message);
  } else {
    console.error(err);
  }
  process.exit(1);
});
