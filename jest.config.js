/** @type {import('jest').Config} */
export default {
  // Node's, with the in-process runner shared by the test files of a worker process.
  testEnvironment: '<rootDir>/test/helpers/environment.mjs',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Two cores: two workers. The lock and crash tests do not depend on timing (they pass at load 10).
  maxWorkers: 2,
  // A worker that ran many files tears down a large heap and the in-process runner's thread; on a loaded
  // machine that takes longer than jest's 500 ms, and jest then force-exits it with a warning.
  workerGracefulExitTimeout: 5000,
  // One folder for the run's temporary files, in memory where there is tmpfs, removed at the end.
  globalSetup: '<rootDir>/test/helpers/run-folder-setup.mjs',
  globalTeardown: '<rootDir>/test/helpers/run-folder-teardown.mjs',
};
