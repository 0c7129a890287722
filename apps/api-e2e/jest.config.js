// API tests over HTTP against a real database; see src/support/api.ts.
module.exports = {
  ...require('../../tools/jest/api-jest-config'),
  displayName: 'api-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 60000,
};
