import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// The app and the mock API use zod/mini: classic zod costs ~14 KB gzip more on every page.
const CLASSIC_ZOD = ['zod', 'zod/v4', 'zod/v4/classic'].map((name) => ({
  name,
  message: "Use `import { z } from 'zod/mini'` (classic zod adds ~14 KB gzip to every page).",
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-api',
      'dist-server',
      'reports',
      'node_modules',
      'public/mockServiceWorker.js',
      'coverage',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['.ci/**/*.mjs', 'tests/**/*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render raw HTML.',
        },
      ],
      // Layer boundaries and cycles are checked on resolved paths by .ci/check-imports.mjs.
    },
  },
  {
    // The one guarded dynamic import of the mock worker (CONVENTIONS.md).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: CLASSIC_ZOD,
          patterns: [
            {
              group: ['**/mocks/**', '../mocks/*', '../../mocks/*'],
              message: 'src/ never imports mocks/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['mocks/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: CLASSIC_ZOD }] },
  },
  prettier,
);
