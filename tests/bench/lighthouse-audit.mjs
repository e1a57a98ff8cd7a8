// One Lighthouse run of the sign-in page or today's register (./lighthouse.mjs runs them).
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { signInByForm, todaysRegisterUrl } from './app-server.mjs';
import { breakdown } from './lighthouse-breakdown.mjs';

/** Signs in (mock: a demo button; server: the form, as a user does) and returns the address
 * of today's register for Autumn A. */
async function todaysRegister(page, base, mode, mockLatency) {
  if (mode !== 'mock') {
    await signInByForm(page, base);
    return todaysRegisterUrl(page, base);
  }
  await page.goto(`${base}/sign-in`);
  await page.evaluate((latency) => {
    localStorage.clear();
    if (latency === 'off') localStorage.setItem('cohort-register.mock-latency', 'off');
  }, mockLatency);
  await page.reload();
  const name = 'Sign in as Sam Patel, service admin';
  await page.locator(`::-p-aria([name="${name}"][role="button"])`).click();
  await page.waitForSelector('nav[aria-label="Main"]');
  return todaysRegisterUrl(page, base);
}

/** One Lighthouse run of a page; the last run's full report is kept in reports/lighthouse/. */
export async function audit(browser, { base, mode, pageName, preset, config, mockLatency }) {
  const page = await browser.newPage();
  try {
    let url = `${base}/sign-in`;
    // The sign-in page is measured as a first visit (Lighthouse clears storage and cache). The
    // register needs a session, so storage is kept but the HTTP cache is cleared: the code is
    // fetched again, the demo data and token stay.
    let flags = {};
    if (pageName === 'register') {
      url = await todaysRegister(page, base, mode, mockLatency);
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
      config,
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
