/** Jest: unit (pure logic, components), integration (real HTTP on port 0), e2e (real Chromium). */
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];

const base = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(postal-mime|cookie|jose|oidc-provider)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  setupFiles: ['<rootDir>/tests/setup/globals.ts'],
  testEnvironment: 'node',
};

module.exports = {
  maxWorkers: 2,
  // Rendering React in jsdom takes seconds when the machine is busy; a wrong answer still fails fast.
  testTimeout: 20_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'], setupFilesAfterEnv: ['<rootDir>/tests/setup/dom-matchers.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], globalSetup: '<rootDir>/tests/e2e/global-setup.ts', globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts' },
  ],
};
