// Lighthouse: sign-in and register pages, mobile and desktop presets, 3
// runs each, Debian's Chromium, on two builds side by side:
//   mock    the production build on the in-browser mock backend (`npm run build`, vite preview)
//   server  the app as the server serves it (`npm run build:app` + `npm run build:server`,
//           dist-server/main.js on a free port with a throwaway DATA_DIR and SEED=demo): no mock
//           in the page, signed in through the form with a demo account
// Prints the medians and the goals. Run with `npm run bench:lighthouse` (it builds first).
// LH_RUNS=1 for a quick look; LH_MODES=server (or mock) measures one of them.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, startPreview } from './serve.mjs';

const RUNS = Number(process.env.LH_RUNS ?? 3);
const MODES = (process.env.LH_MODES ?? 'mock,server').split(',').map((m) => m.trim());
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

/** Signs in (mock: a demo button; server: the form, as a user does) and returns the address
 * of today's register for Autumn A. */
async function todaysRegister(page, base, mode) {
  await page.goto(`${base}/sign-in`);
  await page.evaluate((latency) => {
    localStorage.clear();
    if (latency === 'off') localStorage.setItem('cohort-register.mock-latency', 'off');
  }, MOCK_LATENCY);
  await page.reload();
  if (mode === 'mock') {
    const name = 'Sign in as Sam Patel, service admin';
    await page.locator(`::-p-aria([name="${name}"][role="button"])`).click();
  } else {
    await page.locator('input[name="email"]').fill('sam.patel@nhs.net');
    await page.locator('input[name="password"]').fill('demo-pain-course');
    await page.locator('button[type="submit"]').click();
  }
  await page.waitForSelector('nav[aria-label="Main"]');
  const sessionId = await page.evaluate(async () => {
    // The mock's bearer token; the server's session is its httpOnly cookie, sent by itself.
    const token = sessionStorage.getItem('cohort-register.token');
    const headers = token ? { Authorization: `Bearer ${token}` } : {};
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
    if (mode === 'server' && requested.some((u) => /mockServiceWorker|[/.-]msw[/.-]/i.test(u)))
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
    };
  } finally {
    await page.close();
  }
}

const freePort = () =>
  new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });

/** The built server on the embedded database, in a throwaway folder, with the demo data. */
async function startAppServer() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-server-'));
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED: 'demo',
      DATA_DIR: join(dir, 'data'),
      STATIC_DIR: resolve('dist-app'),
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null || i > 120) {
      await close();
      throw new Error(`the server did not start on port ${port}`);
    }
    try {
      if ((await fetch(`${base}/sign-in`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, close };
}

const LABELS = {
  mock: 'mock: the build on the in-browser mock (vite preview)',
  server: 'server: the app as dist-server/main.js serves it',
};
const START = { mock: () => startPreview(4183), server: startAppServer };
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
  for (const mode of MODES) {
    if (!START[mode]) throw new Error(`LH_MODES: "${mode}" is neither mock nor server`);
    const app = await START[mode]();
    try {
      for (const pageName of ['sign-in', 'register']) {
        for (const preset of Object.keys(PRESETS)) {
          const runs = [];
          for (let i = 0; i < RUNS; i += 1)
            runs.push(
              // Lighthouse asks to be run again when its trace misses (NO_NAVSTART and the
              // like, more often on a busy machine): one more try, then the error stands.
              await audit(browser, app.base, mode, pageName, preset).catch((error) => {
                console.log(`     again after: ${error.message}`);
                return audit(browser, app.base, mode, pageName, preset);
              }),
            );
          const m = Object.fromEntries(
            ['performance', 'accessibility', 'lcp', 'tbt', 'cls', 'fcp', 'uncompressedKb'].map(
              (k) => [k, median(runs.map((r) => r[k]))],
            ),
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
          rows.push({ mode, page: pageName, preset, runs: RUNS, ...m, misses, a11yFailures });
          console.log(
            `${misses.length ? 'MISS' : 'ok  '} ${mode} ${pageName} ${preset} (median of ${RUNS}): ${figures(m)}` +
              (misses.length ? ` [${misses.join('; ')}]` : '') +
              (a11yFailures.length ? ` failing a11y audits: ${a11yFailures.join(', ')}` : ''),
          );
        }
      }
    } finally {
      await app.close();
    }
  }
} finally {
  await browser.close();
}

function figures(m) {
  return (
    `performance ${m.performance}, accessibility ${m.accessibility}, LCP ${Math.round(m.lcp)} ms, ` +
    `TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}, FCP ${Math.round(m.fcp)} ms`
  );
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', JSON.stringify(rows, null, 2));
// Both builds side by side, one line per page and preset.
console.log('');
console.log(`Side by side, median of ${RUNS}:`);
console.log(' '.repeat(20) + MODES.map((m) => LABELS[m].padEnd(62)).join(' | '));
for (const pageName of ['sign-in', 'register'])
  for (const preset of Object.keys(PRESETS)) {
    const cells = MODES.map((mode) => {
      const row = rows.find((r) => r.mode === mode && r.page === pageName && r.preset === preset);
      if (!row) return '-'.padEnd(62);
      const seconds = (v) => `${(v / 1000).toFixed(1)} s`;
      return (
        `${row.misses.length ? 'MISS' : 'ok  '} perf ${row.performance}, a11y ${row.accessibility}, ` +
        `LCP ${seconds(row.lcp)}, TBT ${Math.round(row.tbt)} ms, CLS ${row.cls.toFixed(2)}, ` +
        `FCP ${seconds(row.fcp)}`
      ).padEnd(62);
    });
    console.log(`  ${`${pageName} ${preset}`.padEnd(17)} ${cells.join(' | ')}`);
  }
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
  `Lighthouse: ${rows.length - rows.filter((r) => r.misses.length).length} of ${rows.length} build/page/preset runs meet every goal (${missed} goals missed); details in reports/lighthouse.json`,
);
