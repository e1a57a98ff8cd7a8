import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, startSession } from '../../src/server/auth/sessions';
import { staffAccounts } from '../../src/server/db/domain-tables';
import { seedDemo } from '../../src/server/db/seed-demo';
import { createApp } from '../../src/server/http/app';
import type { AppEnv } from '../../src/server/http/app-env';
import { createLogger } from '../../src/server/logger';
import { BACKENDS, type TestDatabase } from './backends';
import { serveForTest } from './http-client';

// The app's HTML as the server writes it for an address and a session: the page's chunks
// named, the first reads started early, the signed-in user as inert JSON, and the caching and
// compression rules around it. A built app of a few named files stands in for dist-app.

const INDEX = `<!doctype html><html><head><title>Pain course register</title>
<script type="module" crossorigin src="/assets/index-e1.js"></script>
<link rel="modulepreload" crossorigin href="/assets/shared-s1.js">
</head><body><div id="root"></div></body></html>`;
const MANIFEST = {
  'index.html': { file: 'assets/index-e1.js', isEntry: true, imports: ['_shared-s1.js'] },
  '_shared-s1.js': { file: 'assets/shared-s1.js' },
  '_table-t1.js': { file: 'assets/table-t1.js', imports: ['index.html', '_shared-s1.js'] },
  'src/api/page-boot.ts': { file: 'assets/page-boot-b1.js', isEntry: true },
  'src/app/app-layout.tsx': { file: 'assets/app-layout-l1.js', css: ['assets/app-layout-l1.css'] },
  'src/app/routes/register.tsx': { file: 'assets/register-r1.js', imports: ['_table-t1.js'] },
  'src/app/routes/sign-in.tsx': { file: 'assets/sign-in-i1.js', imports: ['index.html'] },
  'src/features/registers/api/register-queries.ts': { file: 'assets/register-queries-q1.js' },
  'src/features/cohorts/api/staff-queries.ts': { file: 'assets/staff-queries-q2.js' },
};
const BIG_JSON = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i })) });

/** The page-boot JSON in a page, as the browser would read it. */
function bootOf(html: string) {
  const match = /<script type="application\/json" id="page-boot">(.*?)<\/script>/s.exec(html);
  return match ? (JSON.parse(match[1] ?? '') as { user: unknown; requests?: string[] }) : null;
}

describe.each(BACKENDS)('the app page for an address and a session, on $name', (backend) => {
  let t: TestDatabase;
  let root: string;
  let server: Awaited<ReturnType<typeof serveForTest>>;
  let token: string;
  const cookie = (value: string) => ({ Cookie: `cohort-session=${value}` });

  beforeAll(async () => {
    t = await backend.open();
    await t.db.transaction((tx) => seedDemo(tx));
    // A name that would end the script element if the JSON were written as it is.
    const [sam] = await t.db
      .update(staffAccounts)
      .set({ name: 'Sam </script><script>alert(1)</script> Patel' })
      .where(eq(staffAccounts.email, 'sam.patel@nhs.net'))
      .returning();
    token = await startSession(t.db, sam!.id);
    root = mkdtempSync(join(tmpdir(), 'app-html-'));
    mkdirSync(join(root, '.vite'), { recursive: true });
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
    const script = 'console.log("a line of the app");\n'.repeat(200);
    writeFileSync(join(root, 'assets', 'register-r1.js'), script);
    writeFileSync(join(root, 'assets', 'register-r1.js.br'), brotliCompressSync(script));
    const api = new Hono<AppEnv>();
    api.get('/big', (c) => c.body(BIG_JSON, 200, { 'Content-Type': 'application/json' }));
    const app = createApp({
      db: t.db,
      log: createLogger({ level: 'silent' }),
      hostNames: ['127.0.0.1'],
      appOrigin: 'http://127.0.0.1:4174',
      staticDir: root,
      api,
    });
    server = await serveForTest(app);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await t?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("signed in: the register's chunks, its reads and the user, never stored", async () => {
    const res = await server.send('GET', '/registers/s-7', { headers: cookie(token) });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['vary']).toBe('Cookie');
    const preloads = [...res.body.matchAll(/rel="modulepreload" crossorigin href="([^"]+)"/g)];
    expect(preloads.map((m) => m[1])).toEqual([
      // index.html's own, named once
      '/assets/shared-s1.js',
      '/assets/app-layout-l1.js',
      '/assets/register-r1.js',
      '/assets/table-t1.js',
      '/assets/register-queries-q1.js',
      '/assets/staff-queries-q2.js',
    ]);
    expect(res.body).toContain(
      '<link rel="preload" as="style" crossorigin href="/assets/app-layout-l1.css">',
    );
    // The entry is asked for first; the early reads' module runs as soon as it arrives.
    expect(res.body.indexOf('/assets/index-e1.js')).toBeLessThan(
      res.body.indexOf('/assets/page-boot-b1.js'),
    );
    expect(res.body).toContain(
      '<script type="module" async crossorigin src="/assets/page-boot-b1.js">',
    );
    expect(res.body).not.toContain('<script>alert(1)');
    expect(bootOf(res.body)).toEqual({
      user: expect.objectContaining({
        name: 'Sam </script><script>alert(1)</script> Patel',
        email: 'sam.patel@nhs.net',
        role: 'admin',
      }),
      requests: ['/api/sessions/s-7/register', '/api/staff/directory'],
    });
  });

  it('signed out: no user, the sign-in page named instead of the shell, revalidated', async () => {
    const res = await server.send('GET', '/registers/s-7');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['vary']).toBe('Cookie');
    expect(bootOf(res.body)).toEqual({ user: null, requests: ['/api/auth/options'] });
    expect(res.body).toContain('href="/assets/sign-in-i1.js"');
    expect(res.body).not.toContain('app-layout');
    expect(res.body).not.toContain('/api/sessions/');
  });

  it('an ended session is nobody, and its cookie is cleared', async () => {
    const ended = await startSession(t.db, (await t.db.select().from(staffAccounts))[0]!.id);
    await endSession(t.db, ended);
    const res = await server.send('GET', '/cohorts', { headers: cookie(ended) });
    expect(bootOf(res.body)).toEqual({ user: null, requests: ['/api/auth/options'] });
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(String(res.headers['set-cookie'])).toMatch(/^cohort-session=;/);
  });

  it('an address with an odd id starts no read for it', async () => {
    const res = await server.send('GET', '/registers/a%22b', { headers: cookie(token) });
    expect(bootOf(res.body)?.requests).toBeUndefined();
    expect(res.body).not.toContain('page-boot-b1.js');
  });

  it('hashed files are immutable and go out precompressed; API answers never compressed', async () => {
    const gz = { 'Accept-Encoding': 'gzip, deflate, br' };
    const asset = await server.send('GET', '/assets/register-r1.js', { headers: gz });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('br');
    const answer = await server.send('GET', '/api/big', { headers: gz });
    expect([answer.status, answer.headers['content-encoding']]).toEqual([200, undefined]);
    expect(answer.headers['cache-control']).toBe('no-store');
    const page = await server.send('GET', '/registers/s-7', {
      headers: { ...gz, ...cookie(token) },
    });
    expect(page.headers['content-encoding']).toBeUndefined();
  });
});
