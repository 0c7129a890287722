// Shared Jest settings for Node-side code: SWC with decorator metadata and the workspace path aliases.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

const root = resolve(__dirname, '../..');
const swcrc = JSON.parse(readFileSync(resolve(root, '.swcrc'), 'utf8'));
const paths = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, jsc: { ...swcrc.jsc, baseUrl: root, paths: undefined }, swcrc: false }],
  },
  moduleNameMapper: Object.fromEntries(
    Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace('/', '\\/')}$`, resolve(root, target)]),
  ),
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
