import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { readdirSync, readFileSync } from 'node:fs';

/*
 * API contexts depend in one direction only. The established ones form a chain, each using only
 * those before it: core <- auth <- org <- standards <- knowledge. Every other context (such as one the context
 * generator adds) may use the chain but no other context, until it is placed in the chain here.
 * demo seeds them all; audit hears the others through core's domain events and uses core alone.
 * The contexts are read from the context:* tags of libs/api/<name>/project.json.
 */
const CHAIN = ['core', 'auth', 'org', 'standards', 'knowledge'];
const SEEDER = 'demo';
const LISTENER = 'audit';

function contextRules() {
  const libs = new URL('./libs/api/', import.meta.url);
  const contexts = readdirSync(libs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        return JSON.parse(readFileSync(new URL(`${entry.name}/project.json`, libs), 'utf8')).tags ?? [];
      } catch {
        return [];
      }
    })
    .filter((tag) => tag.startsWith('context:'))
    .map((tag) => tag.slice('context:'.length));
  const tag = (context) => `context:${context}`;
  const others = contexts.filter((context) => !CHAIN.includes(context) && context !== SEEDER && context !== LISTENER);
  return [
    ...CHAIN.map((context, i) => ({
      sourceTag: tag(context),
      notDependOnLibsWithTags: contexts.filter((c) => !CHAIN.slice(0, i + 1).includes(c)).map(tag),
    })),
    ...others.map((context) => ({
      sourceTag: tag(context),
      notDependOnLibsWithTags: contexts.filter((c) => c !== context && !CHAIN.includes(c)).map(tag),
    })),
    { sourceTag: tag(SEEDER), notDependOnLibsWithTags: [tag(LISTENER)] },
    { sourceTag: tag(LISTENER), onlyDependOnLibsWithTags: [tag('core'), 'scope:shared'] },
  ];
}

export default tseslint.config(
  { ignores: ['**/node_modules', '**/dist', '**/tmp', '.nx', '**/*.js', '**/*.cjs', '**/*.mjs', 'libs/web/data-access/src/generated/**', '**/test-results', '**/playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // The architecture, enforced: see ARCHITECTURE.md "Layout".
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:testing'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // Web features never import one another; shared parts go to ui or data-access.
            { allSourceTags: ['scope:web', 'type:feature'], notDependOnLibsWithTags: ['type:feature'] },
            ...contextRules(),
          ],
        },
      ],
    },
  },
  {
    // Workspace scripts reach into the apps by path on purpose: the schema printer loads the API's resolvers.
    files: ['tools/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
