import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
            // API contexts depend in one direction only: core <- auth <- org <- knowledge; demo seeds them all.
            { sourceTag: 'context:core', notDependOnLibsWithTags: ['context:auth', 'context:org', 'context:knowledge', 'context:demo', 'context:audit'] },
            { sourceTag: 'context:auth', notDependOnLibsWithTags: ['context:org', 'context:knowledge', 'context:demo', 'context:audit'] },
            { sourceTag: 'context:org', notDependOnLibsWithTags: ['context:knowledge', 'context:demo', 'context:audit'] },
            { sourceTag: 'context:knowledge', notDependOnLibsWithTags: ['context:demo', 'context:audit'] },
            { sourceTag: 'context:demo', notDependOnLibsWithTags: ['context:audit'] },
            // The audit log hears the others through core's domain events and depends on core alone.
            { sourceTag: 'context:audit', onlyDependOnLibsWithTags: ['context:core', 'scope:shared'] },
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
