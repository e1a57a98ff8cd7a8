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

const RAW_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Never render raw HTML.',
};

// An API path: a path template (":id"), a root only the API has, or an API root followed by a
// segment built in a template string (`/cohorts/${id}`). App routes ('/cohorts/$cohortId') differ;
// '/staff', '/settings' and '/audit' are pages as well as API roots.
const API_PATH =
  '/(^\\/(api\\/)?(auth|sessions|enrolments|participants|referrals|offers|demo)(\\/|$))|(^\\/.*\\/:[a-zA-Z])|(^\\/(cohorts|flags|vacancies|registers|dashboard|settings|audit|staff)\\/$)/';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-api',
      'dist-app',
      'dist-server',
      'dist-server-contract',
      'dist-e2e',
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
    files: ['.ci/**/*.mjs', 'tests/**/*.mjs', 'src/server/**/*.mjs', '*.js'],
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
      'no-restricted-syntax': ['error', RAW_HTML],
      // Layer boundaries and cycles are checked on resolved paths by .ci/check-imports.mjs.
    },
  },
  {
    // The one guarded dynamic import of the mock worker (docs/conventions.md).
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
  {
    // One place for each thing: roles are read from the policy table, endpoint paths
    // from ENDPOINTS. Schemas, the seed and tests may name them; nothing else in src/ or mocks/.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    ignores: [
      'src/domain/policy.ts',
      'src/api/schemas/**',
      'src/api/endpoints/**',
      'src/demo-seed/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        RAW_HTML,
        {
          selector: 'Literal[value=/^(facilitator|admin|manager)$/]',
          message:
            'Roles come from the policy table (src/domain/policy.ts): use can(role, action).',
        },
        {
          selector: `Literal[value=${API_PATH}], TemplateElement[value.raw=${API_PATH}]`,
          message:
            'Endpoint paths live in ENDPOINTS (src/api/endpoints/): call the endpoint by its key.',
        },
      ],
    },
  },
  prettier,
);
