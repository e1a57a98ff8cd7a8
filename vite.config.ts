/// <reference types="vitest/config" />
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { OutputBundle } from 'rolldown';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/api/content-security-policy.ts';

/** A build that talks to a real API must not ship the mock service worker from public/. */
function dropMockWorker(enabled: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      if (enabled) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/** A build for the server: each text file under assets/ also as .br and .gz, made once here at
 * the best settings, which the server sends to a browser that accepts them
 * (src/server/http/static-app.ts) instead of compressing each answer itself. */
function precompressAssets(enabled: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir, 'assets');
    },
    closeBundle() {
      if (!enabled) return;
      for (const name of readdirSync(outDir).filter((f) => /\.(js|css|svg|json)$/.test(f))) {
        const file = join(outDir, name);
        const text = readFileSync(file);
        if (text.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(text));
        writeFileSync(`${file}.gz`, gzipSync(text, { level: 9 }));
      }
    },
  };
}

/** Mantine's ScrollArea imports one small hook from @floating-ui/react, which brings the whole
 * library; resolve that one import to a copy of the hook (src/lib/vendor/floating-ui-merge-refs.ts).
 * Other Mantine components (popovers, menus, date pickers) still use the real library. */
function scrollAreaWithoutFloatingUi(): Plugin {
  const shim = resolve(import.meta.dirname, 'src/lib/vendor/floating-ui-merge-refs.ts');
  return {
    name: 'scroll-area-without-floating-ui',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (
        source === '@floating-ui/react' &&
        importer &&
        /@mantine[\\/]core[\\/]esm[\\/]components[\\/]ScrollArea[\\/]/.test(importer)
      )
        return shim;
      return null;
    },
  };
}

/** An endpoint's `summary` is documentation for the OpenAPI file, read in Node;
 * the browser build leaves it out of src/api/endpoints/ (every page loads a group of them). */
/** A lazy chunk's preload list names only the files its importer has not loaded already: a
 * chunk's static imports (and theirs) are loaded before it runs, so listing them again costs
 * the importer bytes (each name is a hashed file name) and saves no request. Vite calls
 * `resolveDependencies` while it writes the lists; the bundle's graph is read just before. */
function preloadOnlyWhatIsMissing() {
  let bundle: OutputBundle | undefined;
  const loadedWith = (host: string) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      const chunk = bundle?.[file];
      if (seen.has(file) || chunk?.type !== 'chunk') return;
      seen.add(file);
      chunk.imports.forEach(visit);
    };
    visit(host);
    return seen;
  };
  const plugin: Plugin = {
    name: 'preload-only-what-is-missing',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, output) {
        bundle = output;
      },
    },
  };
  const resolveDependencies = (_file: string, deps: string[], { hostId }: { hostId: string }) => {
    if (!bundle?.[hostId]) return deps;
    const loaded = loadedWith(hostId);
    return deps.filter((dep) => !loaded.has(dep));
  };
  return { plugin, resolveDependencies };
}

function endpointSummariesStayInNode(): Plugin {
  const groups = /src[\\/]api[\\/]endpoints[\\/][^\\/]+\.ts$/;
  const summary = /\bsummary:\s*'(?:\\.|[^'\\])*',?/g;
  return {
    name: 'endpoint-summaries-stay-in-node',
    apply: 'build',
    // Before the TypeScript transform, while the source still reads as written.
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !groups.test(id)) return null;
      return { code: code.replace(summary, ''), map: null };
    },
  };
}

