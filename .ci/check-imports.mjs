// Import rules of docs/conventions.md, checked on resolved paths (eslint-plugin-import-x needs
// native resolver bindings the package mirror here does not carry, so npm ci could not
// install it): one-way layers, no feature importing another, src never importing mocks or
// tests (but the guarded start-up import), and no import cycles.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const files = [];
const walk = (dir) =>
  readdirSync(dir).forEach((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
  });
walk(SRC);

// `import type` is erased at build time, so it counts for layers but cannot form a load cycle.
const STATIC_IMPORT =
  /^\s*(?:import|export)\s(type\s)?[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm;
const resolveImport = (from, spec) => {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
};

const graph = new Map();
const problems = [];
const layerOf = (path) => {
  const rel = relative(SRC, path).split('/');
  if (rel[0] === '..') return relative(ROOT, path).split('/')[0];
  return rel[0] === 'features' ? `features/${rel[1]}` : rel[0];
};
const BASE = new Set(['domain', 'api', 'components', 'lib']);

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const deps = [];
  for (const match of text.matchAll(STATIC_IMPORT)) {
    const typeOnly = Boolean(match[1]);
    const spec = match[2] ?? match[3];
    const target = resolveImport(file, spec);
    if (!target) continue;
    const from = layerOf(file);
    const to = layerOf(target);
    const where = `${relative(ROOT, file)} imports ${spec}`;
    if (to === 'mocks' || to === 'tests') problems.push(`${where}: src never imports ${to}/`);
    else if (BASE.has(from) && (to.startsWith('features/') || to === 'app'))
      problems.push(`${where}: base layers must not import features or the app`);
    else if (from.startsWith('features/') && to === 'app')
      problems.push(`${where}: features must not import the app`);
    else if (from.startsWith('features/') && to.startsWith('features/') && from !== to)
      problems.push(`${where}: a feature does not import another feature`);
    if (target.startsWith(SRC) && !typeOnly) deps.push(target);
  }
  graph.set(file, deps);
}

// Cycles among static imports (dynamic imports load later and cannot deadlock).
const state = new Map();
const stack = [];
const visit = (node) => {
  state.set(node, 'open');
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (state.get(next) === 'open') {
      const cycle = stack
        .slice(stack.indexOf(next))
        .concat(next)
        .map((p) => relative(ROOT, p));
      problems.push(`import cycle: ${cycle.join(' -> ')}`);
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(node, 'done');
};
files.forEach((f) => state.has(f) || visit(f));

// Browser code (all of src/ but src/server/) never imports the server nor a Node-only package,
// type-only imports included, so neither can reach the app's bundle. The rules
// above only see relative imports; this pass reads package imports too. The backend's
// resolvers (src/backend) and the demo seed (src/demo-seed) are for the mock and the server:
// the app reaches them only through the guarded mock import (src/main.tsx -> mocks/), so
// within src only the server, and the two of them, import them (dynamic imports included).
const { builtinModules } = await import('node:module');
const NODE_BUILTINS = new Set(builtinModules);
const SERVER_PACKAGES =
  /^(hono|@hono\/[^/]+|drizzle-orm|drizzle-kit|pg|pg-pool|@electric-sql\/pglite|argon2|pino)(\/|$)/;
const BACKEND_ONLY = new Set(['backend', 'demo-seed']);
const MAY_IMPORT_BACKEND = new Set(['backend', 'demo-seed']);
const ANY_IMPORT =
  /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
for (const file of files) {
  if (layerOf(file) === 'server') continue;
  for (const match of readFileSync(file, 'utf8').matchAll(ANY_IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3];
    const where = `${relative(ROOT, file)} imports ${spec}`;
    if (spec.startsWith('.')) {
      const target = resolveImport(file, spec);
      if (target && layerOf(target) === 'server')
        problems.push(`${where}: browser code never imports src/server/`);
      else if (
        target &&
        BACKEND_ONLY.has(layerOf(target)) &&
        !MAY_IMPORT_BACKEND.has(layerOf(file))
      )
        problems.push(`${where}: only mocks/, src/server and tests import src/${layerOf(target)}/`);
    } else if (spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]))
      problems.push(`${where}: browser code never imports Node's own modules`);
    else if (SERVER_PACKAGES.test(spec))
      problems.push(`${where}: browser code never imports a server-only package`);
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`imports ok: ${files.length} files, one-way layers, no cycles`);
