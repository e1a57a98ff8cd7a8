// The app as the server serves it, for the browser benches (lighthouse.mjs,
// mark-interaction.mjs): a checkout's dist-server/main.js over its dist-app, on the embedded
// database in a throwaway folder with the demo data, and a signed-in puppeteer page on it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const freePort = () =>
  new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });

/** Starts `<checkout>/dist-server/main.js` (built by `npm run build:app && npm run
 * build:server` in that checkout) and waits until it answers. `staticDir` serves another build
 * of the app (an unminified one for a readable profile). */
export async function startAppServer(checkout = '.', staticDir = undefined) {
  const root = resolve(checkout);
  for (const built of ['dist-server/main.js', 'dist-app/index.html'])
    if (!existsSync(join(root, built)))
      throw new Error(
        `${root} has no ${built}: run npm run build:app && npm run build:server there`,
      );
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
  const child = spawn(process.execPath, [join(root, 'dist-server/main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED: 'demo',
      DATA_DIR: join(dir, 'data'),
      STATIC_DIR: staticDir ?? join(root, 'dist-app'),
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
  // Migrating and seeding the embedded database takes 5-40 s, longer on a busy machine.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`the server in ${root} did not start on port ${port}`);
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

/** Signs in through the form, as a user does (the session is an httpOnly cookie). */
export async function signInByForm(page, base) {
  await page.goto(`${base}/sign-in`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('input[name="email"]').fill('sam.patel@nhs.net');
  await page.locator('input[name="password"]').fill('demo-pain-course');
  await page.locator('button[type="submit"]').click();
  await page.waitForSelector('nav[aria-label="Main"]');
}

/** The address of today's register for Autumn A, asked of the API by a signed-in page. */
export async function todaysRegisterUrl(page, base) {
  const sessionId = await page.evaluate(async () => {
    // The mock's bearer token; the server's session is its cookie, sent by itself.
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
