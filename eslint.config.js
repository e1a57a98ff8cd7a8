import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// bulletproof-react's rule: each feature may import only itself among features.
const featureZones = readdirSync('./src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map(({ name }) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature does not import another feature; compose them in a route.',
  }));

export default tseslint.config(
  { ignores: ['dist', 'dist-api', 'reports', 'node_modules', 'public/mockServiceWorker.js', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['.ci/**/*.mjs', 'tests/**/*.mjs', '*.js'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render raw HTML.' },
      ],
      // One-way dependencies (CONVENTIONS.md): base layers -> features -> app; src never imports mocks or tests.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            { target: ['./src/domain', './src/api', './src/components', './src/lib'], from: ['./src/features', './src/app'], message: 'Base layers must not import features or the app.' },
            { target: './src/features', from: './src/app', message: 'Features must not import the app.' },
            { target: './src', from: './tests', message: 'src never imports tests.' },
          ],
        },
      ],
      'import-x/no-cycle': ['error', { maxDepth: 8 }],
    },
  },
  {
    // The one guarded dynamic import of the mock worker (CONVENTIONS.md).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/mocks/**', '../mocks/*', '../../mocks/*'], message: 'src/ never imports mocks/.' }] }],
    },
  },
);
