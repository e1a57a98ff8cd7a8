// Which functions the main thread runs while a page loads, as the server serves it, at 4x CPU
// slowdown: the function-level view Lighthouse does not give (its bootup-time audit stops at
// the script). The app is built unminified into a throwaway folder, so the names are the
// source's own; the figures are the profiler's samples, self time and total time (with what
// the function called), by function and by the chunk it is in.
//   node tests/bench/cpu-profile.mjs register      (or sign-in; after npm run build:server)
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { signInByForm, startAppServer, todaysRegisterUrl } from './app-server.mjs';
import { CHROMIUM } from './serve.mjs';

const PAGE = process.argv[2] ?? 'register';
const TOP = 15;
const dist = mkdtempSync(join(tmpdir(), 'bench-profile-'));
execSync(`npx vite build --outDir ${dist} --emptyOutDir --minify false --logLevel warn`, {
  stdio: 'inherit',
  env: { ...process.env, VITE_API_BASE_URL: '/api' },
});
const server = await startAppServer('.', dist);
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
let profile;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823, isMobile: true });
  let url = `${server.base}/sign-in`;
  if (PAGE === 'register') {
    await signInByForm(page, server.base);
    url = await todaysRegisterUrl(page, server.base);
  }
  const cdp = await page.createCDPSession();
  await cdp.send('Network.clearBrowserCache');
  await page.goto('about:blank');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForSelector(PAGE === 'register' ? '[role="radiogroup"]' : 'input[name="email"]', {
    timeout: 120_000,
  });
  await page.waitForNetworkIdle({ idleTime: 1000, timeout: 60_000 }).catch(() => {});
  ({ profile } = await cdp.send('Profiler.stop'));
} finally {
  await browser.close();
  await server.close();
  rmSync(dist, { recursive: true, force: true });
}

const byId = new Map(profile.nodes.map((n) => [n.id, { ...n, self: 0 }]));
profile.samples.forEach((id, i) => (byId.get(id).self += profile.timeDeltas[i] / 1000));
const file = (url) => (url ? new URL(url).pathname.replace(/-[\w-]{8}\.js$/, '.js') : '');
const key = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${file(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
const total = new Map();
const chunks = new Map();
const SKIP = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);
/** Total time of a node with its callees; a function counted once on a stack (recursion). */
function walk(node, onStack) {
  const k = key(node);
  let sum = node.self;
  for (const c of node.children ?? []) sum += walk(byId.get(c), new Set([...onStack, k]));
  if (!SKIP.has(node.callFrame.functionName)) {
    self.set(k, (self.get(k) ?? 0) + node.self);
    const f = file(node.callFrame.url) || '(native)';
    chunks.set(f, (chunks.get(f) ?? 0) + node.self);
    if (!onStack.has(k)) total.set(k, (total.get(k) ?? 0) + sum);
  }
  return sum;
}
walk(byId.get(profile.nodes[0].id), new Set());
const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP);
const print = (title, m) => {
  console.log(title);
  for (const [k, v] of top(m)) console.log(`  ${String(Math.round(v)).padStart(6)} ms  ${k}`);
};
console.log(
  `${PAGE}, 4x CPU slowdown, load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
print('self time by chunk:', chunks);
print('self time by function:', self);
print('total time by function (with what it called):', total);
