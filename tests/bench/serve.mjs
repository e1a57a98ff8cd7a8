import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

/** Serves the existing build (`npm run build` first) with `vite preview`. */
export async function startPreview(port) {
  // BENCH_DIST serves a build made elsewhere (`vite build --outDir ...`), so a bench can run beside another build.
  const outDir = process.env.BENCH_DIST ? ['--outDir', process.env.BENCH_DIST] : [];
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...outDir],
    { stdio: 'ignore', detached: true },
  );
  const base = `http://127.0.0.1:${port}`;
  let exited = false;
  server.on('exit', () => (exited = true));
  for (let i = 0; i < 60; i += 1) {
    // A port already taken makes vite exit at once: measure nothing rather than a stale server.
    if (exited) throw new Error(`vite preview could not start on port ${port}`);
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    close() {
      // npx starts vite as a child: end the whole process group, or vite outlives the bench and holds the port.
      try {
        process.kill(-server.pid);
      } catch {
        // Already gone (for example it could not bind the port): nothing left to stop.
      }
    },
  };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves the existing build and opens Debian's Chromium through Playwright. */
export async function startBench(port = 4181) {
  const preview = await startPreview(port);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  return {
    base: preview.base,
    browser,
    async close() {
      await browser.close();
      preview.close();
    },
  };
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return { n: sorted.length, median, worst: sorted[sorted.length - 1] };
}

/** A fresh demo, signed in with one of the demo buttons (mock mode). BENCH_MOCK_LATENCY=off
 * turns off the mock server's random 100-400 ms answer delay (mocks/http.ts) for the run. */
export async function signInDemo(page, base, account = 'Sam Patel, service admin') {
  await page.goto(`${base}/sign-in`);
  await page.evaluate((latencyOff) => {
    localStorage.clear();
    if (latencyOff) localStorage.setItem('cohort-register.mock-latency', 'off');
  }, process.env.BENCH_MOCK_LATENCY === 'off');
  await page.reload();
  await page.getByRole('button', { name: `Sign in as ${account}` }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
