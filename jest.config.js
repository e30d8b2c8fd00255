/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Two cores: two workers. The lock and crash tests do not depend on timing (they pass at load 10).
  maxWorkers: 2,
  setupFilesAfterEnv: ['<rootDir>/test/helpers/english.ts'],
};
