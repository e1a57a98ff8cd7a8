// README screenshots from the real app: builds nothing, serves the existing mock-mode build
// (`npm run build` first) and drives Debian's Chromium through the demo.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const PORT = 4179;
const base = `http://127.0.0.1:${PORT}`;
const out = (name) => new URL(`./screenshots/${name}.png`, import.meta.url).pathname;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);

async function waitForServer() {
  for (let i = 0; i < 60; i += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('preview server did not start');
}

const SAM = 'Sam Patel, service admin';

/** Frees a place in Winter A (its first participant withdraws), opens it and offers it to the
 * first suggestion: the vacancy page with its offer and, in mock mode, the script for
 * contacting the person by hand. */
async function offerAFreedPlace(page) {
  await page.getByRole('link', { name: 'Winter A – online' }).click();
  const participants = page.getByRole('region', { name: 'Participants' });
  const leaver = (
    await participants.getByRole('row').nth(1).getByRole('cell').first().textContent()
  ).trim();
  await page.getByRole('button', { name: `Actions for ${leaver}` }).click();
  await page.getByRole('menuitem', { name: 'Withdraw from the course…' }).click();
  const withdraw = page.getByRole('dialog', { name: `Withdraw ${leaver} from the course` });
  await withdraw.getByLabel('Reason').fill('Moving out of the area');
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await participants
    .getByRole('row', { name: new RegExp(leaver) })
    .getByText('Withdrawn')
    .waitFor();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Vacancies' })
    .click();
  await page.getByRole('link', { name: 'Winter A – online' }).first().click();
  await page
    .getByRole('table', { name: /Suggested candidates/ })
    .getByRole('button', { name: /^Offer the place to / })
    .first()
    .click();
  await page
    .getByText(/^Offered to /)
    .first()
    .waitFor();
}

const shots = JSON.parse(process.env.SHOTS ?? 'null') ?? [
  { name: 'cohorts', account: SAM, path: '/cohorts' },
  {
    name: 'register',
    account: 'Priya Shah, psychology facilitator',
    path: '/registers',
    click: 'Autumn A – online: session 5',
    waitText: 'of 18 marked',
    keys: ['a', 'a', 'd', 'a', 's'],
  },
  { name: 'flags', account: SAM, path: '/flags' },
  { name: 'waiting-list', account: SAM, path: '/waiting-list', waitText: 'waiting' },
  { name: 'vacancy', account: SAM, path: '/cohorts', steps: 'offerAFreedPlace' },
  { name: 'staff', account: SAM, path: '/staff', waitFor: 'Staff' },
  { name: 'settings', account: SAM, path: '/settings', waitText: 'Staff sessions', fullPage: true },
  {
    name: 'dashboard',
    account: 'Joanne Fraser, service manager',
    path: '/dashboard',
    waitText: 'Attendance by course week',
  },
];
const STEPS = { offerAFreedPlace };

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/sign-in`);
    await page.getByRole('button', { name: `Sign in as ${shot.account}` }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.goto(`${base}${shot.path}`);
    await page.waitForLoadState('networkidle');
    if (shot.click) {
      await page.getByRole('link', { name: shot.click }).first().click();
      await page.waitForLoadState('networkidle');
    }
    if (shot.steps) await STEPS[shot.steps](page);
    if (shot.waitText) await page.getByText(shot.waitText).first().waitFor();
    if (shot.keys) await page.getByRole('radio').first().focus();
    for (const key of shot.keys ?? []) await page.keyboard.press(key);
    await page.waitForTimeout(shot.keys ? 1500 : 300);
    if (shot.waitFor) await page.getByRole('heading', { name: shot.waitFor }).first().waitFor();
    await page.screenshot({ path: out(shot.name), fullPage: Boolean(shot.steps || shot.fullPage) });
    console.log(`wrote ${out(shot.name)}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
