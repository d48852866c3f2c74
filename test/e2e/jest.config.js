/**
 * Browser tests: the workbench (dist/web, built when stale) in Debian's chromium via
 * playwright-core. One worker: the browser is heavy and the machine is shared.
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/e2e/build-if-stale.js',
  maxWorkers: 1,
  testTimeout: 240000,
};
