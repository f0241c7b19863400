// Unit specs live next to the code (src, *.spec.ts); e2e specs run against real PostgreSQL and Meilisearch (test/e2e);
// browser specs drive Debian's Chromium (playwright-core) against the real app serving the built web app (test/browser).
// The web app's own unit tests run with Vitest (npm test -w web).
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
module.exports = {
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/utils/global-setup.ts',
      globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      // The same servers as e2e (Jest runs a global setup file once, however many projects name it).
      globalSetup: '<rootDir>/test/utils/global-setup.ts',
      globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
    },
  ],
};
