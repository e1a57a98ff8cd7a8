import { createApi } from '../../src/server/api';
import type { ServerConfig } from '../../src/server/config';
import type { Db } from '../../src/server/db/database';
import { createApp } from '../../src/server/http/app';
import { linkRoutes } from '../../src/server/links/link-routes';
import { createLogger } from '../../src/server/logger';
import type { Notifier } from '../../src/server/notify/notify-client';
import { readNotifyConfig } from '../../src/server/notify/notify-config';
import { serveForTest } from './http-client';

export const NOTIFY_TEST_KEY =
  'cohort_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
export const LINK_ORIGIN = 'http://127.0.0.1:4174';
const json = { 'Content-Type': 'application/json' };
const form = { 'Content-Type': 'application/x-www-form-urlencoded' };

/** The server's app over a test database with a fake Notify client (none when `notifier` is
 * null), the people's link pages when `links` is set, and Sam Patel (service admin) signed
 * in: `call` is staff's API, `open` and `post` are a person's browser on a link page (from
 * one address, behind one trusted proxy). `logLines` gets what was logged, one JSON line each;
 * without it nothing is logged. */
export async function serveWithNotify(options: {
  db: Db;
  notifier: Notifier | null;
  /** Notify settings besides the API key, e.g. a template's id. */
  notifyEnv?: Record<string, string>;
  links?: boolean;
  logLines?: string[];
}) {
  const { db, notifier, logLines } = options;
  const config = {
    seed: 'demo',
    appOrigin: LINK_ORIGIN,
    notify: notifier
      ? readNotifyConfig({ NOTIFY_API_KEY: NOTIFY_TEST_KEY, ...options.notifyEnv })
      : null,
  } as ServerConfig;
  const log = logLines
    ? createLogger({ destination: { write: (line: string) => void logLines.push(line) } })
    : createLogger({ level: 'silent' });
  const app = createApp({
    db,
    log,
    hostNames: ['127.0.0.1'],
    appOrigin: LINK_ORIGIN,
    api: createApi(config, { log, notifier }),
    ...(options.links
      ? { links: linkRoutes({ phone: '020 7946 0000', trustedProxyHops: 1 }) }
      : {}),
  });
  const server = await serveForTest(app);
  const login = await server.send('POST', '/api/auth/login', {
    headers: json,
    body: JSON.stringify({ email: 'sam.patel@nhs.net', password: 'demo-pain-course' }),
  });
  const setCookie = login.headers['set-cookie'];
  const cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    version?: number,
    headers: Record<string, string> = {},
  ) => {
    const res = await server.send(method, `/api${path}`, {
      headers: {
        ...headers,
        Cookie: cookie,
        ...json,
        ...(version !== undefined ? { 'If-Match': `"${version}"` } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, text: res.body, body: JSON.parse(res.body || 'null') };
  };
  const open = (path: string, headers: Record<string, string> = {}, address = '203.0.113.9') =>
    server.send('GET', path, { headers: { 'X-Forwarded-For': address, ...headers } });
  const post = (path: string, fields: Record<string, string>, address = '203.0.113.9') =>
    server.send('POST', path, {
      headers: { ...form, 'X-Forwarded-For': address },
      body: new URLSearchParams(fields).toString(),
    });
  return { call, open, post, send: server.send, close: server.close };
}
