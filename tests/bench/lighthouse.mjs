// Lighthouse (issue 9): the production build on the mock backend, sign-in and register pages,
// mobile and desktop presets, 3 runs each, Debian's Chromium. Prints the medians and the goals.
// Run with `npm run bench:lighthouse` (it builds first). LH_RUNS=1 for a quick look.
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, startPreview } from './serve.mjs';

const RUNS = Number(process.env.LH_RUNS ?? 3);
// Lighthouse models the network (slow 4G for mobile), so the mock's own random 100-400 ms
// server delay is turned off for the register run unless LH_MOCK_LATENCY=on (see mocks/http.ts).
const MOCK_LATENCY = process.env.LH_MOCK_LATENCY === 'on' ? 'on' : 'off';
const PRESETS = { mobile: undefined, desktop: desktopConfig };
const GOALS = {
  mobile: { performance: 90, accessibility: 100, lcp: 2500, tbt: 200, cls: 0.05 },
  desktop: { performance: 98, accessibility: 100 },
};

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Signs in with a demo button and returns the address of today's register for Autumn A. */
async function todaysRegister(page, base) {
  await page.goto(`${base}/sign-in`);
  await page.evaluate((latency) => {
    localStorage.clear();
    if (latency === 'off') localStorage.setItem('cohort-register.mock-latency', 'off');
  }, MOCK_LATENCY);
  await page.reload();
  const name = 'Sign in as Sam Patel, service admin';
  await page.locator(`::-p-aria([name="${name}"][role="button"])`).click();
  await page.waitForSelector('nav[aria-label="Main"]');
  const sessionId = await page.evaluate(async () => {
    const token = sessionStorage.getItem('cohort-register.token');
    const headers = { Authorization: `Bearer ${token}` };
    const cohorts = await (await fetch('/api/cohorts', { headers })).json();
    const cohort = cohorts.items.find((c) => c.name === 'Autumn A – online');
    const detail = await (await fetch(`/api/cohorts/${cohort.id}`, { headers })).json();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
      new Date(),
    );
    return detail.sessions.find((s) => s.date === today).id;
  });
  return `${base}/registers/${sessionId}`;
}

async function audit(browser, base, pageName, preset) {
  const page = await browser.newPage();
  try {
    let url = `${base}/sign-in`;
    // The sign-in page is measured as a first visit (Lighthouse clears storage and cache). The
    // register needs a session, so storage is kept but the HTTP cache is cleared: the code is
    // fetched again, the demo data and token stay.
    let flags = {};
    if (pageName === 'register') {
      url = await todaysRegister(page, base);
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
    writeFileSync(`reports/lighthouse/${pageName}-${preset}.json`, result.report); // the last run, for a closer look
    if (runtimeError) throw new Error(`${pageName} ${preset}: ${runtimeError.message}`);
    // A redirect to sign-in would measure the wrong page.
    if (new URL(finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`${pageName}: ended on ${finalDisplayedUrl}`);
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
      failedA11y: failedA11y.map((a) => a.id),
    };
  } finally {
    await page.close();
  }
}

const preview = await startPreview(4183);
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
let missed = 0;
try {
  for (const pageName of ['sign-in', 'register']) {
    for (const preset of Object.keys(PRESETS)) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1)
        runs.push(await audit(browser, preview.base, pageName, preset));
      const m = Object.fromEntries(
        ['performance', 'accessibility', 'lcp', 'tbt', 'cls', 'fcp'].map((k) => [
          k,
          median(runs.map((r) => r[k])),
        ]),
      );
      const goals = GOALS[preset];
      const misses = [
        m.performance < goals.performance && `performance < ${goals.performance}`,
        m.accessibility < goals.accessibility && `accessibility < ${goals.accessibility}`,
        goals.lcp && m.lcp > goals.lcp && `LCP > ${goals.lcp} ms`,
        goals.tbt && m.tbt > goals.tbt && `TBT > ${goals.tbt} ms`,
        goals.cls !== undefined && m.cls > goals.cls && `CLS > ${goals.cls}`,
      ].filter(Boolean);
      missed += misses.length;
      const a11yFailures = [...new Set(runs.flatMap((r) => r.failedA11y))];
      rows.push({ page: pageName, preset, runs: RUNS, ...m, misses, a11yFailures });
      console.log(
        `${misses.length ? 'MISS' : 'ok  '} ${pageName} ${preset} (median of ${RUNS}): performance ${m.performance}, accessibility ${m.accessibility}, ` +
          `LCP ${Math.round(m.lcp)} ms, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}, FCP ${Math.round(m.fcp)} ms` +
          (misses.length ? ` [${misses.join('; ')}]` : '') +
          (a11yFailures.length ? ` failing a11y audits: ${a11yFailures.join(', ')}` : ''),
      );
    }
  }
} finally {
  await browser.close();
  preview.close();
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', JSON.stringify(rows, null, 2));
console.log(
  `(mock server delay on the register run: ${MOCK_LATENCY}; LH_MOCK_LATENCY=on keeps its random 100-400 ms)`,
);
console.log(
  `Lighthouse: ${rows.length - rows.filter((r) => r.misses.length).length} of ${rows.length} page/preset pairs meet every goal (${missed} goals missed); details in reports/lighthouse.json`,
);
