import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built server as an operator runs it: its own process, settings from the environment.
// Built the way `npm run build:server` builds it, into a folder under node_modules (so its
// external packages resolve from the project's node_modules).
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'node_modules/.tmp/server-process-test');
const work = mkdtempSync(join(tmpdir(), 'server-process-'));
const dataDir = join(work, 'data');
const running = new Set<ChildProcess>();

beforeAll(() => {
  for (const entry of ['src/server/main.ts', 'src/server/audit-verify.ts'])
    execFileSync(process.execPath, ['.ci/build-node.mjs', entry, OUT], {
      cwd: ROOT,
      stdio: 'pipe',
    });
}, 120_000);
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
});

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [join(OUT, script)], {
    cwd: work,
    env: { PATH: process.env.PATH ?? '', PORT: '0', SEED: 'none', DATA_DIR: dataDir, ...env },
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<Outcome>((done) =>
    child.on('exit', (code) => {
      running.delete(child);
      done({ code, stdout, stderr });
    }),
  );
  /** Resolves with the URL it prints once listening, or rejects with what it said on exit. */
  const url = new Promise<string>((ready, fail) => {
    child.stdout.on('data', () => {
      const found = /Cohort register: (http:\/\/\S+)/.exec(stdout);
      if (found?.[1]) ready(found[1]);
    });
    void exited.then((o) => fail(new Error(`exited ${o.code}: ${o.stderr}`)));
  });
  // Awaited only by tests that expect it to listen.
  url.catch(() => undefined);
  return { child, exited, url };
}

describe('the server process', () => {
  it('refuses NODE_ENV=production without DATABASE_URL: exit code 1 and why', async () => {
    const outcome = await run('main.js', { NODE_ENV: 'production' }).exited;
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/cannot start: NODE_ENV=production needs DATABASE_URL/);
  });

  it('starts on a new data folder, refuses a second server, restarts after SIGKILL, stops cleanly', async () => {
    const first = run('main.js', {});
    const url = await first.url;
    const api = await fetch(`${url}/api/anything`);
    expect([api.status, api.headers.get('cache-control')]).toEqual([404, 'no-store']);

    const second = await run('main.js', {}).exited;
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`Another server (process ${first.child.pid}) is using`);

    first.child.kill('SIGKILL');
    await first.exited;
    const restarted = run('main.js', {});
    await restarted.url;
    // The embedded database is one process's: audit:verify waits for the server to stop.
    expect((await run('audit-verify.js', {}).exited).code).toBe(1);

    restarted.child.kill('SIGTERM');
    expect((await restarted.exited).code).toBe(0);
    expect(existsSync(join(dataDir, 'server.lock'))).toBe(false);
    const verified = await run('audit-verify.js', {}).exited;
    expect([verified.code, verified.stdout.trim()]).toEqual([
      0,
      'audit chain: 0 entries, OK; AUDIT_SIGNING_KEY not set: checkpoints not checked',
    ]);
  });
});
