// Four tiers. unit: specs next to the code (src, *.spec.ts), no servers. integration: services through the real
// app (test/integration). e2e: the app over HTTP (test/e2e). browser: Debian's Chromium (playwright-core) against
// the real app serving the built web app (test/browser). Integration, e2e and browser run against the real
// PostgreSQL and Meilisearch that global setup starts once per run. The web app's own unit tests run with Vitest
// (npm test -w web).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': swc },
  // The meilisearch client and faker (seed) ship only ES modules: let the transform turn it into CommonJS for the sandbox.
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|@faker-js/faker)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
};
const servers = {
  globalSetup: '<rootDir>/test/utils/global-setup.ts',
  globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
};
module.exports = {
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...common, ...servers, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'] },
    { ...common, ...servers, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    { ...common, ...servers, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
  ],
};
