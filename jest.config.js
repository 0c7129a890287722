// Unit tests of every Node-side project (apps and libs); API tests live in apps/api-e2e.
module.exports = {
  ...require('./tools/jest/api-jest-config'),
  displayName: 'unit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/web-e2e/'],
};
