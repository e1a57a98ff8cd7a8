// Lighthouse: sign-in and register pages, mobile and desktop presets, 3
// runs each, Debian's Chromium, on builds side by side:
//   mock    the production build on the in-browser mock backend (`npm run build`, vite preview)
//   server  the app as the server serves it (`npm run build:app` + `npm run build:server`,
//           dist-server/main.js on a free port with a throwaway DATA_DIR and SEED=demo): no mock
//           in the page, signed in through the form with a demo account
//   before  LH_BEFORE=/path/to/checkout: that checkout's own dist-app and dist-server (built
//           there first), served the same way beside this one; the two alternate run by run
// Prints the medians, the goals met or not, the before/after table and where the time goes
// (./lighthouse-breakdown.mjs). Run with `npm run bench:lighthouse` (it builds first).
// LH_RUNS=1 for a quick look; LH_MODES=server (or mock) measures one of them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { startAppServer } from './app-server.mjs';
import { audit } from './lighthouse-audit.mjs';
import { printBreakdown } from './lighthouse-breakdown.mjs';
import { goalResults, printTable } from './lighthouse-table.mjs';
import { writeReport } from './report.mjs';
import { CHROMIUM, startPreview } from './serve.mjs';

const RUNS = Number(process.env.LH_RUNS ?? 3);
const BEFORE = process.env.LH_BEFORE;
const MODES = (process.env.LH_MODES ?? (BEFORE ? 'server' : 'mock,server'))
  .split(',')
  .map((m) => m.trim());
if (BEFORE) MODES.unshift('before');
// Lighthouse models the network (slow 4G for mobile), so the mock's own random 100-400 ms
// server delay is turned off for the register run unless LH_MOCK_LATENCY=on (see mocks/http.ts).
const MOCK_LATENCY = process.env.LH_MOCK_LATENCY === 'on' ? 'on' : 'off';
const ALL_PRESETS = { mobile: undefined, desktop: desktopConfig };
// LH_PAGES=register and LH_PRESETS=mobile narrow a run for a closer look.
const PAGES = (process.env.LH_PAGES ?? 'sign-in,register').split(',').map((p) => p.trim());
const PRESETS = Object.fromEntries(
  (process.env.LH_PRESETS ?? 'mobile,desktop')
    .split(',')
    .map((p) => [p.trim(), ALL_PRESETS[p.trim()]]),
);

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const LABELS = {
  mock: 'mock: the build on the in-browser mock (vite preview)',
  server: 'server: this checkout as its dist-server/main.js serves it',
  before: `before: ${BEFORE} as its dist-server/main.js serves it`,
};
const START = {
  mock: () => startPreview(4183),
  server: () => startAppServer('.'),
  before: () => startAppServer(BEFORE),
};
const loadAtStart = loadavg().map((n) => Number(n.toFixed(2)));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const rows = [];
const apps = {};
const runOnce = (mode, pageName, preset) =>
  audit(browser, {
    base: apps[mode].base,
    mode,
    pageName,
    preset,
    config: PRESETS[preset],
    mockLatency: MOCK_LATENCY,
  });
let missed = 0;
try {
  for (const mode of MODES)
    if (!START[mode]) throw new Error(`LH_MODES: "${mode}" is neither mock nor server`);
  // Started together; all settle before any error stands, so none is left running.
  const started = await Promise.allSettled(
    MODES.map(async (mode) => (apps[mode] = await START[mode]())),
  );
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  MODES.forEach((mode) => console.log(LABELS[mode]));
  for (const pageName of PAGES)
    for (const preset of Object.keys(PRESETS)) {
      const runs = Object.fromEntries(MODES.map((mode) => [mode, []]));
      // The builds take turns, in a different order each round, so a burst of load on the
      // shared machine falls on both rather than on one.
      for (let i = 0; i < RUNS; i += 1)
        for (const mode of i % 2 ? [...MODES].reverse() : MODES)
          runs[mode].push(
            // Lighthouse asks to be run again when its trace misses (NO_NAVSTART and the
            // like, more often on a busy machine): one more try, then the error stands.
            await runOnce(mode, pageName, preset).catch((error) => {
              console.log(`     again after: ${error.message}`);
              return runOnce(mode, pageName, preset);
            }),
          );
      for (const mode of MODES) missed += summarise(mode, pageName, preset, runs[mode]);
    }
} finally {
  await browser.close();
  for (const app of Object.values(apps)) await app.close();
}

/** The medians of one build's runs, printed with the goals and (mobile) where the time went. */
function summarise(mode, pageName, preset, runs) {
  const m = Object.fromEntries(
    ['performance', 'accessibility', 'lcp', 'tbt', 'cls', 'fcp', 'uncompressedKb'].map((k) => [
      k,
      median(runs.map((r) => r[k])),
    ]),
  );
  const goals = goalResults(preset, m);
  const misses = goals.filter((g) => !g.met).map((g) => `${g.goal} not met`);
  const a11yFailures = [...new Set(runs.flatMap((r) => r.failedA11y))];
  // The breakdown of the run whose score is the median: a typical run, not the best or worst.
  const typical = [...runs].sort((a, b) => a.performance - b.performance)[(runs.length - 1) >> 1];
  rows.push({
    mode,
    page: pageName,
    preset,
    runs: RUNS,
    ...m,
    goals,
    misses,
    a11yFailures,
    breakdown: typical.breakdown,
  });
  console.log(
    `${misses.length ? 'MISS' : 'ok  '} ${mode} ${pageName} ${preset} (median of ${RUNS}): ${figures(m)}` +
      (misses.length ? ` [${misses.join('; ')}]` : '') +
      (a11yFailures.length ? ` failing a11y audits: ${a11yFailures.join(', ')}` : ''),
  );
  if (preset === 'mobile')
    printBreakdown(
      `where the time went (${mode} ${pageName} mobile, the median run):`,
      typical.breakdown,
    );
  return misses.length;
}

function figures(m) {
  return (
    `performance ${m.performance}, accessibility ${m.accessibility}, LCP ${Math.round(m.lcp)} ms, ` +
    `TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}, FCP ${Math.round(m.fcp)} ms`
  );
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', JSON.stringify(rows, null, 2));
const loadAtEnd = loadavg().map((n) => Number(n.toFixed(2)));
writeReport('lighthouse', { runs: RUNS, before: BEFORE ?? null, loadAtStart, loadAtEnd, rows });
const servers = [
  BEFORE && { mode: 'before', name: 'before' },
  MODES.includes('server') && { mode: 'server', name: BEFORE ? 'after' : 'now' },
].filter(Boolean);
if (servers.length) printTable(rows, servers, RUNS);
console.log(
  `Lighthouse's estimate of what text compression would save: ` +
    MODES.map((mode) => {
      const kb = rows.filter((r) => r.mode === mode).map((r) => r.uncompressedKb);
      return `${mode} ${kb.length ? Math.round(Math.max(...kb)) : '-'} KB`;
    }).join(', '),
);
if (MODES.includes('mock'))
  console.log(
    `(mock server delay on the mock register run: ${MOCK_LATENCY}; LH_MOCK_LATENCY=on keeps its random 100-400 ms)`,
  );
console.log(
  `Lighthouse: ${rows.length - rows.filter((r) => r.misses.length).length} of ${rows.length} build/page/preset runs meet every goal (${missed} goals missed); load average ${loadAtStart.join(' ')} at the start, ${loadAtEnd.join(' ')} at the end; details in reports/bench/lighthouse.json and reports/lighthouse/`,
);
