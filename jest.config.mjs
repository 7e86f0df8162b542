// One jest run covers every workspace. ESM throughout (node --experimental-vm-modules), TypeScript via swc.
// Redis is never mocked: integration tests start a throwaway redis-server (server/src/testing/).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      // JSON modules (the classification data) keep their `with { type: 'json' }`, as Node needs it.
      experimental: { keepImportAttributes: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@pavilion/shared$': '<rootDir>/shared/src/index.ts',
    '^@pavilion/shared/classification$': '<rootDir>/shared/src/classification/classification.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

export default {
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'shared', testMatch: ['<rootDir>/shared/src/**/*.test.ts'] },
    { ...common, displayName: 'server', testMatch: ['<rootDir>/server/src/**/*.test.ts'] },
    { ...common, displayName: 'client', testMatch: ['<rootDir>/client/src/**/*.test.{ts,tsx}'] },
  ],
};
