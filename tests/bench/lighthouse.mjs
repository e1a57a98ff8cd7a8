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
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { signInByForm, startAppServer, todaysRegisterUrl } from './app-server.mjs';
import { breakdown, printBreakdown } from './lighthouse-breakdown.mjs';
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

/** Signs in (mock: a demo button; server: the form, as a user does) and returns the address
 * of today's register for Autumn A. */
async function todaysRegister(page, base, mode) {
  if (mode !== 'mock') {
    await signInByForm(page, base);
    return todaysRegisterUrl(page, base);
  }
  await page.goto(`${base}/sign-in`);
  await page.evaluate((latency) => {
    localStorage.clear();
    if (latency === 'off') localStorage.setItem('cohort-register.mock-latency', 'off');
  }, MOCK_LATENCY);
  await page.reload();
  const name = 'Sign in as Sam Patel, service admin';
  await page.locator(`::-p-aria([name="${name}"][role="button"])`).click();
  await page.waitForSelector('nav[aria-label="Main"]');
  return todaysRegisterUrl(page, base);
}

async function audit(browser, base, mode, pageName, preset) {
  const page = await browser.newPage();
  try {
    let url = `${base}/sign-in`;
    // The sign-in page is measured as a first visit (Lighthouse clears storage and cache). The
    // register needs a session, so storage is kept but the HTTP cache is cleared: the code is
    // fetched again, the demo data and token stay.
    let flags = {};
    if (pageName === 'register') {
      url = await todaysRegister(page, base, mode);
      const cdp = await page.createCDPSession();
      await cdp.send('Network.clearBrowserCache');
      await page.goto('about:blank');
      flags = { disableStorageReset: true };
    }
    const result = await lighthouse(
      url,
      {
        ...flags,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility'],
      },
      PRESETS[preset],
      page,
    );
    const { categories, audits, finalDisplayedUrl, runtimeError } = result.lhr;
    mkdirSync('reports/lighthouse', { recursive: true });
    writeFileSync(`reports/lighthouse/${mode}-${pageName}-${preset}.json`, result.report); // the last run, for a closer look
    if (runtimeError) throw new Error(`${mode} ${pageName} ${preset}: ${runtimeError.message}`);
    // A redirect to sign-in would measure the wrong page.
    if (new URL(finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`${mode} ${pageName}: ended on ${finalDisplayedUrl}`);
    // The server build must run with no mock in the page.
    const requested = (audits['network-requests']?.details?.items ?? []).map((i) => i.url);
    if (mode !== 'mock' && requested.some((u) => /mockServiceWorker|[/.-]msw[/.-]/i.test(u)))
      throw new Error(`server ${pageName}: the page loaded the mock`);
    const failedA11y = Object.values(audits).filter(
      (a) => a.score === 0 && categories.accessibility.auditRefs.some((r) => r.id === a.id),
    );
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      fcp: audits['first-contentful-paint'].numericValue,
      // What gzip would save on the text files sent (the mock build's preview compresses).
      uncompressedKb: (audits['uses-text-compression']?.details?.overallSavingsBytes ?? 0) / 1024,
      failedA11y: failedA11y.map((a) => a.id),
      breakdown: breakdown(result.lhr),
    };
  } finally {
    await page.close();
  }
}

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
            await audit(browser, apps[mode].base, mode, pageName, preset).catch((error) => {
              console.log(`     again after: ${error.message}`);
              return audit(browser, apps[mode].base, mode, pageName, preset);
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
