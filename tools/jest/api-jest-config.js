// Shared Jest settings for Node-side code: SWC with .swcrc's settings (decorator metadata) and the
// path aliases of tsconfig.base.json, the one alias map, as Jest module mappings.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

const root = resolve(__dirname, '../..');
const swcrc = JSON.parse(readFileSync(resolve(root, '.swcrc'), 'utf8'));
const paths = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }],
  },
  moduleNameMapper: Object.fromEntries(
    Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace('/', '\\/')}$`, resolve(root, target)]),
  ),
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  // Nest 12 ships ES modules; Node 20 loads them with require(esm) but Jest cannot, so SWC compiles them.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|uid|file-type|strtok3|token-types|@tokenizer)/)'],
};
