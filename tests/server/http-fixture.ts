import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { Refusal } from '../../src/domain/commands/command';
import type { Db } from '../../src/server/db/database';
import { createApp } from '../../src/server/http/app';
import type { AppEnv } from '../../src/server/http/app-env';
import { readJson } from '../../src/server/http/read-json';
import { createLogger } from '../../src/server/logger';
import { serveForTest } from './http-client';

export const APP_ORIGIN = 'http://127.0.0.1:4174';
export const JSON_TYPE = { 'Content-Type': 'application/json' };
export const errorCode = (body: string) =>
  (JSON.parse(body) as { error: { code: string } }).error.code;

/** The app as the server builds it, with a built app of two files and routes standing in for
 * the real endpoints (they show what the app around them does). No database: the HTTP layer
 * never touches it. `logLines` holds what was logged, one JSON line each. */
export async function startTestApp() {
  const logLines: string[] = [];
  const staticDir = mkdtempSync(join(tmpdir(), 'static-test-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Cohort register</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
  writeFileSync(
    join(staticDir, 'assets', 'big-4d5e6f.js'),
    'console.log("a line of the app");\n'.repeat(200),
  );
  const api = new Hono<AppEnv>();
  api.get('/things/:id', (c) => c.json({ id: c.req.param('id') }));
  api.post('/things', async (c) => c.json({ got: await readJson(c) }, 201));
  api.get('/full', () => {
    throw new Refusal('cohort_full', 'This cohort is full.');
  });
  api.get('/broken', () => {
    throw new Error('Failed query: select 1\nparams: 9434765919,Priya Shah');
  });
  const log = createLogger({ destination: { write: (line: string) => void logLines.push(line) } });
  const app = createApp({
    db: {} as Db,
    log,
    hostNames: ['127.0.0.1', 'localhost'],
    appOrigin: APP_ORIGIN,
    staticDir,
    api,
  });
  const server = await serveForTest(app);
  const close = async () => {
    await server.close();
    rmSync(staticDir, { recursive: true, force: true });
  };
  return { send: server.send, logLines, close };
}
