import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.js';
import { AuthService } from '../features/auth/authService.js';
import { organizerBootstrapNotice } from '../features/auth/bootstrapNotice.js';
import { ensureHalls } from '../features/catalog/halls.js';
import { writeSentinel } from '../features/health/healthRoutes.js';
import { closeRedis, connectRedis } from '../redis/client.js';
import { channels } from '../redis/keys.js';
import { RedisMissingError } from '../redis/localRedis.js';
import { resolveRedis } from '../redis/resolveRedis.js';
import { seedDatabase } from './seedDatabase.js';
import { DEMO_PASSWORD, DEMO_VISITOR_EMAIL } from './writeSeed.js';

// npm run seed -- --scale demo|full [--reset]: loads the deterministic data set with a progress bar.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: 'demo' }, reset: { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.scale !== 'demo' && values.scale !== 'full') {
    console.error('--scale must be demo or full');
    process.exit(2);
  }
  const config = loadConfig(process.env);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const where = await resolveRedis({
    redisUrl: config.REDIS_URL,
    dataDir: resolve(repoRoot, config.DATA_DIR),
    log: (l) => console.error(l),
  });
  const redis = await connectRedis({ url: where.url, name: 'seed' });
  try {
    if (values.reset) {
      await redis.flushDb();
      // A deliberate reset is not a data loss: health stays ok.
      await writeSentinel(redis, 'seed-reset');
      await ensureHalls(redis);
      const auth = new AuthService(redis, {
        registerPerHour: 0,
        loginPerIpPer5Min: 0,
        freeFailuresPerAccountAndIp: 0,
        maxFailureDelayS: 0,
      });
      const generated = await auth.ensureOrganizer(config.ORGANIZER_EMAIL, config.ORGANIZER_PASSWORD);
      if (generated) {
        const notice = organizerBootstrapNotice(config.ORGANIZER_EMAIL, generated, Boolean(process.stderr.isTTY));
        console.error(notice.terminal ?? notice.log);
      }
      // Running nodes drop their search index and re-read the (now empty) catalog.
      await redis.publish(channels.catalog, JSON.stringify('*'));
      console.error('database reset');
    }
    const bar = new cliProgress.SingleBar(
      {
        format: `seeding ${values.scale} |{bar}| {percentage}% · {value}/{total} records · {duration}s`,
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    const t0 = performance.now();
    const n = await seedDatabase(redis, values.scale, (_stage, done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    });
    bar.stop();
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(
      `seeded ${values.scale}: ${n.orgs} exhibitors, ${n.booths} booths, ${n.exhibits} exhibits in ${seconds} s` +
        ` · demo sign-in: ${DEMO_VISITOR_EMAIL} or exhibitor-0001@seed.pavilion.expo, password ${DEMO_PASSWORD}`,
    );
  } finally {
    await closeRedis(redis);
    await where.release();
  }
}

main().catch((err) => {
  console.error(err instanceof RedisMissingError ? err.message : err);
  process.exit(1);
});
