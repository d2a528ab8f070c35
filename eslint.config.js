import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.tools/',
      '.data/',
      '.svelte-kit/',
      'web/.svelte-kit/',
      'web/build/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/**/*.svelte', 'web/**/*.svelte.ts'],
    languageOptions: { globals: { ...globals.browser }, parserOptions: { parser: tseslint.parser } },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox: no I/O libraries, no clocks.
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['knex', 'pg', 'better-sqlite3', '@azure/*', 'node:*', 'fs', 'path'],
              message: 'workflows must stay deterministic: do I/O in activities',
            },
            {
              group: ['../activities/*'],
              allowTypeImports: true,
              message: 'workflows import activity types only',
            },
            {
              group: [
                '../lib/*',
                '!../lib/time.ts',
                '!../lib/datasets.ts',
                '!../lib/retry.ts',
                '!../lib/backfill-progress.ts',
                '!../lib/nightly.ts',
                '!../lib/search-attributes.ts',
              ],
              message: 'workflows may import only the pure lib modules',
            },
          ],
        },
      ],
    },
  },
);