// The mock worker is only bundled when VITE_API_BASE_URL is unset (mock mode);
// src/main.tsx guards the dynamic import so a real-backend build tree-shakes it out.
export default defineConfig(({ mode }) => {
  const apiBaseUrl =
    loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL || process.env.VITE_API_BASE_URL;
  const realApi = Boolean(apiBaseUrl);
  const preload = preloadOnlyWhatIsMissing();
  // Test seams (mocks/test-clock.ts): on in Vitest and in a build made with VITE_TEST_SEAMS=on
  // (the e2e suite's); false in every other build, so their code and names are dropped.
  const testSeams = mode === 'test' || process.env.VITE_TEST_SEAMS === 'on';
  return {
    define: { __TEST_SEAMS__: JSON.stringify(testSeams) },
    preview: {
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(apiBaseUrl),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      },
    },
    plugins: [
      react(),
      dropMockWorker(realApi),
      precompressAssets(realApi),
      scrollAreaWithoutFloatingUi(),
      endpointSummariesStayInNode(),
      preload.plugin,
    ],
    // See mocks/tldts-lite.ts: MSW's cookie jar needs one function of tldts, not its 250 KB list.
    resolve: {
      alias: [
        { find: /^tldts$/, replacement: resolve(import.meta.dirname, 'mocks/tldts-lite.ts') },
      ],
    },
    build: {
      target: 'es2022',
      modulePreload: { resolveDependencies: preload.resolveDependencies },
      sourcemap: false,
      manifest: true,
      chunkSizeWarningLimit: 400,
      rolldownOptions: {
        // The page's early reads (src/api/page-boot.ts) are an entry of their own: the server
        // puts that one small file in the page ahead of the app (src/server/http/app-html.ts).
        input: {
          index: resolve(import.meta.dirname, 'index.html'),
          'page-boot': resolve(import.meta.dirname, 'src/api/page-boot.ts'),
        },
        output: {
          // The charts (dashboard only) are one large library: two chunks keep each under the
          // 100 KB gzip per-chunk budget and out of every other page.
          codeSplitting: {
            // Only the chart libraries themselves: their dependencies (React, Mantine) stay shared.
            includeDependenciesRecursively: false,
            groups: [
              // The router keeps, in the entry chunk every page loads (the register's budget
              // counts it), the list of chunks each page needs: the waiting list's shared pieces
              // go in chunks that exist anyway (the entry form's tick boxes with the Add referral
              // page, which the entry's edit form then loads; the queries with the badges)
              // rather than in chunks of their own.
              {
                name: 'referral-new',
                test: /src[\\/](app[\\/]routes[\\/]referral-new|features[\\/]waiting-list[\\/]components[\\/](referral-form|referral-error|availability-fields))\.tsx$/,
              },
              {
                name: 'referral-badges',
                test: /src[\\/]features[\\/]waiting-list[\\/](components[\\/]referral-badges|api[\\/]referral-queries)\.tsx?$/,
              },
              {
                name: 'charts-math',
                test: /node_modules[\\/](d3-[^\\/]+|victory-vendor|internmap|decimal\.js-light)[\\/]/,
              },
              {
                name: 'charts-state',
                test: /node_modules[\\/](@reduxjs|redux|react-redux|immer|reselect|es-toolkit)[\\/]/,
              },
              { name: 'charts', test: /node_modules[\\/](recharts|@mantine[\\/]charts)[\\/]/ },
              // Mantine's core (its provider, styles engine, Box, the small components most pages
              // use) and the frame that provides it (src/app/mantine-frame.tsx): one chunk, loaded
              // alongside every page behind sign-in and never by the sign-in page, instead of a
              // dozen small ones (each costs its own request, import lines and gzip overhead).
              {
                name: 'mantine',
                test: /node_modules[\\/](@mantine[\\/]hooks[\\/]esm[\\/](utils[\\/]random-id|use-isomorphic-effect|use-id|use-media-query|use-did-update|use-reduced-motion|use-merged-ref|use-uncontrolled)[\\/]|@mantine[\\/]core[\\/]esm[\\/](core[\\/]|components[\\/](Box|UnstyledButton|CloseButton|Group|Input|InputBase|Loader|TextInput|Transition|Text|Title|Stack|Alert|Button|Skeleton|Paper|Anchor)[\\/])|clsx[\\/]|@tanstack[\\/]react-query[\\/]build[\\/]modern[\\/]QueryErrorResetBoundary\.js$)|src[\\/](app[\\/](mantine-frame|route-error|not-found-page|toast-host)|lib[\\/](theme|toast)|components[\\/](query-state|tones))\.tsx?$/,
              },
              // The API core every page behind sign-in uses (client, errors, keys, policy): one
              // chunk instead of six tiny ones, each of which costs a request and gzip overhead.
              {
                name: 'api-core',
                test: /src[\\/](api[\\/](client|request|api-error|endpoint-contract|session-token|query-keys)|api[\\/]schemas[\\/](error|common|staff)|api[\\/]endpoints[\\/]auth|domain[\\/](policy|dates|names)|lib[\\/]invalidate)\.ts$/,
              },
            ],
          },
        },
      },
    },
    test: {
      testTimeout: 15000,
      projects: [
        {
          // Pure rules and the mock backend's own behaviour: plain Node, no DOM.
          extends: true,
          test: {
            name: 'domain',
            environment: 'node',
            include: [
              'tests/domain/**/*.test.ts',
              'tests/api/**/*.test.ts',
              'tests/mocks/**/*.test.ts',
              'tests/build/**/*.test.ts',
              'tests/lib/**/*.test.ts',
            ],
          },
        },
        {
          // Routes rendered as a user sees them, on the MSW node server.
          extends: true,
          test: {
            name: 'integration',
            environment: 'jsdom',
            setupFiles: ['./tests/setup.ts'],
            include: ['tests/features/**/*.test.{ts,tsx}'],
            css: false,
          },
        },
        {
          // The real server (src/server) in Node: PGlite always, real PostgreSQL as well when
          // DATABASE_URL is set (`bash .ci/with-postgres.sh npx vitest run --project server`).
          extends: true,
          test: {
            name: 'server',
            environment: 'node',
            include: ['tests/server/**/*.test.ts'],
            // One migrated embedded database per run, copied for each test file.
            globalSetup: ['./tests/server/embedded-template-setup.ts'],
            testTimeout: 60000,
            hookTimeout: 120000,
          },
        },
      ],
    },
  };
});
