// Bundles a TypeScript entry for Node with Vite's SSR build (no TS runner is installed):
// `node .ci/build-node.mjs mocks/http-server.ts dist-server`. Dependencies stay external
// and load from node_modules; no config file, so the app's plugins and public/ stay out.
import { build } from 'vite';

const [entry, outDir = 'dist-server'] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node .ci/build-node.mjs <entry.ts> [outDir]');
  process.exit(2);
}
await build({
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  // The HTTP mock API keeps its test clock (mocks/test-clock.ts) only when built with
  // TEST_SEAMS=on (the contract suite's build); the server reads NODE_ENV instead.
  define: { __TEST_SEAMS__: JSON.stringify(process.env.TEST_SEAMS === 'on') },
  build: {
    ssr: entry,
    outDir,
    emptyOutDir: false,
    target: 'node24',
    sourcemap: false,
    minify: false,
  },
});
