// .ci/production-like.sh's checks on the server it started (NODE_ENV=production, PostgreSQL):
//   node .ci/production-like-check.mjs <url> <app origin> <temporary password> <server pid>
// Waits for /healthz, then: /readyz, the built app, /metrics off, a sign-in with the first
// admin's temporary password (a new one chosen, a session cookie), an authenticated read;
// then SIGTERM (the script around it checks the exit code).
import { randomBytes } from 'node:crypto';

const [url, origin, temporary, pid] = process.argv.slice(2);
const email = 'production.check@nhs.net';
const failures = [];
const check = (what, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` (${detail})` : ''}`);
  if (!ok) failures.push(what);
};

const deadline = Date.now() + 120_000;
for (;;) {
  const up = await fetch(`${url}/healthz`).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  if (Date.now() > deadline) {
    console.error('the server did not answer /healthz within 120 s');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 250));
}
check('/healthz 200', true);
const ready = await fetch(`${url}/readyz`);
check('/readyz 200', ready.status === 200, await ready.text());
const page = await fetch(`${url}/`);
check('the built app at /', page.status === 200 && (await page.text()).includes('<div id="root">'));
check('/metrics off in production by default', (await fetch(`${url}/metrics`)).status === 404);

const post = (path, body, headers = {}) =>
  fetch(`${url}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
    body: JSON.stringify(body),
  });
const first = await post('/auth/login', { email, password: temporary });
const firstBody = await first.json();
check(
  'sign-in with the temporary password asks for a new one',
  firstBody.passwordChangeRequired === true,
);
const chosen = await post('/auth/password', {
  email,
  password: temporary,
  newPassword: `Ops-${randomBytes(12).toString('base64url')}`,
});
const cookie = chosen.headers.getSetCookie().find((c) => c.startsWith('__Host-cohort-session='));
check(
  'choosing a password signs in (Secure __Host- session cookie)',
  chosen.status === 200 && !!cookie,
  String(chosen.status),
);
const me = await fetch(`${url}/api/auth/me`, { headers: { Cookie: cookie?.split(';')[0] ?? '' } });
check('an authenticated read', me.status === 200, String(me.status));

process.kill(Number(pid), 'SIGTERM');
if (failures.length) {
  console.error(`production-like checks failed: ${failures.join('; ')}`);
  process.exit(1);
}
