/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Type checking is the jsii build's job; tests only need the code transpiled.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', target: 'es2020', resolveJsonModule: true }, diagnostics: false }] },
  // The examples import the package by name, as a starter repo does.
  // They run on the root's cdktf, constructs and providers, even when an `npm install` in an
  // example folder left it node_modules of its own (a second constructs breaks the scope).
  // A cloud's package (cdktf-gitpod-self-hosted-<cloud>) is its folder under constructs/.
  moduleNameMapper: {
    '^cdktf-gitpod-self-hosted-([a-z]+)$': '<rootDir>/constructs/$1/index.ts',
    '^cdktf-gitpod-self-hosted-([a-z]+)/(.*)$': '<rootDir>/constructs/$1/$2',
    '^cdktf-gitpod-self-hosted$': '<rootDir>/lib/index.ts',
    '^cdktf-gitpod-self-hosted/(.*)$': '<rootDir>/$1',
    '^(cdktf|constructs|@cdktf/[^/]+)(/.*)?$': '<rootDir>/node_modules/$1$2',
  },
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup.ts'],
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test-support/summary-reporter.js'],
};
