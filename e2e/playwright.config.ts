import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

// One real server for the browser suite: `node server/dist/main.js` with its own throwaway
// redis-server (a fresh DATA_DIR) loaded with the expo-scale data set (SEED=full).
// `npm test` passes a free E2E_PORT and a fresh E2E_DATA_DIR (this file is evaluated in every worker,
// so they must not be chosen here); run directly, it falls back to 4319 and a new temp dir.
const port = Number(process.env.E2E_PORT ?? 4319);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'pavilion-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
process.env.E2E_PORT = String(port);

export default defineConfig({
  testDir: './specs',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json']],
  outputDir: '../.test-results/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  // The specs that check the seeded expo's exact figures (2,469 exhibitors, 17,000 exhibits) run first;
  // later specs may add booths and exhibits to the same server.
  projects: [
    {
      name: 'seeded-figures',
      testMatch: /(smoke|i18n)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'chromium',
      testIgnore: /(smoke|i18n)\.spec\.ts$/,
      dependencies: ['seeded-figures'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: 'node server/dist/main.js',
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED: 'full',
      REGISTER_LIMIT: '0',
      LOGIN_LIMIT: '0',
      // Every browser of the suite searches from 127.0.0.1.
      SEARCH_LIMIT: '0',
      // Every spec registers accounts; production's scrypt cost would spend minutes of the suite on hashing.
      PASSWORD_HASH_COST: '14',
      LOG_LEVEL: 'warn',
      ORGANIZER_EMAIL: 'organizer@e2e.pavilion',
      ORGANIZER_PASSWORD: 'organizer-e2e-password',
      REDIS_URL: '',
    },
  },
});
